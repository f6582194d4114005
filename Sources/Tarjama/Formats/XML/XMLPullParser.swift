/// A strict, streaming XML 1.0 reader for exchange files (TMX, XLIFF): constant memory, and a
/// refusal with file, line and column for anything not well-formed.
///
/// Why not Foundation's `XMLParser`: `XMLParser(stream:)` does stream on Linux, but its
/// `parse()` returns `true` for a truncated document, it silently drops references to external
/// entities instead of refusing the file, and its callbacks cost more than this whole reader
/// (see the Formats benchmark). This reader:
/// - never expands a user-defined entity: a DOCTYPE internal subset that declares entities is
///   refused (external entities could read local files; nested ones are the "billion laughs"
///   bomb), as are parameter entities and undeclared entity references;
/// - refuses a document that ends before its root element closes (``FormatError/truncated``);
/// - refuses characters XML does not allow, invalid UTF-8/UTF-16, and encodings other than
///   UTF-8, US-ASCII and UTF-16;
/// - bounds text, names, attributes and depth (``XMLLimits``).
/// Namespaces are not resolved: names come as written (`xml:lang`, `gls:glossary`).
public final class XMLPullParser {
    /// The file being read, as errors name it.
    public let path: String
    /// Line (1-based) where the event last returned began.
    public private(set) var eventLine = 1
    /// Column (1-based, in characters) where the event last returned began.
    public private(set) var eventColumn = 1
    /// The names of the open elements, outermost first.
    public internal(set) var openElements: [String] = []
    public let limits: XMLLimits

    let source: XMLByteSource
    // The current chunk of checked UTF-8; a raw buffer so the hot loops pay no bounds or
    // exclusivity checks.
    let storage: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0
    var position = 0
    var line = 1
    var column = 1
    var consumedBefore = 0
    var sawRoot = false
    var rootClosed = false
    var pendingEnd: String?
    var scratch: [UInt8] = []
    var openedAt: [(line: Int, column: Int)] = []

    /// Opens `path` (`-` for standard input).
    public init(path: String, limits: XMLLimits = XMLLimits()) throws(FormatError) {
        self.path = path
        self.limits = limits
        capacity = limits.bufferBytes
        source = try XMLByteSource(path: path, chunkSize: limits.bufferBytes)
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    // MARK: Events

    /// The next event, or nil once the root element has closed and the file ended cleanly.
    public func next() throws(FormatError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            closeElement()
            return .end(name: name)
        }
        while true {
            eventLine = line
            eventColumn = column
            guard let byte = try peek() else {
                if let open = openElements.last, let at = openedAt.last {
                    throw .truncated(file: path, line: line, column: column,
                                     reason: "element <\(open)> opened at line \(at.line) is not closed")
                }
                guard sawRoot else { throw .truncated(file: path, line: line, column: column, reason: "no root element") }
                return nil
            }
            if byte != UInt8(ascii: "<") {
                let text = try readText()
                if openElements.isEmpty {
                    guard text.utf8.allSatisfy(Self.isWhitespace) else {
                        throw malformed("text outside the root element", line: eventLine, column: eventColumn)
                    }
                    continue
                }
                return .text(text)
            }
            advance()
            guard let second = try peek() else { throw truncatedHere("a tag is cut off") }
            switch second {
            case UInt8(ascii: "/"):
                advance()
                return .end(name: try readEndTag())
            case UInt8(ascii: "?"):
                advance()
                try readProcessingInstruction()
            case UInt8(ascii: "!"):
                advance()
                if let text = try readMarkupDeclaration() { return .text(text) }
            default:
                return try readStartTag()
            }
        }
    }

    /// Skips the rest of the element whose start tag was just returned (its content and end tag).
    public func skipElement() throws(FormatError) {
        let depth = openElements.count
        while openElements.count >= depth {
            guard try next() != nil else { return }
        }
    }

    /// A `malformed` error at the start of the last event, for callers checking structure.
    public func structureError(_ reason: String) -> FormatError {
        .malformed(file: path, line: eventLine, column: eventColumn, reason: reason)
    }

    /// XML 1.0's Char production.
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Bytes

    @inline(__always) func peek() throws(FormatError) -> UInt8? {
        if position < count { return storage[position] }
        return try refill() ? storage[position] : nil
    }

    /// Loads the next chunk; false at the end of the input. Tokens never hold on to the old
    /// chunk: whatever spans chunks is copied into `scratch` first.
    func refill() throws(FormatError) -> Bool {
        consumedBefore += count
        position = 0
        count = try source.read(into: storage, capacity: capacity)
        if count == 0 {
            if source.invalidInput { throw .invalidUTF8(file: path, line: line, column: column) }
            return false
        }
        return true
    }

    @inline(__always) func advance() {
        let byte = storage[position]
        position += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Consumes the next byte, which must exist.
    func take(_ what: String) throws(FormatError) -> UInt8 {
        guard let byte = try peek() else { throw truncatedHere("\(what) is cut off") }
        advance()
        return byte
    }

    func expect(_ literal: StaticString, _ what: String) throws(FormatError) {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for expected in bytes {
            let (startLine, startColumn) = (line, column)
            guard try take(what) == expected else {
                throw malformed("expected \(literal) in \(what)", line: startLine, column: startColumn)
            }
        }
    }

    @discardableResult
    func skipWhitespace() throws(FormatError) -> Bool {
        var skipped = false
        while let byte = try peek(), Self.isWhitespace(byte) { advance(); skipped = true }
        return skipped
    }

    func malformed(_ reason: String, line: Int? = nil, column: Int? = nil) -> FormatError {
        .malformed(file: path, line: line ?? self.line, column: column ?? self.column, reason: reason)
    }

    func truncatedHere(_ reason: String) -> FormatError {
        .truncated(file: path, line: line, column: column, reason: reason)
    }

    /// Refuses a C0 control character other than tab, LF and CR.
    @inline(__always) func checkCharacter(_ byte: UInt8) throws(FormatError) {
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            throw malformed("control character U+\(String(byte, radix: 16, uppercase: true)) is not allowed in XML")
        }
    }

    // MARK: Text

    /// Reads character data up to the next `<`. The common case (no reference, no CR, inside
    /// one chunk) makes the string straight from the chunk.
    func readText() throws(FormatError) -> String {
        var sawCR = false
        var sawEF = false
        var direct = true
        scratch.removeAll(keepingCapacity: true)
        while true {
            if position >= count {
                if direct && position > 0 { direct = false }
                guard try refill() else { break }
            }
            let runStart = position
            var cursor = position
            var currentLine = line
            var currentColumn = column
            var stop: UInt8 = 0
            while cursor < count {
                let byte = storage[cursor]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { stop = byte; break }
                if byte < 0x20 {
                    if byte == 0x0A {
                        currentLine += 1
                        currentColumn = 0
                    } else if byte == 0x0D {
                        sawCR = true
                    } else if byte != 0x09 {
                        position = cursor
                        line = currentLine
                        column = currentColumn
                        try checkCharacter(byte)
                    }
                } else if byte == 0xEF {
                    sawEF = true
                }
                if byte & 0xC0 != 0x80 { currentColumn += 1 }
                cursor += 1
            }
            position = cursor
            line = currentLine
            column = currentColumn
            if stop == UInt8(ascii: "<") && direct && !sawCR && !sawEF {
                return String(decoding: UnsafeBufferPointer(start: storage + runStart, count: cursor - runStart), as: UTF8.self)
            }
            direct = false
            scratch.append(contentsOf: UnsafeBufferPointer(start: storage + runStart, count: cursor - runStart))
            if scratch.count > limits.maxTextBytes { throw malformed("character data longer than \(limits.maxTextBytes) bytes") }
            if stop == UInt8(ascii: "<") { break }
            if stop == UInt8(ascii: "&") {
                advance()
                try readReference(into: &scratch)
            }
        }
        return try finishText(sawCR: sawCR)
    }

    /// Turns `scratch` into a string: line ends normalised, noncharacters refused.
    func finishText(sawCR: Bool) throws(FormatError) -> String {
        if sawCR {
            // XML line-end normalisation: CRLF and lone CR become LF.
            var normalised: [UInt8] = []
            normalised.reserveCapacity(scratch.count)
            var index = 0
            while index < scratch.count {
                let byte = scratch[index]
                if byte == 0x0D {
                    normalised.append(0x0A)
                    if index + 1 < scratch.count && scratch[index + 1] == 0x0A { index += 1 }
                } else {
                    normalised.append(byte)
                }
                index += 1
            }
            scratch = normalised
        }
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF.
        var index = 0
        while index + 2 < scratch.count {
            if scratch[index] == 0xEF && scratch[index + 1] == 0xBF && scratch[index + 2] >= 0xBE {
                throw malformed("the noncharacter U+FFFE or U+FFFF is not allowed in XML", line: eventLine, column: eventColumn)
            }
            index += 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Reads a reference after `&` and appends its character; only the five predefined
    /// entities and character references exist here.
    func readReference(into output: inout [UInt8]) throws(FormatError) {
        let (startLine, startColumn) = (line, column - 1)
        var name: [UInt8] = []
        while true {
            let byte = try take("an entity reference")
            if byte == UInt8(ascii: ";") { break }
            guard name.count < 32, !Self.isWhitespace(byte), byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&") else {
                throw malformed("'&' must start a reference such as &amp; (write & as &amp;)", line: startLine, column: startColumn)
            }
            name.append(byte)
        }
        let scalar: Unicode.Scalar
        switch String(decoding: name, as: UTF8.self) {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let character = Unicode.Scalar(value), Self.isXMLCharacter(character) else {
                throw malformed("&\(reference); is not a character XML allows", line: startLine, column: startColumn)
            }
            scalar = character
        case let reference:
            throw malformed("undefined entity &\(reference);", line: startLine, column: startColumn)
        }
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}
