/// A strict JSON parser over UTF-8 bytes (RFC 8259), for one JSONL line at a time.
///
/// Strict because a bilingual file is data other tools wrote: trailing commas, comments, lone
/// surrogates and raw control characters in strings are refused, as are duplicate keys (which
/// would silently drop one value) and nesting deeper than ``maxDepth``.
struct JSONParser {
    /// Why and where (byte offset into the input) parsing stopped.
    struct SyntaxError: Error {
        var offset: Int
        var reason: String
    }

    static let maxDepth = 128

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses exactly one JSON value (surrounding white space allowed) from `bytes`.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(SyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, SyntaxError> in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(SyntaxError) in try parser.parseDocument() }
        }
        return try result.get()
    }

    /// Parses a JSON text given as a string.
    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(ArraySlice(text.utf8))
    }

    /// The 1-based scalar column of byte `offset` in `bytes`, for error messages.
    static func column(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> Int {
        var column = 1
        for byte in bytes.prefix(offset) where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private func fail(_ reason: String) -> SyntaxError { SyntaxError(offset: index, reason: reason) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw fail("the JSON value is cut off") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("expected a JSON value")
        }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { throw fail("expected \(word)") }
        for k in expected.indices where bytes[index + k] != expected[k] { throw fail("expected \(word)") }
        index += expected.count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw fail("JSON nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var object = JSONObject()
        var names = Set<String>()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a quoted member name") }
            let keyOffset = index
            let key = try parseString()
            if !names.insert(key).inserted { throw SyntaxError(offset: keyOffset, reason: "duplicate member name \"\(key)\"") }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
            index += 1
            skipWhitespace()
            object.appendNew(key, try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("the object is not closed") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            throw fail("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("the array is not closed") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw fail("expected ',' or ']' in an array")
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let begin = index
        func digits(_ parser: inout JSONParser) -> Int {
            let start = parser.index
            while parser.index < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.index]) { parser.index += 1 }
            return parser.index - start
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw fail("a number needs digits") }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            throw SyntaxError(offset: integerStart, reason: "a number cannot start with 0")
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw fail("a number needs digits after '.'") }
        }
        if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard digits(&self) > 0 else { throw fail("a number needs digits in its exponent") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self))
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1
        let begin = index
        // Fast path: no escapes, so the bytes are the string (already checked as UTF-8).
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("a control character must be escaped in a JSON string") }
            index += 1
        }
        guard index < bytes.count else { throw fail("the string is not closed") }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self).unicodeScalars)
        var plainStart = index
        func flushPlain(_ parser: JSONParser, to scalars: inout String.UnicodeScalarView) {
            if plainStart < parser.index {
                scalars.append(
                    contentsOf: String(decoding: UnsafeBufferPointer(rebasing: parser.bytes[plainStart..<parser.index]), as: UTF8.self)
                        .unicodeScalars)
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushPlain(self, to: &scalars)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw fail("a control character must be escaped in a JSON string") }
            if byte != UInt8(ascii: "\\") { index += 1; continue }
            flushPlain(self, to: &scalars)
            index += 1
            guard index < bytes.count else { throw fail("the string is not closed") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                let escapeStart = index - 2
                let lone = SyntaxError(offset: escapeStart, reason: "a lone surrogate \\u escape cannot be stored as text")
                let high = try parseHex4()
                var value = UInt32(high)
                if (0xD800...0xDBFF).contains(high) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw lone
                    }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw lone }
                    value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(high) {
                    throw lone
                }
                scalars.append(Unicode.Scalar(value)!)
            default:
                index -= 1
                throw fail("unknown escape in a JSON string")
            }
            plainStart = index
        }
        throw fail("the string is not closed")
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
