/// One segment of one side of a bitext, as the aligner sees it: its stable id (`<doc>:<n>`),
/// its text and the paragraph it belongs to.
public struct AlignmentSegment: Sendable, Hashable {
    /// The stable id, `<doc>:<n>`.
    public var id: String
    /// The segment's text.
    public var text: String
    /// The 1-based paragraph; every segment of a side without paragraph breaks is in paragraph 1.
    public var paragraph: Int

    public init(id: String, text: String, paragraph: Int = 1) {
        self.id = id
        self.text = text
        self.paragraph = paragraph
    }
}

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
