extension XMLPullParser {
    /// Reads after `<?`: the XML declaration (checked) or a processing instruction (checked
    /// and skipped).
    func readProcessingInstruction() throws(XMLError) {
        let isFirst = consumedBefore + position == 2
        let target = try readName("a processing instruction")
        if target.lowercased() == "xml" {
            guard isFirst, target == "xml" else {
                throw malformed(
                    "the XML declaration must come first, and no processing instruction may be called \(target)",
                    line: eventLine, column: eventColumn)
            }
            try readXMLDeclaration()
            return
        }
        // After the target: `?>`, or white space and then anything up to `?>`.
        if try !skipWhitespace() {
            let (startLine, startColumn) = (line, column)
            guard try take("the processing instruction <?\(target)") == UInt8(ascii: "?"),
                try take("the processing instruction <?\(target)") == UInt8(ascii: ">")
            else {
                throw malformed(
                    "expected white space or ?> after the target of the processing instruction <?\(target)",
                    line: startLine, column: startColumn)
            }
            return
        }
        while true {
            let character = try takeCharacter("the processing instruction <?\(target)")
            if character == 0x3F, try peek() == UInt8(ascii: ">") {
                advance()
                return
            }
        }
    }

    /// Reads the XML declaration after `<?xml`: `version`, then optionally `encoding` and
    /// `standalone`, in that order, each after white space.
    private func readXMLDeclaration() throws(XMLError) {
        var settings = ["version", "encoding", "standalone"][...]
        while true {
            let spaced = try skipWhitespace()
            guard let byte = try peek() else { throw truncatedHere("the XML declaration is cut off") }
            if byte == UInt8(ascii: "?") {
                guard settings.first != "version" else {
                    throw malformed("the XML declaration must start with version=\"1.0\"")
                }
                advance()
                try expect(">", "the XML declaration")
                return
            }
            guard spaced else { throw malformed("expected white space before each setting of the XML declaration") }
            let (nameLine, nameColumn) = (line, column)
            let name = try readName("the XML declaration")
            guard let index = settings.firstIndex(of: name), name == "version" || settings.first != "version" else {
                throw malformed(
                    settings.first == "version"
                        ? "the XML declaration must start with version=\"1.0\""
                        : "\(name) is not a setting of the XML declaration (version, encoding, standalone, in that order)",
                    line: nameLine, column: nameColumn)
            }
            settings = settings[(index + 1)...]
            try expect(afterWhitespace: "=", "the XML declaration's \(name)")
            try skipWhitespace()
            let (valueLine, valueColumn) = (line, column)
            let value = try readDeclarationValue(name)
            switch name {
            case "version":
                guard value.hasPrefix("1.") else {
                    throw malformed("XML version \(value) is not supported", line: eventLine, column: eventColumn)
                }
                guard value.utf8.count > 2, value.utf8.dropFirst(2).allSatisfy({ (0x30...0x39).contains($0) }) else {
                    throw malformed(
                        "the XML declaration's version is not a version number such as 1.0", line: valueLine, column: valueColumn)
                }
            case "encoding":
                try checkDeclaredEncoding(value, line: valueLine, column: valueColumn)
            default:
                guard value == "yes" || value == "no" else {
                    throw malformed("the XML declaration's standalone must be yes or no", line: valueLine, column: valueColumn)
                }
            }
        }
    }

    /// The quoted value of a setting of the XML declaration: ASCII, no references, short.
    private func readDeclarationValue(_ name: String) throws(XMLError) -> String {
        let (quoteLine, quoteColumn) = (line, column)
        let quote = try take("the XML declaration's \(name)")
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed("the value of \(name) in the XML declaration must be quoted", line: quoteLine, column: quoteColumn)
        }
        var bytes: [UInt8] = []
        while true {
            let byte = try take("the XML declaration's \(name)")
            if byte == quote { break }
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"), bytes.count < 64 else {
                throw malformed("the value of \(name) in the XML declaration is not valid", line: quoteLine, column: quoteColumn + 1)
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Refuses an encoding name that is not one (EncName) or that this reader does not read.
    private func checkDeclaredEncoding(_ value: String, line: Int, column: Int) throws(XMLError) {
        let bytes = Array(value.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = bytes.first, isLetter(first),
            bytes.allSatisfy({
                isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
            })
        else {
            throw malformed("the XML declaration's encoding is not an encoding name such as UTF-8", line: line, column: column)
        }
        let declared = value.lowercased()
        let utf16 = source.encoding != .utf8
        let accepted = utf16 ? ["utf-16", "utf-16le", "utf-16be", "ucs-2"] : ["utf-8", "utf8", "us-ascii", "ascii"]
        guard accepted.contains(declared) else {
            throw .malformed(
                file: path, line: eventLine, column: eventColumn,
                reason: "encoding \(declared) is not supported\(utf16 ? " in a UTF-16 file" : ""); save the file as UTF-8")
        }
    }

    /// Reads after `<!`: a comment (nil), a CDATA section (its text) or the DOCTYPE (nil).
    func readMarkupDeclaration() throws(XMLError) -> String? {
        guard let byte = try peek() else { throw truncatedHere("a declaration is cut off") }
        if byte == UInt8(ascii: "-") {
            try expect("--", "a comment")
            try readComment()
            return nil
        }
        if byte == UInt8(ascii: "[") {
            try expect("[CDATA[", "a CDATA section")
            guard !state.pointee.open.isEmpty else {
                throw malformed("a CDATA section outside the root element", line: eventLine, column: eventColumn)
            }
            state.pointee.scratch.removeAll(keepingCapacity: true)
            var sawCR = false
            while true {
                let byte = try take("a CDATA section")
                if byte == 0x0D { sawCR = true } else { try checkCharacter(byte) }
                state.pointee.scratch.append(byte)
                let count = state.pointee.scratch.count
                if count >= 3 && state.pointee.scratch[count - 1] == 0x3E && state.pointee.scratch[count - 2] == 0x5D
                    && state.pointee.scratch[count - 3] == 0x5D
                {
                    state.pointee.scratch.removeLast(3)
                    return try finishText(sawCR: sawCR)
                }
                if count > limits.maxTextBytes { throw malformed("a CDATA section longer than \(limits.maxTextBytes) bytes") }
            }
        }
        try expect("DOCTYPE", "a declaration")
        guard !sawRoot else { throw malformed("DOCTYPE after the root element", line: eventLine, column: eventColumn) }
        guard !state.pointee.sawDoctype else { throw malformed("a second DOCTYPE", line: eventLine, column: eventColumn) }
        state.pointee.sawDoctype = true
        try readDoctype()
        return nil
    }

    /// Reads a comment after `<!--`: characters XML allows, and no `--` before the `-->`.
    func readComment() throws(XMLError) {
        while true {
            guard try takeCharacter("a comment") == 0x2D else { continue }
            let (dashLine, dashColumn) = (line, column - 1)
            guard try takeCharacter("a comment") == 0x2D else { continue }
            guard try takeCharacter("a comment") == 0x3E else {
                throw malformed("'--' is not allowed inside a comment", line: dashLine, column: dashColumn)
            }
            return
        }
    }

    /// Consumes one character, a whole UTF-8 sequence, and returns its scalar value; refuses
    /// invalid UTF-8 and characters XML does not allow. For markup read a character at a time
    /// (comments, processing instructions, the DOCTYPE), whose bytes make no string that would
    /// check them.
    func takeCharacter(_ what: @autoclosure () -> String) throws(XMLError) -> UInt32 {
        let (startLine, startColumn) = (line, column)
        let first = try take(what())
        if first < 0x80 {
            if first < 0x20 && first != 0x09 && first != 0x0A && first != 0x0D {
                throw malformed(
                    "control character U+\(String(first, radix: 16, uppercase: true)) is not allowed in XML",
                    line: startLine, column: startColumn)
            }
            return UInt32(first)
        }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: throw .invalidUTF8(file: path, line: startLine, column: startColumn)
        }
        for _ in 1..<length {
            guard let next = try peek(), next & 0xC0 == 0x80 else { throw .invalidUTF8(file: path, line: startLine, column: startColumn) }
            advance()
            value = value << 6 | UInt32(next & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
            throw .invalidUTF8(file: path, line: startLine, column: startColumn)
        }
        guard value != 0xFFFE && value != 0xFFFF else {
            throw malformed("the noncharacter U+FFFE or U+FFFF is not allowed in XML", line: startLine, column: startColumn)
        }
        return value
    }
}
