/// Writes bilingual records as TSV through an ``AtomicFileWriter`` (nothing appears until
/// ``commit()``).
public final class BilingualTSVWriter {
    private let output: AtomicFileWriter
    /// The number of records written so far.
    public private(set) var count = 0

    /// Opens a writer for `path` (`-` for standard output) and writes the header line.
    public init(path: String) throws(OutputError) {
        output = try AtomicFileWriter(path: path)
        try output.write(BilingualTSV.header + "\n")
    }

    /// Appends `record` as one line.
    public func write(_ record: BilingualRecord) throws(OutputError) {
        try output.write(BilingualTSV.line(for: record) + "\n")
        count += 1
    }

    /// Finishes the file and renames it into place.
    public func commit() throws(OutputError) { try output.commit() }
}
