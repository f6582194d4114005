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
    static func append(_ units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8], joiningLineBreaks: Bool = false,
                       escaping: Bool = true) {
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            if joiningLineBreaks, TextWraps.isSpace(unit) {
                let (end, wraps) = TextWraps.whiteSpaceRun(in: units, at: index)
                if wraps {
                    output.append(0x20)
                } else {
                    for position in index..<end {
                        output.append(contentsOf: units[position] == 0x09 && escaping ? [0x5C, 0x74] : [0x20])
                    }
                }
                index = end
                continue
            }
            if !escaping, unit < 0x20 || unit == 0x2028 || unit == 0x2029 || unit == 0x22 || unit == 0x5C {
                output.append(unit == 0x22 || unit == 0x5C ? UInt8(unit) : 0x20)
                index += 1
                continue
            }
            switch unit {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20, 0x2028, 0x2029: appendUnicodeEscape(unit, to: &output)
            case 0x20..<0x80: output.append(UInt8(unit))
            case 0x80..<0x800:
                output.append(UInt8(0xC0 | (unit >> 6)))
                output.append(UInt8(0x80 | (unit & 0x3F)))
            case 0xD800..<0xDC00 where index + 1 < count && (0xDC00..<0xE000).contains(units[index + 1]):
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                output.append(UInt8(0xF0 | (scalar >> 18)))
                output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
                index += 1
            case 0xD800..<0xE000:
                // A lone surrogate has no UTF-8 form; JSON can still carry it escaped.
                appendUnicodeEscape(unit, to: &output)
            default:
                output.append(UInt8(0xE0 | (unit >> 12)))
                output.append(UInt8(0x80 | ((unit >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (unit & 0x3F)))
            }
            index += 1
        }
    }

    private static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(contentsOf: [0x5C, 0x75])
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[Int((unit >> UInt16(shift)) & 0xF)]) }
    }

    /// Appends `text` (a name or plain value) escaped, quoted or not.
    static func append(_ text: String, to output: inout [UInt8], quoted: Bool) {
        let units = Array(text.utf16)
        units.withUnsafeBufferPointer { buffer in
            if quoted { appendQuoted(buffer, to: &output) } else { append(buffer, to: &output) }
        }
    }
}
