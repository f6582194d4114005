import Foundation

extension XMLPullParser {
    /// Bytes that end a name, as bits: white space, `> / = < & " ' ? [ ]` and C0 controls
    /// (below 0x40, then 0x40–0x7F); bytes from 0x80 are UTF-8 letters and never end one.
    private static let nameEndsLow: UInt64 =
        0xFFFF_FFFF | 1 << 0x20 | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x2F
        | 1 << 0x3C | 1 << 0x3D | 1 << 0x3E | 1 << 0x3F
    private static let nameEndsHigh: UInt64 = 1 << (0x5B - 0x40) | 1 << (0x5D - 0x40)

    @inline(__always) static func endsName(_ byte: UInt8) -> Bool {
        if byte < 0x40 { return (nameEndsLow >> UInt64(byte)) & 1 != 0 }
        return byte < 0x80 && (nameEndsHigh >> UInt64(byte - 0x40)) & 1 != 0
    }

    /// Reads a name (element, attribute, PI target) up to the byte that ends it, and refuses
    /// it unless it is an XML Name (``checkName(_:_:line:column:)``). A name never contains a
    /// line end, so only the column moves.
    func readName(_ what: @autoclosure () -> String) throws(XMLError) -> String {
        guard let first = try peek() else { throw truncatedHere("\(what()) is cut off") }
        if Self.endsName(first) { throw malformed("expected a name in \(what())") }
        var bytes: [UInt8] = []
        let (startLine, startColumn) = (line, column)
        while true {
            let start = position
            var cursor = position
            var currentColumn = column
            while cursor < count && !Self.endsName(storage[cursor]) {
                if storage[cursor] & 0xC0 != 0x80 { currentColumn += 1 }
                cursor += 1
            }
            position = cursor
            column = currentColumn
            if cursor < count && bytes.isEmpty {
                if cursor - start > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) bytes in \(what())") }
                try checkName(
                    UnsafeBufferPointer(start: storage + start, count: cursor - start), what(),
                    line: startLine, column: startColumn)
                return try cachedName(start, cursor, line: startLine, column: startColumn)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: storage + start, count: cursor - start))
            if bytes.count > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) bytes in \(what())") }
            if cursor < count { break }
            guard try refill() else { throw truncatedHere("\(what()) is cut off") }
        }
        try bytes.withUnsafeBufferPointer { (buffer) throws(XMLError) in
            try checkName(buffer, what(), line: startLine, column: startColumn)
        }
        state.pointee.lastNameKey = NameKey(length: -1)
        return try string(bytes, line: startLine, column: startColumn)
    }

    /// The name (or short attribute value) in the chunk's bytes `start..<end`, from
    /// ``names`` when it was met before.
    func cachedName(_ start: Int, _ end: Int, line: Int, column: Int) throws(XMLError) -> String {
        let length = end - start
        // Two unaligned words (the bytes after the name masked off) need 16 bytes of storage.
        guard length <= 16, start + 16 <= capacity else {
            state.pointee.lastNameKey = NameKey(length: -1)
            return try stringFromChunk(start, end, line: line, column: column)
        }
        let key = nameKey(at: start, length: length)
        guard (key.low | key.high) & 0x8080_8080_8080_8080 == 0 else {
            state.pointee.lastNameKey = NameKey(length: -1)
            return try stringFromChunk(start, end, line: line, column: column)
        }
        state.pointee.lastNameKey = key
        return knownName(key, start, end)
    }

    /// The `length` (at most 16) bytes at `start` packed into two words, the bytes after them
    /// masked off; needs 16 bytes of storage from `start`.
    @inline(__always) func nameKey(at start: Int, length: Int) -> NameKey {
        let bytes = UnsafeRawPointer(storage + start)
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) &- 1
        let highMask: UInt64 = length >= 16 ? ~0 : length <= 8 ? 0 : (1 << UInt64(8 * (length - 8))) &- 1
        return NameKey(
            low: bytes.loadUnaligned(as: UInt64.self) & lowMask,
            high: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & highMask, length: length)
    }

    /// Reads a start tag into ``State/tokenName`` and ``State/attributes``.
    func readStartTag() throws(XMLError) {
        if rootClosed { throw malformed("a second root element", line: eventLine, column: eventColumn) }
        if try readStartTagInChunk() { return }
        let name = try readName("a start tag")
        let key = state.pointee.lastNameKey
        if state.pointee.open.count >= limits.maxDepth {
            throw malformed("elements nested deeper than \(limits.maxDepth) levels", line: eventLine, column: eventColumn)
        }
        state.pointee.tokenName = name
        // The slots are overwritten, not emptied: a start tag allocates nothing.
        state.pointee.attributeCount = 0
        while true {
            let spaced = try skipWhitespace()
            guard let byte = try peek() else { throw truncatedHere("the start tag <\(name)> is cut off") }
            if byte == UInt8(ascii: ">") {
                advance()
                openElement(name, key: key)
                return
            }
            if byte == UInt8(ascii: "/") {
                advance()
                try expect(">", "the empty tag <\(name)/>")
                openElement(name, key: key)
                pendingEnd = name
                return
            }
            guard spaced else { throw malformed("expected white space before an attribute in <\(name)>") }
            let attribute = try readAttribute(in: name)
            let count = state.pointee.attributeCount
            // Lengths first: names of other lengths are told apart without a string compare.
            let length = attribute.name.utf8.count
            if state.pointee.attributes[..<count].contains(where: { $0.name.utf8.count == length && $0.name == attribute.name }) {
                throw malformed("attribute \(attribute.name) appears twice in <\(name)>")
            }
            storeAttribute(attribute, at: count)
            state.pointee.attributeCount = count + 1
            if count + 1 > limits.maxAttributes {
                throw malformed("more than \(limits.maxAttributes) attributes in <\(name)>")
            }
        }
    }

    func openElement(_ name: String, key: NameKey) {
        sawRoot = true
        state.pointee.open.append(OpenElement(name: name, key: key, line: eventLine, column: eventColumn))
    }

    func closeElement() {
        state.pointee.open.removeLast()
        if state.pointee.open.isEmpty { rootClosed = true }
    }

    func readAttribute(in element: String) throws(XMLError) -> XMLAttribute {
        let name = try readName("an attribute of <\(element)>")
        try expect(afterWhitespace: "=", "attribute \(name)")
        try skipWhitespace()
        let (quoteLine, quoteColumn) = (line, column)
        let quote: UInt8
        if position < count {
            quote = storage[position]
            advance()
        } else {
            quote = try take("attribute \(name)")
        }
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed("the value of attribute \(name) must be quoted", line: quoteLine, column: quoteColumn)
        }
        // Fast path: the value lies in this chunk and needs no normalisation.
        var cursor = position
        var currentColumn = column
        while cursor < count {
            let byte = storage[cursor]
            if byte == quote || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte < 0x20 || byte == 0xEF { break }
            if byte & 0xC0 != 0x80 { currentColumn += 1 }
            cursor += 1
        }
        if cursor < count && storage[cursor] == quote {
            // Short values repeat too (`xml:lang="en"`, a prop type, a shared date).
            let value = try cachedName(position, cursor, line: line, column: column)
            position = cursor + 1
            column = currentColumn + 1
            return XMLAttribute(name: name, value: value)
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
        state.pointee.scratch = value
        return XMLAttribute(name: name, value: try finishText(sawCR: false))
    }

    func readEndTag() throws(XMLError) -> String {
        guard let open = state.pointee.open.last else { return try readUnexpectedEndTag() }
        // Fast path: the name in the chunk equals the open element's, so no string is made.
        let length = open.key.length
        if length > 0, position + 16 <= capacity, position + length < count,
            nameKey(at: position, length: length) == open.key, Self.endsName(storage[position + length])
        {
            // Keys are made of ASCII names only: a byte is a column.
            position += length
            column += length
            try expect(afterWhitespace: ">", "the end tag </\(open.name)>")
            closeElement()
            return open.name
        }
        return try readUnexpectedEndTag()
    }

    /// An end tag that is not simply the open element's: named across chunks, not ASCII,
    /// longer than a key, or wrong.
    private func readUnexpectedEndTag() throws(XMLError) -> String {
        let name = try readName("an end tag")
        try expect(afterWhitespace: ">", "the end tag </\(name)>")
        guard let open = state.pointee.open.last else {
            throw malformed("end tag </\(name)> with no open element", line: eventLine, column: eventColumn)
        }
        guard open.name == name else {
            throw malformed(
                "end tag </\(name)> does not match <\(open.name)> opened at line \(open.line)",
                line: eventLine, column: eventColumn)
        }
        closeElement()
        return name
    }
}
