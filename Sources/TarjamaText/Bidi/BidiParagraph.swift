/// A line of text as the bidi algorithm sees it: its base direction and its directional runs.
public struct BidiParagraph: Sendable, Equatable {
    /// A stretch of one direction, in logical order.
    public struct Run: Sendable, Equatable {
        /// UTF-16 offsets in the document.
        public var range: Range<Int>
        /// `.leftToRight` or `.rightToLeft`.
        public var direction: Bidi.Direction
    }

    /// The line's UTF-16 offsets in the document, line break excluded.
    public var range: Range<Int>
    /// The base (paragraph) direction, from the first strong character: `.leftToRight` or
    /// `.rightToLeft`.
    public var baseDirection: Bidi.Direction
    /// The overall direction: `.mixed` when runs of both directions occur.
    public var direction: Bidi.Direction
    /// The runs in logical order.
    public var runs: [Run]
}
