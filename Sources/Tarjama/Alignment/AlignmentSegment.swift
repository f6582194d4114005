/// One segment of one side of a bitext, as the aligner sees it: its stable id (`<doc>:<n>`),
/// its text and the paragraph it belongs to.
public struct AlignmentSegment: Sendable, Hashable {
    /// The stable id, `<doc>:<n>`.
    public var id: String
    /// The segment's text.
    public var text: String
    /// The 1-based paragraph; every segment of a side without paragraph breaks is in paragraph 1.
    public var paragraph: Int
    /// When the segment is spoken, for a side read from subtitles.
    public var time: TimeRange?

    public init(id: String, text: String, paragraph: Int = 1, time: TimeRange? = nil) {
        self.id = id
        self.text = text
        self.paragraph = paragraph
        self.time = time
    }
}
