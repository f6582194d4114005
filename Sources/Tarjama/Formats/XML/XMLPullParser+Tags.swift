extension XMLPullParser {
    @inline(__always) static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"),
             UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"):
            true
        default:
            byte < 0x20
        }
    }

    /// Reads a name (element, attribute, PI target). Names are ASCII or UTF-8 letters and
    /// never contain a line end, so only the column moves.
    func readName(_ what: String) throws(FormatError) -> String {
        guard let first = try peek() else { throw truncatedHere("\(what) is cut off") }
        if Self.endsName(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (0x30...0x39).contains(first) {
            throw malformed("expected a name in \(what)")
        }
        var bytes: [UInt8] = []
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
                if cursor - start > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) bytes in \(what)") }
                return String(decoding: UnsafeBufferPointer(start: storage + start, count: cursor - start), as: UTF8.self)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: storage + start, count: cursor - start))
            if bytes.count > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) bytes in \(what)") }
            if cursor < count { break }
            guard try refill() else { throw truncatedHere("\(what) is cut off") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func readStartTag() throws(FormatError) -> XMLEvent {
        if rootClosed { throw malformed("a second root element", line: eventLine, column: eventColumn) }
        let name = try readName("a start tag")
        if openElements.count >= limits.maxDepth {
            throw malformed("elements nested deeper than \(limits.maxDepth) levels", line: eventLine, column: eventColumn)
        }
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

    func openElement(_ name: String) {
        sawRoot = true
        openElements.append(name)
        openedAt.append((eventLine, eventColumn))
    }

    func closeElement() {
        openElements.removeLast()
        openedAt.removeLast()
        if openElements.isEmpty { rootClosed = true }
    }

    func readAttribute(in element: String) throws(FormatError) -> XMLAttribute {
        let name = try readName("an attribute of <\(element)>")
        try skipWhitespace()
        try expect("=", "attribute \(name)")
        try skipWhitespace()
        let (quoteLine, quoteColumn) = (line, column)
        let quote = try take("attribute \(name)")
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
            let value = String(decoding: UnsafeBufferPointer(start: storage + position, count: cursor - position), as: UTF8.self)
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
        scratch = value
        return XMLAttribute(name: name, value: try finishText(sawCR: false))
    }

    func readEndTag() throws(FormatError) -> String {
        let name = try readName("an end tag")
        try skipWhitespace()
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
}
