/// One side of a bitext: its language and its segments in document order.
public struct AlignmentSide: Sendable {
    /// BCP 47 language code (`ar`, `en`).
    public var language: String
    public var segments: [AlignmentSegment]

    public init(language: String, segments: [AlignmentSegment]) {
        self.language = language
        self.segments = segments
    }

    /// Whether the side has more than one paragraph.
    public var hasParagraphs: Bool {
        guard let first = segments.first?.paragraph else { return false }
        return segments.contains { $0.paragraph != first }
    }

    /// Whether the language is Arabic (`ar`, `ar-SY`, ...).
    var isArabic: Bool { language == "ar" || language.hasPrefix("ar-") }
}
