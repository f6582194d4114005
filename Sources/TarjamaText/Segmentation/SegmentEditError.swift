/// Why a split or merge of segments was refused. Messages name segment ids and offsets.
public enum SegmentEditError: Error, CustomStringConvertible, Sendable, Equatable {
    /// There is no segment with this number.
    case noSuchSegment(document: String, n: Int)
    /// The split offset is not strictly inside the segment.
    case offsetOutsideSegment(id: String, offset: Int, range: Range<Int>)
    /// The offset falls between the two halves of a surrogate pair.
    case insideCharacter(id: String, offset: Int)
    /// The last segment has nothing after it to merge with.
    case nothingToMergeWith(id: String)
    /// The two segments are in different paragraphs (a blank line lies between them).
    case differentParagraphs(first: String, second: String)

    public var description: String {
        switch self {
        case let .noSuchSegment(document, n):
            "\(document): there is no segment \(document):\(n)"
        case let .offsetOutsideSegment(id, offset, range):
            "\(id): offset \(offset) is not inside the segment (\(range.lowerBound)..<\(range.upperBound)); split between its first and last character"
        case let .insideCharacter(id, offset):
            "\(id): offset \(offset) falls inside a character (between the halves of a surrogate pair)"
        case let .nothingToMergeWith(id):
            "\(id): this is the last segment; there is no next segment to merge it with"
        case let .differentParagraphs(first, second):
            "\(first) and \(second) are in different paragraphs; a blank line separates them"
        }
    }
}
