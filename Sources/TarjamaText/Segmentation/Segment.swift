/// One segment (usually a sentence) of a document: a range into the document's UTF-16 buffer,
/// never a copy of the text.
public struct Segment: Sendable, Hashable {
    /// The 1-based position of the segment in its document; its id is `<doc>:<n>`.
    public var n: Int
    /// UTF-16 offsets into the document, end exclusive, without surrounding white space.
    public var range: Range<Int>
    /// The 1-based paragraph the segment belongs to (a blank line starts a new paragraph).
    public var paragraph: Int

    public init(n: Int, range: Range<Int>, paragraph: Int) {
        self.n = n
        self.range = range
        self.paragraph = paragraph
    }
}

/// A document with its segments, numbered 1... in order.
public struct SegmentedDocument: Sendable {
    public var document: Document
    public var segments: [Segment]

    public init(document: Document, segments: [Segment]) {
        self.document = document
        self.segments = segments
    }

    /// The stable id of `segment`: `<doc>:<n>`.
    public func id(of segment: Segment) -> String { "\(document.name):\(segment.n)" }

    /// The text of `segment` as it stands in the original (hard wraps included).
    public func text(of segment: Segment) -> String { document.text(in: segment.range) }
}
