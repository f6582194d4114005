/// A strict, streaming XML 1.0 reader for exchange files (TMX, XLIFF): constant memory, and a
/// refusal with file, line and column for anything not well-formed.
///
/// Why not Foundation's `XMLParser`: on Linux it reads the whole file into memory, returns
/// `true` from `parse()` for truncated documents, and hands errors over without positions we
/// can trust. This reader:
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
    public private(set) var openElements: [String] = []
    public let limits: XMLLimits

    private let source: XMLByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    private var column = 1
    private var absoluteOffset = 0
    private var rootClosed = false
    private var sawRoot = false
    private var pendingEnd: String?
    private var scratch: [UInt8] = []
    private var openedAt: [(line: Int, column: Int)] = []

    /// Opens `path` (`-` for standard input).
    public init(path: String, limits: XMLLimits = XMLLimits()) throws(FormatError) {
        self.path = path
        self.limits = limits
        source = try XMLByteSource(path: path)
        buffer.reserveCapacity(1 << 18)
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

    // MARK: Bytes

    @inline(__always) private func peek() throws(FormatError) -> UInt8? {
        if position < buffer.count { return buffer[position] }
        return try refill() ? buffer[position] : nil
    }

    private func refill() throws(FormatError) -> Bool {
        absoluteOffset += buffer.count
        position = 0
        try source.read(into: &buffer)
        if buffer.isEmpty {
            if source.invalidInput {
                throw .invalidUTF8(file: path, line: line, column: column)
            }
            return false
        }
        return true
    }

    @inline(__always) private func advance() {
        let byte = buffer[position]
        position += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Consumes the next byte, which must exist.
    private func take(_ what: String) throws(FormatError) -> UInt8 {
        guard let byte = try peek() else { throw truncatedHere("\(what) is cut off") }
        advance()
        return byte
    }

    private func expect(_ literal: String, _ what: String) throws(FormatError) {
        for expected in literal.utf8 {
            let (l, c) = (line, column)
            guard try take(what) == expected else { throw malformed("expected \(literal) in \(what)", line: l, column: c) }
        }
    }

    private func skipWhitespace() throws(FormatError) -> Bool {
        var skipped = false
        while let byte = try peek(), Self.isWhitespace(byte) { advance(); skipped = true }
        return skipped
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func malformed(_ reason: String, line: Int? = nil, column: Int? = nil) -> FormatError {
        .malformed(file: path, line: line ?? self.line, column: column ?? self.column, reason: reason)
    }

    private func truncatedHere(_ reason: String) -> FormatError {
        .truncated(file: path, line: line, column: column, reason: reason)
    }

    /// Checks a byte of character data or an attribute value against XML's Char production
    /// (the multi-byte exclusions U+FFFE/U+FFFF are checked when the text is finished).
    @inline(__always) private func checkCharacter(_ byte: UInt8) throws(FormatError) {
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            throw malformed("control character U+\(String(byte, radix: 16, uppercase: true)) is not allowed in XML")
        }
    }

    // MARK: Text and references

    private func readText() throws(FormatError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var sawCR = false
        scan: while true {
            if position >= buffer.count {
                guard try refill() else { break scan }
            }
            let runStart = position
            while position < buffer.count {
                let byte = buffer[position]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
                if byte < 0x20 {
                    if byte == 0x0D { sawCR = true } else { try checkCharacter(byte) }
                }
                advance()
            }
            scratch.append(contentsOf: buffer[runStart..<position])
            if scratch.count > limits.maxTextBytes { throw malformed("character data longer than \(limits.maxTextBytes) bytes") }
            guard position < buffer.count else { continue }
            if buffer[position] == UInt8(ascii: "<") { break }
            advance()
            try readReference(into: &scratch)
        }
        return try finishText(sawCR: sawCR)
    }

    private func finishText(sawCR: Bool) throws(FormatError) -> String {
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
        if scratch.contains(0xEF), findNonCharacter() != nil {
            throw malformed("the noncharacter U+FFFE or U+FFFF is not allowed in XML", line: eventLine, column: eventColumn)
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private func findNonCharacter() -> Int? {
        var index = 0
        while index + 2 < scratch.count {
            if scratch[index] == 0xEF && scratch[index + 1] == 0xBF && (scratch[index + 2] == 0xBE || scratch[index + 2] == 0xBF) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads a reference after `&` and appends its character; only the five predefined
    /// entities and character references exist here.
    private func readReference(into output: inout [UInt8]) throws(FormatError) {
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

    /// XML 1.0's Char production.
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    // MARK: Tags

    private func readName(_ what: String) throws(FormatError) -> String {
        var name: [UInt8] = []
        while let byte = try peek() {
            if Self.isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte < 0x20 {
                break
            }
            if name.isEmpty && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || (0x30...0x39).contains(byte)) { break }
            name.append(byte)
            advance()
            if name.count > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) bytes in \(what)") }
        }
        guard !name.isEmpty else {
            if try peek() == nil { throw truncatedHere("\(what) is cut off") }
            throw malformed("expected a name in \(what)")
        }
        return String(decoding: name, as: UTF8.self)
    }

    private func readStartTag() throws(FormatError) -> XMLEvent {
        if rootClosed { throw malformed("a second root element", line: eventLine, column: eventColumn) }
        let name = try readName("a start tag")
        var attributes: [XMLAttribute] = []
        while true {
            let spaced = try skipWhitespace()
            guard let byte = try peek() else { throw truncatedHere("the start tag <\(name)> is cut off") }
            if byte == UInt8(ascii: ">") {
                advance()
                openElement(name)
                return .start(name: name, attributes: attributes)
            }
            if byte == UInt8(ascii: "/") {
                advance()
                try expect(">", "the empty tag <\(name)/>")
                openElement(name)
                pendingEnd = name
                return .start(name: name, attributes: attributes)
            }
            guard spaced else { throw malformed("expected white space before an attribute in <\(name)>") }
            let attribute = try readAttribute(in: name)
            if attributes.contains(where: { $0.name == attribute.name }) {
                throw malformed("attribute \(attribute.name) appears twice in <\(name)>")
            }
            attributes.append(attribute)
            if attributes.count > limits.maxAttributes { throw malformed("more than \(limits.maxAttributes) attributes in <\(name)>") }
        }
    }

    private func openElement(_ name: String) {
        sawRoot = true
        openElements.append(name)
        openedAt.append((eventLine, eventColumn))
    }

    private func closeElement() {
        openElements.removeLast()
        openedAt.removeLast()
        if openElements.isEmpty { rootClosed = true }
    }

    private func readAttribute(in element: String) throws(FormatError) -> XMLAttribute {
        let name = try readName("an attribute of <\(element)>")
        _ = try skipWhitespace()
        try expect("=", "attribute \(name)")
        _ = try skipWhitespace()
        let (quoteLine, quoteColumn) = (line, column)
        let quote = try take("attribute \(name)")
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed("the value of attribute \(name) must be quoted", line: quoteLine, column: quoteColumn)
        }
        var value: [UInt8] = []
        var lastWasCR = false
        while true {
            let byte = try take("the value of attribute \(name)")
            if byte == quote { break }
            switch byte {
            case UInt8(ascii: "<"): throw malformed("'<' in the value of attribute \(name) (write &lt;)")
            case UInt8(ascii: "&"): try readReference(into: &value); lastWasCR = false; continue
            case 0x0A where lastWasCR: lastWasCR = false; continue
            case 0x09, 0x0A, 0x0D: value.append(0x20)
            default: try checkCharacter(byte); value.append(byte)
            }
            lastWasCR = byte == 0x0D
            if value.count > limits.maxTextBytes { throw malformed("the value of attribute \(name) is too long") }
        }
        return XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self))
    }

    private func readEndTag() throws(FormatError) -> String {
        let name = try readName("an end tag")
        _ = try skipWhitespace()
        try expect(">", "the end tag </\(name)>")
        guard let open = openElements.last else {
            throw malformed("end tag </\(name)> with no open element", line: eventLine, column: eventColumn)
        }
        guard open == name else {
            throw malformed("end tag </\(name)> does not match <\(open)> opened at line \(openedAt.last!.line)",
                            line: eventLine, column: eventColumn)
        }
        closeElement()
        return name
    }

    // MARK: Declarations, comments, processing instructions

    private func readProcessingInstruction() throws(FormatError) {
        let isFirst = absoluteOffset + position == 2
        let target = try readName("a processing instruction")
        if target.lowercased() == "xml" {
            guard isFirst, target == "xml" else { throw malformed("the XML declaration must come first", line: eventLine, column: eventColumn) }
            try readXMLDeclaration()
            return
        }
        var previous: UInt8 = 0
        while true {
            let byte = try take("the processing instruction <?\(target)")
            if previous == UInt8(ascii: "?") && byte == UInt8(ascii: ">") { return }
            previous = byte
        }
    }

    private func readXMLDeclaration() throws(FormatError) {
        var attributes: [XMLAttribute] = []
        while true {
            _ = try skipWhitespace()
            guard let byte = try peek() else { throw truncatedHere("the XML declaration is cut off") }
            if byte == UInt8(ascii: "?") {
                advance()
                try expect(">", "the XML declaration")
                break
            }
            attributes.append(try readAttribute(in: "?xml"))
        }
        if let version = attributes["version"], !version.hasPrefix("1.") {
            throw malformed("XML version \(version) is not supported", line: eventLine, column: eventColumn)
        }
        if let declared = attributes["encoding"]?.lowercased() {
            let utf16 = source.encoding != .utf8
            let accepted = utf16 ? ["utf-16", "utf-16le", "utf-16be", "ucs-2"] : ["utf-8", "utf8", "us-ascii", "ascii"]
            guard accepted.contains(declared) else {
                throw .malformed(file: path, line: eventLine, column: eventColumn,
                                 reason: "encoding \(declared) is not supported\(utf16 ? " in a UTF-16 file" : ""); save the file as UTF-8")
            }
        }
    }

    /// Reads after `<!`: a comment (nil), a CDATA section (its text) or the DOCTYPE (nil).
    private func readMarkupDeclaration() throws(FormatError) -> String? {
        guard let byte = try peek() else { throw truncatedHere("a declaration is cut off") }
        if byte == UInt8(ascii: "-") {
            try expect("--", "a comment")
            var dashes = 0
            while true {
                let byte = try take("a comment")
                if byte == UInt8(ascii: ">") && dashes >= 2 { return nil }
                dashes = byte == UInt8(ascii: "-") ? dashes + 1 : 0
            }
        }
        if byte == UInt8(ascii: "[") {
            try expect("[CDATA[", "a CDATA section")
            guard !openElements.isEmpty else { throw malformed("a CDATA section outside the root element", line: eventLine, column: eventColumn) }
            scratch.removeAll(keepingCapacity: true)
            var sawCR = false
            while true {
                let byte = try take("a CDATA section")
                if byte == 0x0D { sawCR = true } else { try checkCharacter(byte) }
                scratch.append(byte)
                if scratch.count >= 3 && scratch.suffix(3).elementsEqual([0x5D, 0x5D, 0x3E]) {
                    scratch.removeLast(3)
                    return try finishText(sawCR: sawCR)
                }
                if scratch.count > limits.maxTextBytes { throw malformed("a CDATA section longer than \(limits.maxTextBytes) bytes") }
            }
        }
        try expect("DOCTYPE", "a declaration")
        guard !sawRoot else { throw malformed("DOCTYPE after the root element", line: eventLine, column: eventColumn) }
        try readDoctype()
        return nil
    }

    /// Skips the DOCTYPE; refuses an internal subset that declares or references entities.
    private func readDoctype() throws(FormatError) {
        var quote: UInt8? = nil
        while true {
            let byte = try take("the DOCTYPE")
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: ">"): return
            case UInt8(ascii: "["): try readInternalSubset()
            default: continue
            }
        }
    }

    private func readInternalSubset() throws(FormatError) {
        var quote: UInt8? = nil
        var recent: [UInt8] = []
        while true {
            let (byteLine, byteColumn) = (line, column)
            let byte = try take("the DOCTYPE's internal subset")
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "]"): return
            case UInt8(ascii: "%"):
                throw .unsafe(file: path, line: byteLine, column: byteColumn,
                              reason: "parameter entities in the DOCTYPE are not accepted in exchange files")
            default: break
            }
            recent.append(byte)
            if recent.count > 8 { recent.removeFirst() }
            if recent.elementsEqual(Array("<!ENTITY".utf8)) {
                throw .unsafe(file: path, line: byteLine, column: byteColumn - 7,
                              reason: try entityRefusal())
            }
        }
    }

    /// Reads the rest of an entity declaration to say which kind it is.
    private func entityRefusal() throws(FormatError) -> String {
        var declaration: [UInt8] = []
        while declaration.count < 4096, let byte = try peek(), byte != UInt8(ascii: ">") {
            declaration.append(byte)
            advance()
        }
        let text = String(decoding: declaration, as: UTF8.self)
        if text.contains("SYSTEM") || text.contains("PUBLIC") {
            return "an external entity is declared (it could read local files or the network); external entities are never loaded"
        }
        return "entity declarations are not accepted in exchange files (entity expansion can exhaust memory)"
    }
}
