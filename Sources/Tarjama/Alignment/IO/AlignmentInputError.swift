public import TarjamaText

/// Why an aligner input (a text, a segment JSONL file, a pinned-pairs file) was refused.
/// Messages name the file and line, never the text.
public enum AlignmentInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text could not be read or decoded.
    case text(TextInputError)
    /// A JSONL file could not be read or parsed.
    case format(FormatError)
    /// Segmentation failed.
    case segmentation(SegmentationError)
    /// A subtitle file could not be read (its text, or its cue structure).
    case subtitles(TranscriptFileError)
    /// A segment JSONL record lacks the `text` field or has the wrong kind of value.
    case badSegmentRecord(file: String, line: Int, reason: String)
    /// A pinned record names a segment id the documents do not have.
    case unknownSegmentId(file: String, line: Int, id: String)
    /// A pinned record joins segments that are not consecutive.
    case nonConsecutivePinnedIds(file: String, line: Int)
    /// The pinned pairs cannot be kept together (out of order or overlapping).
    case pinnedPairs(file: String, AlignmentError)

    public var description: String {
        switch self {
        case let .text(error): error.description
        case let .format(error): error.description
        case let .segmentation(error): error.description
        case let .subtitles(error): error.description
        case let .badSegmentRecord(file, line, reason): "\(file):\(line): \(reason)"
        case let .unknownSegmentId(file, line, id):
            "\(file):\(line): segment id \"\(id)\" is not in the documents being aligned; was the file made from other inputs?"
        case let .nonConsecutivePinnedIds(file, line):
            "\(file):\(line): a confirmed pair must join consecutive segments"
        case let .pinnedPairs(file, error): "\(file): \(error.description)"
        }
    }
}
