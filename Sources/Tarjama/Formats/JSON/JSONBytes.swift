/// Writes JSON straight into a byte buffer, as ``JSONValue/write(to:)`` does, with no value tree,
/// for hot writers (`tarjama suggest`) where building a ``JSONValue`` tree and a `String` per
/// line costs more than finding what goes in it.
///
/// Strings are escaped as every JSON writer of the package escapes them: `"`, `\`, control
/// characters (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx`) and U+2028/U+2029; everything else
/// is copied as UTF-8.
enum JSONBytes {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.withUTF8 { bytes in appendEscaped(bytes, to: &output) }
        output.append(0x22)
    }

    /// Appends `bytes` (valid UTF-8) escaped, without quotes.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if index &+ 8 <= count, let base = bytes.baseAddress, !mayNeedEscape(base + index) {
                index &+= 8
                continue
            }
            let byte = bytes[index]
            // Only these bytes can start something to escape; the rest is copied in runs.
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
                index &+= 1
                continue
            }
            var escapeLength = 1
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other E2 sequence is copied.
                guard index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                    index &+= 1
                    continue
                }
                escapeLength = 3
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case 0x22: output.append(0x5C); output.append(0x22)
            case 0x5C: output.append(0x5C); output.append(0x5C)
            case 0x0A: output.append(0x5C); output.append(0x6E)
            case 0x0D: output.append(0x5C); output.append(0x72)
            case 0x09: output.append(0x5C); output.append(0x74)
            case 0x08: output.append(0x5C); output.append(0x62)
            case 0x0C: output.append(0x5C); output.append(0x66)
            case 0xE2: appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
            default: appendUnicodeEscape(UInt16(byte), to: &output)
            }
            index &+= escapeLength
            runStart = index
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Whether the eight bytes at `block` hold one that may start an escape (below 0x20, `"`,
    /// `\\` or 0xE2), tested on the whole word at once: exact for "none", which is nearly
    /// every block of text, so runs are skipped eight bytes at a time.
    @inline(__always)
    private static func mayNeedEscape(_ block: UnsafePointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let word = UnsafeRawPointer(block).loadUnaligned(as: UInt64.self)
        @inline(__always) func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte(word ^ (ones &* 0xE2))
    }

    private static func appendUnicodeEscape(_ value: UInt16, to output: inout [UInt8]) {
        output.append(0x5C)
        output.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[Int((value >> UInt16(shift)) & 0xF)]) }
    }

    /// Appends ASCII punctuation or a literal such as `,"suggestions":[`.
    @inline(__always)
    static func appendRaw(_ text: StaticString, to output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends `units` (a stretch of a document) as a JSON string literal holding the text with
    /// each line break shown as a space, as `JSONValue.string(TermSuggestion.unwrapped(text))`
    /// writes the `String` decoded from them: a lone surrogate becomes U+FFFD, each line break
    /// character (U+000A–U+000D, U+0085, U+2028, U+2029) one space, CR LF together one space.
    static func appendUnwrapped(_ units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8]) {
        // At most six bytes a unit (`\u001f`), written through a pointer and appended in one copy.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 6 + 2) { buffer in
            guard let base = buffer.baseAddress else { return }
            let length = encodeUnwrapped(units, into: base)
            output.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
        }
    }

    private static func encodeUnwrapped(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 0
        @inline(__always) func put(_ byte: UInt8) {
            out[length] = byte
            length &+= 1
        }
        @inline(__always) func putEscape(_ value: UInt16) {
            put(0x5C)
            put(0x75)
            for shift in stride(from: 12, through: 0, by: -4) { put(hexDigits[Int((value >> UInt16(shift)) & 0xF)]) }
        }
        put(0x22)
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            index &+= 1
            switch unit {
            case 0x0600..<0x0700:
                // Arabic first: most of every segment.
                put(UInt8(truncatingIfNeeded: 0xC0 | (unit >> 6)))
                put(UInt8(truncatingIfNeeded: 0x80 | (unit & 0x3F)))
            case 0x0D:
                // CR LF is one Character, so one space.
                if index < count && units[index] == 0x0A { index &+= 1 }
                put(0x20)
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                put(0x20)
            case 0x22: put(0x5C); put(0x22)
            case 0x5C: put(0x5C); put(0x5C)
            case 0x09: put(0x5C); put(0x74)
            case 0x08: put(0x5C); put(0x62)
            case 0x00..<0x20: putEscape(unit)
            case 0x00..<0x80: put(UInt8(truncatingIfNeeded: unit))
            case 0x80..<0x800:
                put(UInt8(truncatingIfNeeded: 0xC0 | (unit >> 6)))
                put(UInt8(truncatingIfNeeded: 0x80 | (unit & 0x3F)))
            case 0xD800..<0xDC00 where index < count && (0xDC00..<0xE000).contains(units[index]):
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index &+= 1
                put(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
            case 0xD800..<0xE000:
                // A lone surrogate: `String(decoding:as:)` repairs it to U+FFFD.
                put(0xEF); put(0xBF); put(0xBD)
            default:
                put(UInt8(truncatingIfNeeded: 0xE0 | (unit >> 12)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((unit >> 6) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | (unit & 0x3F)))
            }
        }
        put(0x22)
        return length
    }

    /// Appends `text` as a JSON string literal with each line break shown as a space, as
    /// `JSONValue.string(TermSuggestion.unwrapped(text))` writes it.
    static func appendUnwrapped(_ text: String, to output: inout [UInt8]) {
        var text = text
        let copied = text.withUTF8 { bytes -> Bool in
            // Most suggestion texts hold no line break (C2 and E2 lead U+0085, U+2028, U+2029):
            // they are escaped as they are.
            for byte in bytes where (byte >= 0x0A && byte <= 0x0D) || byte == 0xC2 || byte == 0xE2 { return false }
            output.append(0x22)
            appendEscaped(bytes, to: &output)
            output.append(0x22)
            return true
        }
        guard !copied else { return }
        let units = Array(text.utf16)
        units.withUnsafeBufferPointer { appendUnwrapped($0, to: &output) }
    }
}
