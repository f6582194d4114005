/// Reads a bilingual segment file (JSONL, one record per line) one record at a time, in memory
/// proportional to the longest line, not the file.
///
/// Blank lines are skipped; a file of nothing but blank lines is refused as empty, as every
/// command refuses an empty input. Errors name the file, the line and (for JSON syntax) the column.
///
///     let reader = try BilingualJSONLReader(path: "pairs.jsonl")
///     while let record = try reader.next() { ... }
public final class BilingualJSONLReader: Sequence, IteratorProtocol {
    private let lines: LineReader

    /// The file being read, as errors name it.
    public var path: String { lines.path }
    /// The line of the record last returned.
    public var lineNumber: Int { lines.lineNumber }
    /// The error that ended iteration through `for record in reader`, if any.
    public private(set) var error: FormatError?
    private var sawRecord = false

    /// Opens `path` (`-` for standard input).
    public init(path: String, maxLineLength: Int = LineReader.defaultMaxLineLength) throws(FormatError) {
        lines = try LineReader(path: path, maxLineLength: maxLineLength)
    }

    /// Reads records from bytes already in memory (a request body); errors call it `name`.
    public init(name: String, bytes: [UInt8], maxLineLength: Int = LineReader.defaultMaxLineLength) {
        lines = LineReader(name: name, bytes: bytes, maxLineLength: maxLineLength)
    }

    /// The next record, or nil at the end of the file.
    public func read() throws(FormatError) -> BilingualRecord? {
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(line)
            } catch {
                throw .malformed(
                    file: path, line: lineNumber, column: JSONParser.column(ofByte: error.offset, in: line),
                    reason: error.reason)
            }
            guard let object = value.objectValue else {
                throw .malformed(file: path, line: lineNumber, column: 1, reason: "each line must be one JSON object")
            }
            let record = try BilingualRecord(json: object, file: path, line: lineNumber)
            sawRecord = true
            return record
        }
        if !sawRecord { throw .empty(file: path) }
        return nil
    }

    /// `IteratorProtocol`: the next record; stops at the first error and keeps it in ``error``.
    /// Prefer ``read()`` where the error must stop the caller.
    public func next() -> BilingualRecord? {
        guard error == nil else { return nil }
        do { return try read() } catch { self.error = error; return nil }
    }

    /// Reads every record of `path`; for files that fit comfortably in memory.
    public static func readAll(path: String) throws(FormatError) -> [BilingualRecord] {
        let reader = try BilingualJSONLReader(path: path)
        var records: [BilingualRecord] = []
        while let record = try reader.read() { records.append(record) }
        return records
    }
}
