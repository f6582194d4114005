/// Writes UTF-16 text as the UTF-8 bytes of a JSON string, escaping by hand: fast enough for
/// 40 MB of segments, where going through `JSONEncoder` per record is not.
///
/// Escapes `"`, `\`, control characters and U+2028/U+2029 (which older JavaScript refuses in
/// string literals); everything else is written as UTF-8.
enum JSONStringEscaper {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `"…"` holding `units` to `output`. With `joiningLineBreaks`, every run of white
    /// space that contains a line break becomes one space (a hard wrap read as running text).
    static func appendQuoted(_ units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8], joiningLineBreaks: Bool = false) {
        output.append(0x22)
        append(units, to: &output, joiningLineBreaks: joiningLineBreaks)
        output.append(0x22)
    }

    /// Appends the escaped contents of `units` without quotes. Without `escaping`, writes plain
    /// UTF-8 for TSV and text lines instead: quotes and backslashes as they are, tabs, line
    /// breaks and other control characters as spaces.
    ///
    /// - Complexity: O(n); the bytes are written through a pointer into one temporary buffer
    ///   (at most 6 bytes per unit) and appended in one copy.
    static func append(
        _ units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8], joiningLineBreaks: Bool = false,
        escaping: Bool = true
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 6 + 1) { buffer in
            let written = encode(units, into: buffer.baseAddress!, joiningLineBreaks: joiningLineBreaks, escaping: escaping)
            output.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: written))
        }
    }

    private static func encode(
        _ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>,
        joiningLineBreaks: Bool, escaping: Bool
    ) -> Int {
        var index = 0
        var length = 0
        let count = units.count
        @inline(__always) func put(_ byte: UInt8) {
            out[length] = byte
            length &+= 1
        }
        @inline(__always) func putEscape(_ letter: UInt8) {
            put(0x5C)
            put(letter)
        }
        while index < count {
            let unit = units[index]
            // Fast path: Arabic and the rest of the two-byte range.
            if unit >= 0x80 && unit < 0x800 {
                put(UInt8(truncatingIfNeeded: 0xC0 | (unit >> 6)))
                put(UInt8(truncatingIfNeeded: 0x80 | (unit & 0x3F)))
                index &+= 1
                continue
            }
            if joiningLineBreaks, TextWraps.isSpace(unit) {
                let (end, wraps) = TextWraps.whiteSpaceRun(in: units, at: index)
                if wraps {
                    put(0x20)
                } else {
                    for position in index..<end {
                        if units[position] == 0x09 && escaping { putEscape(0x74) } else { put(0x20) }
                    }
                }
                index = end
                continue
            }
            if !escaping, unit < 0x20 || unit == 0x2028 || unit == 0x2029 {
                put(0x20)
                index &+= 1
                continue
            }
            switch unit {
            case 0x22 where escaping: putEscape(0x22)
            case 0x5C where escaping: putEscape(0x5C)
            case 0x0A: putEscape(0x6E)
            case 0x0D: putEscape(0x72)
            case 0x09: putEscape(0x74)
            case 0x00..<0x20, 0x2028, 0x2029:
                putEscape(0x75)
                for shift in stride(from: 12, through: 0, by: -4) { put(hexDigits[Int((unit >> UInt16(shift)) & 0xF)]) }
            case 0x00..<0x80: put(UInt8(truncatingIfNeeded: unit))
            case 0xD800..<0xDC00 where index + 1 < count && (0xDC00..<0xE000).contains(units[index + 1]):
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                put(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
                index &+= 1
            case 0xD800..<0xE000:
                // A lone surrogate has no UTF-8 form; JSON can still carry it escaped, plain
                // text gets U+FFFD.
                if escaping {
                    putEscape(0x75)
                    for shift in stride(from: 12, through: 0, by: -4) { put(hexDigits[Int((unit >> UInt16(shift)) & 0xF)]) }
                } else {
                    put(0xEF); put(0xBF); put(0xBD)
                }
            default:
                put(UInt8(truncatingIfNeeded: 0xE0 | (unit >> 12)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((unit >> 6) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | (unit & 0x3F)))
            }
            index &+= 1
        }
        return length
    }

    /// Appends `text` (a name or plain value) escaped, quoted or not.
    static func append(_ text: String, to output: inout [UInt8], quoted: Bool) {
        let units = Array(text.utf16)
        units.withUnsafeBufferPointer { buffer in
            if quoted { appendQuoted(buffer, to: &output) } else { append(buffer, to: &output) }
        }
    }
}
