extension XMLPullParser {
    /// Reads the DOCTYPE after `<!DOCTYPE`: the root's name, an optional external identifier
    /// (never loaded) and an optional internal subset, which may hold element, attribute-list
    /// and notation declarations, comments and processing instructions, but no entity.
    func readDoctype() throws(FormatError) {
        guard try skipWhitespace() else { throw malformed("expected white space after <!DOCTYPE") }
        _ = try readName("the DOCTYPE")
        let spaced = try skipWhitespace()
        guard let byte = try peek() else { throw truncatedHere("the DOCTYPE is cut off") }
        if byte == UInt8(ascii: "S") || byte == UInt8(ascii: "P") {
            guard spaced else { throw malformed("expected white space before SYSTEM or PUBLIC in the DOCTYPE") }
            let (keywordLine, keywordColumn) = (line, column)
            switch try readName("the DOCTYPE") {
            case "SYSTEM":
                try readLiteral("the DOCTYPE's system identifier", publicIdentifier: false)
            case "PUBLIC":
                try readLiteral("the DOCTYPE's public identifier", publicIdentifier: true)
                try readLiteral("the DOCTYPE's system identifier", publicIdentifier: false)
            default:
                throw malformed("expected SYSTEM or PUBLIC in the DOCTYPE", line: keywordLine, column: keywordColumn)
            }
            try skipWhitespace()
        }
        if try peek() == UInt8(ascii: "[") {
            advance()
            try readInternalSubset()
            try skipWhitespace()
        }
        try expect(">", "the DOCTYPE")
    }

    /// Reads white space and a quoted literal: a system identifier (any characters), or a
    /// public identifier (PubidChar only).
    private func readLiteral(_ what: @autoclosure () -> String, publicIdentifier: Bool) throws(FormatError) {
        guard try skipWhitespace() else { throw malformed("expected white space before \(what())") }
        let (quoteLine, quoteColumn) = (line, column)
        let quote = try take(what())
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed("\(what()) must be quoted", line: quoteLine, column: quoteColumn)
        }
        while true {
            let (characterLine, characterColumn) = (line, column)
            let character = try takeCharacter(what())
            if character == UInt32(quote) { return }
            if publicIdentifier && !Self.isPublicIdentifierCharacter(character) {
                throw malformed("\(what()) may hold only letters, digits, white space and -'()+,./:=?;!*#@$_%",
                                line: characterLine, column: characterColumn)
            }
        }
    }

    /// PubidChar.
    private static func isPublicIdentifierCharacter(_ character: UInt32) -> Bool {
        switch character {
        case 0x20, 0x0D, 0x0A, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case _ where character < 0x80: "-'()+,./:=?;!*#@$_%".utf8.contains(UInt8(truncatingIfNeeded: character))
        default: false
        }
    }

    /// Reads the internal subset after `[`, up to its `]`. Entity declarations and parameter
    /// entities are refused as unsafe; the other declarations are skipped (quoted literals as
    /// a whole, so a `>` inside one does not end them).
    private func readInternalSubset() throws(FormatError) {
        while true {
            try skipWhitespace()
            let (startLine, startColumn) = (line, column)
            switch try take("the DOCTYPE's internal subset") {
            case UInt8(ascii: "]"):
                return
            case UInt8(ascii: "%"):
                throw parameterEntityRefusal(line: startLine, column: startColumn)
            case UInt8(ascii: "<"):
                let next = try take("the DOCTYPE's internal subset")
                if next == UInt8(ascii: "?") {
                    try readProcessingInstruction()
                    continue
                }
                guard next == UInt8(ascii: "!") else { break }
                if try peek() == UInt8(ascii: "-") {
                    try expect("--", "a comment")
                    try readComment()
                    continue
                }
                let keyword = try readName("a declaration in the DOCTYPE")
                switch keyword {
                case "ENTITY":
                    throw .unsafe(file: path, line: startLine, column: startColumn, reason: try entityRefusal())
                case "ELEMENT", "ATTLIST", "NOTATION":
                    try skipDeclaration(keyword)
                    continue
                default:
                    throw malformed("<!\(keyword) is not a declaration XML knows", line: startLine, column: startColumn)
                }
            default:
                break
            }
            throw malformed("expected a declaration, a comment or ] in the DOCTYPE's internal subset",
                            line: startLine, column: startColumn)
        }
    }

    /// Skips an element, attribute-list or notation declaration after its keyword.
    private func skipDeclaration(_ keyword: String) throws(FormatError) {
        guard try skipWhitespace() else { throw malformed("expected white space after <!\(keyword)") }
        _ = try readName("the <!\(keyword) declaration")
        while true {
            let (characterLine, characterColumn) = (line, column)
            switch try takeCharacter("the <!\(keyword) declaration") {
            case 0x3E:  // >
                return
            case let quote where quote == 0x22 || quote == 0x27:
                while try takeCharacter("a quoted value in the <!\(keyword) declaration") != quote {}
            case 0x25:  // %
                throw parameterEntityRefusal(line: characterLine, column: characterColumn)
            case 0x3C:  // <
                throw malformed("'<' inside the <!\(keyword) declaration", line: characterLine, column: characterColumn)
            default:
                continue
            }
        }
    }

    private func parameterEntityRefusal(line: Int, column: Int) -> FormatError {
        .unsafe(file: path, line: line, column: column, reason: "parameter entities in the DOCTYPE are not accepted in exchange files")
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
