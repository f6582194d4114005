public import TarjamaText

/// Why an exchange file (bilingual JSONL or TSV, TMX, XLIFF, SRT, WebVTT) was refused.
///
/// Every case names the file and, where known, the line and column (1-based; columns count
/// Unicode scalars). No case carries segment text, so a message is safe to log.
public enum FormatError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be opened or read.
    case cannotRead(file: String, reason: String)
    /// The file holds nothing but white space (the rule every command's input follows).
    case empty(file: String)
    /// A line is longer than the reader accepts (a guard against a huge single-line file).
    case lineTooLong(file: String, line: Int, limit: Int)
    /// The bytes are not UTF-8.
    case invalidUTF8(file: String, line: Int, column: Int)
    /// The file breaks the syntax of its format (JSON, XML, TSV, a subtitle cue).
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// A record lacks a field the format requires.
    case missingField(file: String, line: Int, field: String)
    /// A field has a value of the wrong kind.
    case invalidField(file: String, line: Int, field: String, expected: String)
    /// The file ends before its structure is complete (a cut-off download or copy).
    case truncated(file: String, line: Int, column: Int, reason: String)
    /// The file uses something refused for safety (external entities, entity expansion).
    case unsafe(file: String, line: Int, column: Int, reason: String)
    /// A value cannot be written in the target format.
    case unrepresentable(file: String, record: String, reason: String)
    /// The file is another kind of file than the command reads (segment JSONL given where a
    /// bilingual segment file is expected): `found` says what it looks like, `expected` what
    /// the command wants.
    case wrongShape(file: String, line: Int, found: String, expected: String)

    public var description: String {
        switch self {
        case let .cannotRead(file, reason):
            "\(file): cannot read: \(reason)"
        case let .empty(file):
            "\(file): the file is empty"
        case let .lineTooLong(file, line, limit):
            "\(file):\(line): line longer than \(limit) bytes; is this really a line-based file?"
        case let .invalidUTF8(file, line, column):
            "\(file):\(line):\(column): invalid UTF-8; save the file as UTF-8"
        case let .malformed(file, line, column, reason):
            "\(file):\(line):\(column): \(reason)"
        case let .missingField(file, line, field):
            "\(file):\(line): the record has no \"\(field)\" field"
        case let .invalidField(file, line, field, expected):
            "\(file):\(line): field \"\(field)\" must be \(expected)"
        case let .truncated(file, line, column, reason):
            "\(file):\(line):\(column): the file is cut off: \(reason)"
        case let .unsafe(file, line, column, reason):
            "\(file):\(line):\(column): refused: \(reason)"
        case let .unrepresentable(file, record, reason):
            "\(file): record \(record): \(reason)"
        case let .wrongShape(file, line, found, expected):
            "\(file):\(line): this is \(found), not what the command reads: \(expected)"
        }
    }
}

extension FormatError {
    /// The XML reader's refusal as the format error the TMX and XLIFF readers throw (same message).
    public init(_ error: XMLError) {
        switch error {
        case let .cannotRead(file, reason): self = .cannotRead(file: file, reason: reason)
        case let .invalidUTF8(file, line, column): self = .invalidUTF8(file: file, line: line, column: column)
        case let .malformed(file, line, column, reason): self = .malformed(file: file, line: line, column: column, reason: reason)
        case let .truncated(file, line, column, reason): self = .truncated(file: file, line: line, column: column, reason: reason)
        case let .unsafe(file, line, column, reason): self = .unsafe(file: file, line: line, column: column, reason: reason)
        }
    }
}

extension FormatError {
    /// Runs an XML read, turning its ``XMLError`` into a `FormatError`.
    @inline(__always)
    static func catching<T>(_ read: () throws(XMLError) -> T) throws(FormatError) -> T {
        do { return try read() } catch { throw FormatError(error) }
    }
}

extension XMLPullParser {
    /// ``structureError(_:)`` as the format error the readers throw.
    func formatError(_ reason: String) -> FormatError { FormatError(structureError(reason)) }
}
