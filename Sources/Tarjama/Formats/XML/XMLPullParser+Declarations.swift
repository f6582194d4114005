extension XMLPullParser {
    /// Reads after `<?`: the XML declaration (checked) or a processing instruction (skipped).
    func readProcessingInstruction() throws(FormatError) {
        let isFirst = consumedBefore + position == 2
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
            try skipWhitespace()
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
    func readMarkupDeclaration() throws(FormatError) -> String? {
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
                if count >= 3 && state.pointee.scratch[count - 1] == 0x3E && state.pointee.scratch[count - 2] == 0x5D && state.pointee.scratch[count - 3] == 0x5D {
                    state.pointee.scratch.removeLast(3)
                    return try finishText(sawCR: sawCR)
                }
                if count > limits.maxTextBytes { throw malformed("a CDATA section longer than \(limits.maxTextBytes) bytes") }
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
        let entity = Array("<!ENTITY".utf8)
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
            if recent.count > entity.count { recent.removeFirst() }
            if recent == entity {
                throw .unsafe(file: path, line: byteLine, column: byteColumn - 7, reason: try entityRefusal())
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
