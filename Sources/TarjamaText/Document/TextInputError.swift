/// Why a text input was refused. Messages name the file and the position, never the text.
public enum TextInputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The bytes at `byteOffset` are not valid UTF-8.
    case invalidUTF8(file: String, byteOffset: Int, line: Int)
    /// A NUL byte, which no transcript contains and which usually means a binary or UTF-16 file.
    case nulByte(file: String, byteOffset: Int, line: Int)
    /// A line longer than the limit, usually a file that is not text or lost its line breaks.
    case lineTooLong(file: String, line: Int, length: Int, limit: Int)
    /// The file has no text at all.
    case empty(file: String)
    /// More text than one document can hold: ICU and the offset maps count in 32 bits.
    case tooLarge(file: String, units: Int, limit: Int)
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The text has bidi controls left open or closing nothing (see ``BidiAudit``): it would
    /// display differently from what it holds.
    case unbalancedBidi(BidiAuditError)

    public var description: String {
        switch self {
        case let .invalidUTF8(file, offset, line):
            "\(file): invalid UTF-8 at byte \(offset) (line \(line)); save the file as UTF-8 and try again"
        case let .nulByte(file, offset, line):
            "\(file): NUL byte at byte \(offset) (line \(line)); this looks like a binary or UTF-16 file, not UTF-8 text"
        case let .lineTooLong(file, line, length, limit):
            "\(file): line \(line) has \(length) characters, more than the limit of \(limit); is this a text file with line breaks?"
        case let .empty(file):
            "\(file): the file is empty"
        case let .tooLarge(file, units, limit):
            "\(file): \(units) UTF-16 units of text, more than one document can hold (\(limit)); split the file"
        case let .unreadable(file, reason):
            "\(file): cannot read the file: \(reason)"
        case let .unbalancedBidi(error):
            error.description
        }
    }
}
