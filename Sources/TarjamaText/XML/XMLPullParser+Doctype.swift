extension XMLPullParser {
    /// Reads the DOCTYPE after `<!DOCTYPE`: the root's name, an optional external identifier
    /// (never loaded) and an optional internal subset, which may hold element, attribute-list
    /// and notation declarations, comments and processing instructions, but no entity.
    func readDoctype() throws(XMLError) {
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
    func readLiteral(_ what: @autoclosure () -> String, publicIdentifier: Bool) throws(XMLError) {
        guard try skipWhitespace() else { throw malformed("expected white space before \(what())") }
        try readQuotedLiteral(what(), publicIdentifier: publicIdentifier)
    }

    /// Reads a quoted literal (``readLiteral(_:publicIdentifier:)`` without the white space).
    func readQuotedLiteral(_ what: @autoclosure () -> String, publicIdentifier: Bool) throws(XMLError) {
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
                throw malformed(
                    "\(what()) may hold only letters, digits, white space and -'()+,./:=?;!*#@$_%",
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
    /// entities are refused as unsafe; the other declarations are checked by their grammar
    /// (``readDeclaration(_:)``) and otherwise ignored.
    private func readInternalSubset() throws(XMLError) {
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
                    try readDeclaration(keyword)
                    continue
                default:
                    throw malformed("<!\(keyword) is not a declaration XML knows", line: startLine, column: startColumn)
                }
            default:
                break
            }
            throw malformed(
                "expected a declaration, a comment or ] in the DOCTYPE's internal subset",
                line: startLine, column: startColumn)
        }
    }

    func parameterEntityRefusal(line: Int, column: Int) -> XMLError {
        .unsafe(file: path, line: line, column: column, reason: "parameter entities in the DOCTYPE are not accepted in exchange files")
    }

    /// Reads the rest of an entity declaration to say which kind it is.
    private func entityRefusal() throws(XMLError) -> String {
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
