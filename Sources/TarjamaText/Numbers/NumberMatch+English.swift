extension NumberMatch {
    /// How an English news text writes this number, as the news agencies' style books have it:
    /// cardinals in figures grouped by thousands (29, 2,500), ordinals spelled out up to ninth
    /// and in figures with a suffix above (first, 10th, 21st) — "الساعات الاولى" is "the first
    /// hours", never "the 1 hours". Nil for a number too large to take a value
    /// (``NumberNote/outOfRange``).
    public var englishRendering: String? {
        guard let value else { return nil }
        return switch kind {
        case .cardinal: Self.grouped(value)
        case .ordinal: (1...9).contains(value) ? Self.ordinalWords[value - 1] : Self.ordinalFigures(value)
        }
    }

    /// The other spellings an English draft may use for it: "1st" beside "first", "2500"
    /// beside "2,500".
    public var englishAlternatives: [String] {
        guard let value else { return [] }
        return switch kind {
        case .cardinal: value >= 1_000 ? [String(value)] : []
        case .ordinal: (1...9).contains(value) ? [Self.ordinalFigures(value)] : []
        }
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

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
