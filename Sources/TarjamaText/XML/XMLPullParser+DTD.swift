extension XMLPullParser {
    /// Reads an element, attribute-list or notation declaration of the internal subset after
    /// its keyword, by its grammar (XML 1.0 §3.2, §3.3, §4.7). Nothing declared is used: the
    /// declarations are only checked, so a file xmllint refuses is refused here too.
    func readDeclaration(_ keyword: String) throws(XMLError) {
        try requireWhitespace(after: "<!\(keyword)")
        _ = try readDTDName("the <!\(keyword) declaration")
        switch keyword {
        case "ELEMENT":
            try requireWhitespace(after: "the element's name in <!ELEMENT")
            try readContentSpec()
            try skipWhitespace()
        case "ATTLIST":
            try readAttributeDefinitions()
        default:
            try requireWhitespace(after: "the notation's name in <!NOTATION")
            let (keywordLine, keywordColumn) = (line, column)
            switch try readDTDName("the <!NOTATION declaration") {
            case "SYSTEM":
                try readLiteral("the notation's system identifier", publicIdentifier: false)
            case "PUBLIC":
                try readLiteral("the notation's public identifier", publicIdentifier: true)
                let spaced = try skipWhitespace()
                if let quote = try peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard spaced else { throw malformed("expected white space before the notation's system identifier") }
                    try readQuotedLiteral("the notation's system identifier", publicIdentifier: false)
                }
            default:
                throw malformed("expected SYSTEM or PUBLIC in <!NOTATION", line: keywordLine, column: keywordColumn)
            }
            try skipWhitespace()
        }
        try expect(">", "the <!\(keyword) declaration")
    }

    private func requireWhitespace(after what: @autoclosure () -> String) throws(XMLError) {
        guard try skipWhitespace() else { throw malformed("expected white space after \(what())") }
    }

    /// Reads a Name (or, with `token`, an Nmtoken) in a declaration, where `(`, `|`, `,` and
    /// `)` also end one; returns its ASCII bytes as a string, for keywords.
    ///
    /// An attribute's name (`attribute`) may not have a prefix before a part that could not
    /// start a name (`x:-a`): not an XML 1.0 rule but a namespace one, which libxml2 (and so
    /// every tool built on it) enforces here as an error.
    @discardableResult
    private func readDTDName(_ what: @autoclosure () -> String, token: Bool = false, attribute: Bool = false) throws(XMLError) -> String {
        var bytes: [UInt8] = []
        var characters = 0
        var previous: UInt8 = 0
        while let byte = try peek() {
            let (characterLine, characterColumn) = (line, column)
            if byte < 0x80 {
                if characters == 0 && !token && !Self.isASCIINameStart(byte) {
                    if byte == UInt8(ascii: "%") { throw parameterEntityRefusal(line: characterLine, column: characterColumn) }
                    if Self.isASCIINameChar(byte) {
                        throw malformed("a name cannot start with '\(Character(Unicode.Scalar(byte)))' (in \(what()))")
                    }
                    break
                }
                guard Self.isASCIINameChar(byte) else { break }
                if attribute && previous == UInt8(ascii: ":") && !Self.isASCIINameStart(byte) {
                    throw malformed("the attribute name in <!ATTLIST has a prefix but no name after it")
                }
                advance()
                previous = byte
                if bytes.count < 16 { bytes.append(byte) }
            } else {
                let scalar = try takeCharacter(what())
                previous = 0x80
                guard characters == 0 && !token ? Self.isNameStart(scalar) : Self.isNameChar(scalar) else {
                    throw malformed(
                        "U+\(String(scalar, radix: 16, uppercase: true)) is not allowed in a name (in \(what()))",
                        line: characterLine, column: characterColumn)
                }
            }
            characters += 1
            if characters > limits.maxNameBytes { throw malformed("a name longer than \(limits.maxNameBytes) characters in \(what())") }
        }
        guard characters > 0 else { throw malformed("expected a name in \(what())") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// contentspec: `EMPTY`, `ANY`, mixed content or an element content model.
    private func readContentSpec() throws(XMLError) {
        guard try peek() == UInt8(ascii: "(") else {
            let (keywordLine, keywordColumn) = (line, column)
            let keyword = try readDTDName("the <!ELEMENT declaration")
            guard keyword == "EMPTY" || keyword == "ANY" else {
                throw malformed("expected EMPTY, ANY or a content model in <!ELEMENT", line: keywordLine, column: keywordColumn)
            }
            return
        }
        advance()
        try skipWhitespace()
        guard try peek() == UInt8(ascii: "#") else {
            try readContentParticles(depth: 1)
            return
        }
        advance()
        let (keywordLine, keywordColumn) = (line, column)
        guard try readDTDName("the <!ELEMENT declaration") == "PCDATA" else {
            throw malformed("expected #PCDATA in <!ELEMENT", line: keywordLine, column: keywordColumn)
        }
        var names = 0
        while true {
            try skipWhitespace()
            let (separatorLine, separatorColumn) = (line, column)
            switch try take("the <!ELEMENT declaration") {
            case UInt8(ascii: "|"):
                try skipWhitespace()
                try readDTDName("the <!ELEMENT declaration")
                names += 1
            case UInt8(ascii: ")"):
                if names > 0 {
                    try expect("*", "mixed content in <!ELEMENT")
                } else if try peek() == UInt8(ascii: "*") {
                    advance()
                }
                return
            default:
                throw malformed("expected | or ) in the mixed content of <!ELEMENT", line: separatorLine, column: separatorColumn)
            }
        }
    }

    /// A choice or sequence after its `(`, up to its `)` and occurrence mark; nested
    /// groups deeper than the element limit are refused (each is a recursion).
    private func readContentParticles(depth: Int) throws(XMLError) {
        guard depth <= limits.maxDepth else { throw malformed("a content model nested deeper than \(limits.maxDepth) levels") }
        var separator: UInt8?
        while true {
            try skipWhitespace()
            if try peek() == UInt8(ascii: "(") {
                advance()
                try readContentParticles(depth: depth + 1)
            } else {
                try readDTDName("the <!ELEMENT declaration")
                try readOccurrence()
            }
            try skipWhitespace()
            let (separatorLine, separatorColumn) = (line, column)
            let byte = try take("the <!ELEMENT declaration")
            if byte == UInt8(ascii: ")") { break }
            guard byte == UInt8(ascii: "|") || byte == UInt8(ascii: ","), separator == nil || separator == byte else {
                throw malformed(
                    "expected one of | and , (not both) or ) in the content model of <!ELEMENT",
                    line: separatorLine, column: separatorColumn)
            }
            separator = byte
        }
        try readOccurrence()
    }

    private func readOccurrence() throws(XMLError) {
        if let byte = try peek(), byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            advance()
        }
    }

    /// AttDef*: each a name, a type and a default, after white space.
    private func readAttributeDefinitions() throws(XMLError) {
        while true {
            let spaced = try skipWhitespace()
            if try peek() == UInt8(ascii: ">") { return }
            guard spaced else { throw malformed("expected white space before an attribute definition in <!ATTLIST") }
            try readDTDName("the <!ATTLIST declaration", attribute: true)
            try requireWhitespace(after: "the attribute's name in <!ATTLIST")
            if try peek() == UInt8(ascii: "(") {
                try readEnumeration(token: true)
            } else {
                let (typeLine, typeColumn) = (line, column)
                switch try readDTDName("the <!ATTLIST declaration") {
                case "CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS":
                    break
                case "NOTATION":
                    try requireWhitespace(after: "NOTATION in <!ATTLIST")
                    guard try peek() == UInt8(ascii: "(") else { throw malformed("expected ( after NOTATION in <!ATTLIST") }
                    try readEnumeration(token: false)
                default:
                    throw malformed("not an attribute type in <!ATTLIST", line: typeLine, column: typeColumn)
                }
            }
            try requireWhitespace(after: "the attribute's type in <!ATTLIST")
            if try peek() == UInt8(ascii: "#") {
                advance()
                let (keywordLine, keywordColumn) = (line, column)
                switch try readDTDName("the <!ATTLIST declaration") {
                case "REQUIRED", "IMPLIED":
                    continue
                case "FIXED":
                    try requireWhitespace(after: "#FIXED in <!ATTLIST")
                default:
                    throw malformed("expected #REQUIRED, #IMPLIED or #FIXED in <!ATTLIST", line: keywordLine, column: keywordColumn)
                }
            }
            try readDefaultValue()
        }
    }

    /// `( name | name ... )` after white space, at its `(`.
    private func readEnumeration(token: Bool) throws(XMLError) {
        advance()
        while true {
            try skipWhitespace()
            try readDTDName("an enumeration in <!ATTLIST", token: token)
            try skipWhitespace()
            let (separatorLine, separatorColumn) = (line, column)
            let byte = try take("an enumeration in <!ATTLIST")
            if byte == UInt8(ascii: ")") { return }
            guard byte == UInt8(ascii: "|") else {
                throw malformed("expected | or ) in an enumeration in <!ATTLIST", line: separatorLine, column: separatorColumn)
            }
        }
    }

    /// An attribute's default value: quoted, no `<`, references only as XML writes them.
    private func readDefaultValue() throws(XMLError) {
        let (quoteLine, quoteColumn) = (line, column)
        let quote = try take("a default value in <!ATTLIST")
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed("expected a quoted default value in <!ATTLIST", line: quoteLine, column: quoteColumn)
        }
        var ignored: [UInt8] = []
        while true {
            let (characterLine, characterColumn) = (line, column)
            let character = try takeCharacter("a default value in <!ATTLIST")
            if character == UInt32(quote) { return }
            if character == 0x3C {
                throw malformed("'<' in a default value in <!ATTLIST (write &lt;)", line: characterLine, column: characterColumn)
            }
            if character == 0x26 {
                ignored.removeAll(keepingCapacity: true)
                try readReference(into: &ignored)
            }
        }
    }
}
