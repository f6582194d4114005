/// Why a JSON text was refused, and where: the 1-based line and column (in characters).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong, e.g. `duplicate member name "text"`.
    public var reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line), column \(column): \(reason)" }
}

extension JSONValue {
    /// Parses one JSON text as strictly as the JSONL readers do: duplicate member names (which
    /// most decoders resolve silently, keeping one value), trailing commas, comments, lone
    /// surrogates, raw control characters in strings and nesting deeper than 128 are refused.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        do {
            self = try JSONParser.parse(bytes[...])
        } catch {
            let before = bytes.prefix(error.offset)
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw JSONSyntaxError(
                line: line, column: JSONParser.column(ofByte: error.offset - lineStart, in: bytes[lineStart...]),
                reason: error.reason)
        }
    }
}
