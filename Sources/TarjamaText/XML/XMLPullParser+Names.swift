extension XMLPullParser {
    // XML 1.0's Name production (NameStartChar, NameChar). ASCII as bits, one word for
    // 0x00–0x3F and one for 0x40–0x7F: `:` starts a name; `-`, `.` and digits only continue
    // one; `A-Z`, `_` and `a-z` do both.
    private static let nameStartLow: UInt64 = 1 << 0x3A
    private static let nameCharLow: UInt64 = nameStartLow | 1 << 0x2D | 1 << 0x2E | 0x3FF << 0x30
    private static let nameHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

    /// Whether the ASCII `byte` may start a name (false for every byte from 0x80).
    @inline(__always) static func isASCIINameStart(_ byte: UInt8) -> Bool {
        if byte < 0x40 { return byte == 0x3A }
        return byte < 0x80 && (nameHigh >> UInt64(byte &- 0x40)) & 1 != 0
    }

    /// Whether the ASCII `byte` may continue a name (false for every byte from 0x80).
    @inline(__always) static func isASCIINameChar(_ byte: UInt8) -> Bool {
        if byte < 0x40 { return (nameCharLow >> UInt64(byte)) & 1 != 0 }
        return byte < 0x80 && (nameHigh >> UInt64(byte &- 0x40)) & 1 != 0
    }

    /// NameStartChar.
    static func isNameStart(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIINameStart(UInt8(truncatingIfNeeded: scalar)) }
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// NameChar.
    static func isNameChar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIINameChar(UInt8(truncatingIfNeeded: scalar)) }
        switch scalar {
        case 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameStart(scalar)
        }
    }

    /// Refuses `bytes` (a name as read up to its delimiter, starting at `line`:`column`) unless
    /// it is an XML Name, naming the first character that is not allowed and its column. ASCII
    /// names are checked a byte at a time; the rest are decoded, and invalid UTF-8 is left to
    /// the string check that follows, which reports it at its own position.
    func checkName(
        _ bytes: UnsafeBufferPointer<UInt8>, _ what: @autoclosure () -> String,
        line: Int, column: Int
    ) throws(XMLError) {
        var index = 0
        while index < bytes.count && bytes[index] < 0x80 {
            let byte = bytes[index]
            if !(index == 0 ? Self.isASCIINameStart(byte) : Self.isASCIINameChar(byte)) {
                throw nameError(UInt32(byte), first: index == 0, what(), line: line, column: column + index)
            }
            index += 1
        }
        guard index < bytes.count else { return }
        var errorColumn = column + index
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = Unicode.UTF8()
        var first = index == 0
        while case let .scalarValue(scalar) = decoder.decode(&iterator) {
            if !(first ? Self.isNameStart(scalar.value) : Self.isNameChar(scalar.value)) {
                throw nameError(scalar.value, first: first, what(), line: line, column: errorColumn)
            }
            first = false
            errorColumn += 1
        }
    }

    private func nameError(_ scalar: UInt32, first: Bool, _ what: String, line: Int, column: Int) -> XMLError {
        let hex = String(scalar, radix: 16, uppercase: true)
        let shown = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let character = Unicode.Scalar(scalar).map { scalar.isPrintableASCII ? "'\(Character($0))'" : "U+\(shown)" } ?? "U+\(shown)"
        let reason =
            first
            ? "a name cannot start with \(character) (in \(what))"
            : "\(character) is not allowed in a name (in \(what))"
        return malformed(reason, line: line, column: column)
    }
}

private extension UInt32 {
    var isPrintableASCII: Bool { self > 0x20 && self < 0x7F }
}
