extension NumberMatch {
    /// How an English news text writes this number, as the news agencies' style books have it:
    /// one to nine in words ("four convoys"), 10 and up in figures grouped by thousands (29,
    /// 2,500), millions and more with their scale word ("42 million", "3.6 billion", not
    /// 42,000,000); ordinals spelled out up to ninth and in figures with a suffix above (first,
    /// 10th, 21st) — "الساعات الاولى" is "the first hours", never "the 1 hours". Nil for a
    /// number too large to take a value (``NumberNote/outOfRange``).
    public var englishRendering: String? {
        guard let value else { return nil }
        return switch kind {
        case .cardinal: (0...9).contains(value) ? Self.cardinalWords[value] : Self.scaled(value) ?? Self.grouped(value)
        case .ordinal: (1...9).contains(value) ? Self.ordinalWords[value - 1] : Self.ordinalFigures(value)
        }
    }

    /// The other spellings an English draft may use for it: "4" beside "four", "42,000,000"
    /// beside "42 million", "2500" beside "2,500", "1st" beside "first".
    public var englishAlternatives: [String] {
        guard let value else { return [] }
        return switch kind {
        case .cardinal:
            (0...9).contains(value) ? [String(value)]
                : Self.scaled(value) != nil ? [Self.grouped(value), String(value)]
                : value >= 1_000 ? [String(value)] : []
        case .ordinal: (1...9).contains(value) ? [Self.ordinalFigures(value)] : []
        }
    }

    private static let cardinalWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// 42 million, 3.6 billion, 1.25 trillion: a value of a million or more that its largest
    /// scale word writes with at most two decimals; nil otherwise (1,234,567 stays in figures).
    static func scaled(_ value: Int) -> String? {
        let scales = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")]
        guard let (scale, name) = scales.first(where: { value >= $0.0 }) else { return nil }
        let hundredths = scale / 100
        guard value % hundredths == 0 else { return nil }
        let whole = value / scale, fraction = (value % scale) / hundredths
        let decimals = fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : fraction < 10 ? ".0\(fraction)" : ".\(fraction)"
        return "\(grouped(whole))\(decimals) \(name)"
    }

    private static let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

    private static func ordinalFigures(_ value: Int) -> String {
        let suffix = switch (value % 10, value % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
        return "\(value)\(suffix)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
