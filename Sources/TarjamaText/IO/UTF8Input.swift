/// The checks every reader of UTF-8 input shares: the byte order mark it drops and where the
/// bytes stop being UTF-8.
///
/// Swift's validating initialisers say only *that* bytes are bad; a translator needs to know
/// where, so readers report the position this finds.
public enum UTF8Input {
    /// Where invalid UTF-8 starts, counted from the start of the bytes given.
    public struct Position: Hashable, Sendable {
        /// The 0-based offset of the first byte of the bad sequence.
        public var byteOffset: Int
        /// The 1-based line (LF ends a line).
        public var line: Int
        /// The 1-based column in Unicode scalars on that line.
        public var column: Int
    }

    /// The length of a leading UTF-8 byte order mark: 3 when `bytes` start with one, else 0.
    public static func byteOrderMarkLength(of bytes: some Collection<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0xEF && iterator.next() == 0xBB && iterator.next() == 0xBF ? 3 : 0
    }

    /// The position of the first byte that does not start or continue a valid sequence, or nil
    /// when `bytes` are valid UTF-8.
    public static func firstInvalidPosition(in bytes: some Collection<UInt8>) -> Position? {
        if let found = bytes.withContiguousStorageIfAvailable({ firstInvalidPosition(inBuffer: $0) }) {
            return found
        }
        return Array(bytes).withUnsafeBufferPointer { firstInvalidPosition(inBuffer: $0) }
    }

    private static func firstInvalidPosition(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> Position? {
        // Most JSONL and TSV lines are ASCII: one cheap pass settles them.
        var allASCII = true
        for byte in bytes where byte >= 0x80 { allASCII = false; break }
        if allASCII { return nil }
        var position = Position(byteOffset: 0, line: 1, column: 1)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                position.byteOffset += UTF8.width(scalar)
                if scalar == "\n" {
                    position.line += 1
                    position.column = 1
                } else {
                    position.column += 1
                }
            case .emptyInput: return nil
            case .error: return position
            }
        }
    }
}
