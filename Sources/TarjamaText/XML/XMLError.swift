/// Why ``XMLPullParser`` refused a document. Every case names the file (or the label of bytes
/// in memory) and, where known, the line and column (1-based; columns count Unicode scalars).
/// No case carries document text, so a message is safe to log. The descriptions are those of
/// the library's `XMLError`, which each case becomes in the TMX and XLIFF readers.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case cannotRead(file: String, reason: String)
    /// A byte sequence that is not UTF-8 (or an unpaired UTF-16 surrogate).
    case invalidUTF8(file: String, line: Int, column: Int)
    /// Not well-formed XML, or a limit (``XMLLimits``) exceeded.
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// The document ends before its root element closes.
    case truncated(file: String, line: Int, column: Int, reason: String)
    /// Refused for safety: entity declarations, parameter entities.
    case unsafe(file: String, line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case let .cannotRead(file, reason):
            "\(file): cannot read: \(reason)"
        case let .invalidUTF8(file, line, column):
            "\(file):\(line):\(column): invalid UTF-8; save the file as UTF-8"
        case let .malformed(file, line, column, reason):
            "\(file):\(line):\(column): \(reason)"
        case let .truncated(file, line, column, reason):
            "\(file):\(line):\(column): the file is cut off: \(reason)"
        case let .unsafe(file, line, column, reason):
            "\(file):\(line):\(column): refused: \(reason)"
        }
    }
}
