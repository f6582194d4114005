extension NumberMatch {
    /// How an English news text writes this number, as the news agencies' style books have it:
    /// one to nine in words ("four convoys"), 10 and up in figures grouped by thousands (29,
    /// 2,500), millions and more with their scale word ("42 million", "3.6 billion", not
    /// 42,000,000); ordinals spelled out up to ninth and in figures with a suffix above (first,
    /// 10th, 21st) — "الساعات الاولى" is "the first hours", never "the 1 hours". Nil for a
    /// number too large to take a value (``NumberNote/outOfRange``). A decimal is written in
    /// figures as it stands (7.5, 0.05), a fraction alone in words as news writes it (نصف ساعة
    /// "half an hour", ربع ميل "a quarter of a mile"), a dual as "two", minutes with two digits
    /// (05).
    public var englishRendering: String? {
        guard let value else {
            guard let exactValue, !exactValue.isWhole else { return nil }
            return Self.fractionWords[exactValue.description]?.first ?? exactValue.description
        }
        return switch kind {
        case .cardinal: (0...9).contains(value) ? Self.cardinalWords[value] : Self.scaled(value) ?? Self.grouped(value)
        case .ordinal: (1...9).contains(value) ? Self.ordinalWords[value - 1] : Self.ordinalFigures(value)
        case .dual: "two"
        case .minutes: value < 10 ? "0\(value)" : String(value)
        }
    }

    /// The other spellings an English draft may use for it: "4" beside "four", "42,000,000" and
    /// "42m" beside "42 million", "2500" beside "2,500", "twenty-nine" beside "29", "1st" beside
    /// "first", "sixty-ninth" beside "69th".
    public var englishAlternatives: [String] {
        guard let value else {
            guard let exactValue, let words = Self.fractionWords[exactValue.description] else { return [] }
            return Array(words.dropFirst()) + [exactValue.description]
        }
        return switch kind {
        case .dual: ["both", "twice", "2"]
        case .minutes: []
        case .cardinal:
            (0...9).contains(value)
                ? [String(value)]
                : (10...99).contains(value)
                    ? [Self.spelled(value)]
                    : Self.scaled(value) != nil
                        ? [Self.grouped(value), String(value)] + [Self.scaled(value, compact: true)].compactMap { $0 }
                        : value >= 1_000 ? [String(value)] : []
        case .ordinal:
            (1...9).contains(value) ? [Self.ordinalFigures(value)] : (10...99).contains(value) ? [Self.spelledOrdinal(value)] : []
        }
    }

    /// The fractions the reader gives alone (نصف, ربع), in words: the rendering first.
    private static let fractionWords: [String: [String]] = ["0.5": ["half", "a half"], "0.25": ["a quarter", "quarter"]]

    private static let teenWords = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen",
    ]
    private static let tensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// 10–99 in words: "fourteen", "twenty-nine".
    private static func spelled(_ value: Int) -> String {
        if value < 20 { return teenWords[value - 10] }
        let tens = tensWords[value / 10 - 2]
        return value % 10 == 0 ? tens : "\(tens)-\(cardinalWords[value % 10])"
    }

    /// 10th–99th in words: "twelfth", "thirtieth", "sixty-ninth".
    private static func spelledOrdinal(_ value: Int) -> String {
        if value < 20 {
            let word = teenWords[value - 10]
            return value == 12 ? "twelfth" : word + "th"
        }
        let tens = tensWords[value / 10 - 2]
        return value % 10 == 0 ? String(tens.dropLast()) + "ieth" : "\(tens)-\(ordinalWords[value % 10 - 1])"
    }

    private static let cardinalWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// 42 million, 3.6 billion, 1.25 trillion: a value of a million or more that its largest
    /// scale word writes with at most two decimals; nil otherwise (1,234,567 stays in figures).
    /// `compact`: as the BBC and the Guardian glue the scale (42m, 3.6bn, 1.2tn).
    static func scaled(_ value: Int, compact: Bool = false) -> String? {
        let scales = [(1_000_000_000_000, "trillion", "tn"), (1_000_000_000, "billion", "bn"), (1_000_000, "million", "m")]
        guard let (scale, long, short) = scales.first(where: { value >= $0.0 }) else { return nil }
        let name = compact ? short : " " + long
        let hundredths = scale / 100
        guard value % hundredths == 0 else { return nil }
        let whole = value / scale, fraction = (value % scale) / hundredths
        let decimals = fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : fraction < 10 ? ".0\(fraction)" : ".\(fraction)"
        return "\(grouped(whole))\(decimals)\(name)"
    }

    private static let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

    private static func ordinalFigures(_ value: Int) -> String {
        let suffix =
            switch (value % 10, value % 100) {
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
