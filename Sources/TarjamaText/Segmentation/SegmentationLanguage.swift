/// The languages the sentence segmenter has rules for.
public enum SegmentationLanguage: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Arabic, the transcripts' language: ICU's rules plus Tarjama's corrections and line re-flow.
    case arabic = "ar"
    /// English, the translation side: ICU's rules with the standard abbreviation suppressions
    /// plus a few more (titles, months before a number, initialisms like U.S.).
    case english = "en"

    /// Reads a BCP 47 tag (`ar`, `ar-SY`, `en_GB`, `EN`); nil for a language without rules.
    public init?(bcp47 tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// The language for `tag`, or an error naming the languages there are.
    public static func named(_ tag: String) throws(SegmentationError) -> SegmentationLanguage {
        guard let language = SegmentationLanguage(bcp47: tag) else { throw .unsupportedLanguage(tag) }
        return language
    }

    /// The ICU locale the sentence break iterator is opened with.
    var icuLocale: String {
        switch self {
        case .arabic: "ar"
        case .english: "en@ss=standard"
        }
    }

    public var description: String { rawValue }
}
