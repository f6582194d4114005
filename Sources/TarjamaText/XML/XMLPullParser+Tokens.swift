extension XMLPullParser {
    /// The element name of the last `start` or `end` token.
    package var tokenName: String { state.pointee.tokenName }
    /// The character data of the last `text` token, moved out of the parser (which then
    /// holds an empty string): the reader that keeps the text pays no extra reference count.
    package func takeTokenText() -> String {
        var text = ""
        swap(&text, &state.pointee.tokenText)
        return text
    }

    /// The attributes of the last `start` token.
    package var tokenAttributes: [XMLAttribute] { Array(state.pointee.attributes[..<state.pointee.attributeCount]) }

    /// The value of the last start tag's attribute called `name`.
    package func attribute(_ name: String) -> String? {
        var index = 0
        while index < state.pointee.attributeCount {
            if state.pointee.attributes[index].name == name { return state.pointee.attributes[index].value }
            index += 1
        }
        return nil
    }

    /// Calls `body` with each attribute of the last start tag, in order.
    @inline(__always) package func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) {
        var index = 0
        while index < state.pointee.attributeCount {
            body(state.pointee.attributes[index].name, state.pointee.attributes[index].value)
            index += 1
        }
    }

    /// The next token, or nil once the root element has closed and the file ended cleanly:
    /// ``next()`` without the event.
    package func nextToken() throws(XMLError) -> XMLToken? {
        if let name = pendingEnd {
            pendingEnd = nil
            closeElement()
            state.pointee.tokenName = name
            return .end
        }
        while true {
            state.pointee.eventLine = line
            state.pointee.eventColumn = column
            guard let byte = try peek() else {
                if let open = state.pointee.open.last {
                    throw .truncated(
                        file: path, line: line, column: column,
                        reason: "element <\(open.name)> opened at line \(open.line) is not closed")
                }
                guard sawRoot else { throw .truncated(file: path, line: line, column: column, reason: "no root element") }
                return nil
            }
            if byte != UInt8(ascii: "<") {
                let text = try readText()
                if state.pointee.open.isEmpty {
                    guard text.utf8.allSatisfy(Self.isWhitespace) else {
                        throw malformed("text outside the root element", line: eventLine, column: eventColumn)
                    }
                    continue
                }
                state.pointee.tokenText = text
                return .text
            }
            advance()
            guard let second = try peek() else { throw truncatedHere("a tag is cut off") }
            switch second {
            case UInt8(ascii: "/"):
                advance()
                state.pointee.tokenName = try readEndTag()
                return .end
            case UInt8(ascii: "?"):
                advance()
                try readProcessingInstruction()
            case UInt8(ascii: "!"):
                advance()
                if let text = try readMarkupDeclaration() {
                    state.pointee.tokenText = text
                    return .text
                }
            default:
                try readStartTag()
                return .start
            }
        }
    }

    /// The next token other than white space between elements, for element-only content
    /// (TMX's `<body>` and `<tu>`): white space is skipped without making a string, and other
    /// text is refused with `reason` at its line and column.
    package func nextElementToken(refusingTextWith reason: @autoclosure () -> String) throws(XMLError) -> XMLToken? {
        while true {
            if pendingEnd == nil && !state.pointee.open.isEmpty { try skipWhitespace() }
            guard let token = try nextToken() else { return nil }
            guard token == .text else { return token }
            guard state.pointee.tokenText.utf8.allSatisfy(Self.isWhitespace) else { throw structureError(reason()) }
        }
    }

    /// ``nextElementToken(refusingTextWith:)`` as an event.
    package func nextElementEvent(refusingTextWith reason: @autoclosure () -> String) throws(XMLError) -> XMLEvent? {
        event(for: try nextElementToken(refusingTextWith: reason()))
    }

    /// The event of `token`, just read.
    func event(for token: XMLToken?) -> XMLEvent? {
        switch token {
        case .start?: .start(name: state.pointee.tokenName, attributes: tokenAttributes)
        case .end?: .end(name: state.pointee.tokenName)
        case .text?: .text(state.pointee.tokenText)
        case nil: nil
        }
    }
}
