/// Reads a bilingual TSV file one record at a time; the header line is optional, blank lines
/// are skipped, and a file of nothing but blank lines is refused as empty.
public final class BilingualTSVReader {
    private let lines: LineReader
    private var sawLine = false
    /// The file being read, as errors name it.
    public var path: String { lines.path }

    /// Opens `path` (`-` for standard input).
    public init(path: String) throws(FormatError) {
        lines = try LineReader(path: path)
    }

    /// The next record, or nil at the end of the file.
    public func read() throws(FormatError) -> BilingualRecord? {
        while let text = try lines.nextLineString() {
            if text.isEmpty { continue }
            sawLine = true
            if lines.lineNumber == 1 && text == BilingualTSV.header { continue }
            return try BilingualTSV.record(fromLine: text, file: path, line: lines.lineNumber)
        }
        if !sawLine { throw .empty(file: path) }
        return nil
    }
}
