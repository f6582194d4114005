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
        // Nearly every input is valid: settle that at memory speed, and count lines and columns
        // only for the rare input that is not.
        guard !isValid(bytes) else { return nil }
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

    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF), ASCII eight bytes at a time.
    ///
    /// - Complexity: O(n), one pass, no allocation.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        @inline(__always) func isContinuation(_ offset: Int) -> Bool { base[offset] & 0xC0 == 0x80 }
        while index < count {
            if index &+ 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index &+= 8
                continue
            }
            let lead = base[index]
            switch lead {
            case 0x00..<0x80:
                index &+= 1
            case 0xC2..<0xE0:
                guard index &+ 1 < count, isContinuation(index &+ 1) else { return false }
                index &+= 2
            case 0xE0..<0xF0:
                guard index &+ 2 < count, isContinuation(index &+ 1), isContinuation(index &+ 2) else { return false }
                let second = base[index &+ 1]
                if lead == 0xE0 && second < 0xA0 { return false }  // overlong
                if lead == 0xED && second >= 0xA0 { return false }  // a surrogate
                index &+= 3
            case 0xF0..<0xF5:
                guard index &+ 3 < count, isContinuation(index &+ 1), isContinuation(index &+ 2), isContinuation(index &+ 3)
                else { return false }
                let second = base[index &+ 1]
                if lead == 0xF0 && second < 0x90 { return false }  // overlong
                if lead == 0xF4 && second >= 0x90 { return false }  // above U+10FFFF
                index &+= 4
            default:
                return false
            }
        }
        return true
    }
}
