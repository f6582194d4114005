/// Writes a bilingual segment file (JSONL) record by record through an ``AtomicFileWriter``:
/// nothing appears at `path` until ``commit()``, so a failed run leaves no half-written file.
public final class BilingualJSONLWriter {
    private let output: AtomicFileWriter
    /// One line's bytes, reused from record to record.
    private var line: [UInt8] = []
    /// The number of records written so far.
    public private(set) var count = 0

    /// Opens a writer for `path` (`-` for standard output).
    public init(path: String) throws(OutputError) {
        output = try AtomicFileWriter(path: path)
    }

    /// Appends `record` as one line.
    public func write(_ record: BilingualRecord) throws(OutputError) {
        line.removeAll(keepingCapacity: true)
        record.appendJSONLine(to: &line)
        line.append(0x0A)
        try output.write(bytes: line)
        count += 1
    }

    /// Finishes the file and renames it into place.
    public func commit() throws(OutputError) {
        try output.commit()
    }

    /// Writes `records` to `path` in one call.
    public static func write(_ records: some Sequence<BilingualRecord>, to path: String) throws(OutputError) {
        let writer = try BilingualJSONLWriter(path: path)
        for record in records { try writer.write(record) }
        try writer.commit()
    }
}
