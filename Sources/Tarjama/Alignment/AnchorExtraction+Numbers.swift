import TarjamaText

extension AnchorExtraction {
    /// The values of the numbers in a segment, in digits of any Arabic or Latin form or in words
    /// (ثلاثة الاف وثلاثة وثلاثين and "3,033" both give 3033), read with the project's number
    /// parsers: Arabic for Arabic segments, English otherwise.
    static func numbers(in text: String, language: String) -> [Double] {
        let isArabic = language == "ar" || language.hasPrefix("ar-")
        let matches =
            isArabic
            ? ((try? ArabicNumberParser.shared.numbers(in: text)) ?? [])
            : EnglishNumberParser.shared.numbers(in: text)
        // A dual is a 2 the English seldom writes, and clock minutes are read on one side where
        // the other writes 7.30pm: no anchors.
        return matches.filter { $0.kind != .dual && $0.kind != .minutes }.compactMap { $0.exactValue?.doubleValue }
    }
}
