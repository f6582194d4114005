/// Escaping text for XML output, dropping what XML cannot carry.
public enum XMLEscaping {
    /// Appends `text` escaped for element content (`attribute == false`) or a double-quoted
    /// attribute value, and returns how many characters were removed because XML 1.0 does
    /// not allow them (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF).
    ///
    /// CR is written as `&#xD;` (and in attributes tab and LF too) so a reader gets the text
    /// back exactly rather than normalised.
    @discardableResult
    public static func append(_ text: String, to output: inout String, attribute: Bool = false) -> Int {
        var text = text
        let clean = text.withUTF8 { bytes in firstSpecial(in: bytes, from: 0, attribute: attribute) == bytes.count }
        if clean {
            output += text
            return 0
        }
        var escaped: [UInt8] = []
        let removed = append(text, to: &escaped, attribute: attribute)
        output += String(decoding: escaped, as: UTF8.self)
        return removed
    }

    /// ``append(_:to:attribute:)-(_,String,_)`` into UTF-8 bytes, for writers that build their
    /// output as bytes: runs that need nothing are copied whole.
    @discardableResult
    public static func append(_ text: String, to output: inout [UInt8], attribute: Bool = false) -> Int {
        var text = text
        return text.withUTF8 { bytes in append(bytes, to: &output, attribute: attribute) }
    }

    /// ` name="value"`, both escaped, appended to `output`; returns how many characters XML
    /// cannot carry were dropped.
    @discardableResult
    static func appendAttribute(_ name: String, value: String, to output: inout [UInt8]) -> Int {
        output.append(literal: " ")
        var removed = append(name, to: &output, attribute: true)
        output.append(literal: "=\"")
        removed += append(value, to: &output, attribute: true)
        output.append(literal: "\"")
        return removed
    }

    /// `text` escaped for element content; characters XML cannot carry are dropped.
    public static func escaped(_ text: String, attribute: Bool = false) -> String {
        var output = ""
        append(text, to: &output, attribute: attribute)
        return output
    }

    // MARK: Bytes

    /// Bytes below 0x40 that content escapes or drops, as bits: C0 controls but tab and LF,
    /// `&`, `<`, `>`. Every byte of 0x40 and above passes, except 0xEF (U+FFFE/U+FFFF lead).
    private static let contentSpecials: UInt64 =
        (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A))
        | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
    /// Attribute values also escape `"`, tab and LF.
    private static let attributeSpecials: UInt64 = contentSpecials | 1 << 0x22 | 1 << 0x09 | 1 << 0x0A

    @inline(__always) private static func isSpecial(_ byte: UInt8, _ specials: UInt64) -> Bool {
        byte < 0x40 ? (specials >> UInt64(byte)) & 1 != 0 : byte == 0xEF
    }

    /// The index of the first byte at or after `start` that needs escaping or removal, or
    /// `bytes.count`.
    private static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, attribute: Bool) -> Int {
        let specials = attribute ? attributeSpecials : contentSpecials
        var index = start
        while index < bytes.count && !isSpecial(bytes[index], specials) { index += 1 }
        return index
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], attribute: Bool) -> Int {
        var removed = 0
        var runStart = 0
        while true {
            let index = firstSpecial(in: bytes, from: runStart, attribute: attribute)
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < bytes.count else { return removed }
            let byte = bytes[index]
            runStart = index + 1
            switch byte {
            case 0x3C: output.append(literal: "&lt;")
            case 0x3E: output.append(literal: "&gt;")
            case 0x26: output.append(literal: "&amp;")
            case 0x22: output.append(literal: "&quot;")
            case 0x0D: output.append(literal: "&#xD;")
            case 0x0A: output.append(literal: "&#xA;")
            case 0x09: output.append(literal: "&#x9;")
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF; other EF sequences are kept.
                if index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                    removed += 1
                    runStart = index + 3
                } else {
                    output.append(byte)
                }
            default:
                removed += 1  // a C0 control character
            }
        }
    }
}

extension [UInt8] {
    /// Appends the UTF-8 of a literal, for writers that build their output as bytes.
    @inline(__always) mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
