import TarjamaText

extension TMXReader {
    /// The TMX elements that are inline codes with content of their own.
    static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

    /// Reads a `<seg>` whose start tag was just read: text with each inline code as its
    /// placeholder, and the codes. `bpt` and `ept` pair by their `i`; an `ept` without its `bpt`
    /// stands alone; `<hi>` becomes a pair around its text.
    func readSegment() throws(FormatError) -> (text: String, codes: [InlineCode]) {
        var text = ""
        var codes: [InlineCode] = []
        var pairs: [String: Int] = [:]
        var highlights: [Int] = []
        var nextId = 1
        while let token = try FormatError.catching({ () throws(XMLError) in try parser.nextToken() }) {
            switch token {
            case .text: append(parser.takeTokenText(), to: &text)
            case .start:
                let name = parser.tokenName
                var attributes: [MarkupAttribute] = []
                parser.forEachAttribute { attributes.append(MarkupAttribute(name: $0, value: $1)) }
                let id = nextId
                var code: InlineCode
                if Self.codeElements.contains(name) {
                    let content = try readCodeContent(of: name)
                    let pairKey = attributes.first { $0.name == "i" }?.value
                    switch name {
                    case "bpt":
                        code = InlineCode(id: id, role: .opening, element: name, attributes: attributes, content: content)
                        if let pairKey { pairs[pairKey] = id }
                    case "ept":
                        if let pairKey, let opening = pairs.removeValue(forKey: pairKey) {
                            code = InlineCode(id: opening, role: .closing, element: name, attributes: attributes, content: content)
                        } else {
                            code = InlineCode(id: id, role: .standalone, element: name, attributes: attributes, content: content)
                        }
                    default:
                        code = InlineCode(id: id, role: .standalone, element: name, attributes: attributes, content: content)
                    }
                } else {
                    // <hi> (and anything else in a <seg>) wraps text: a pair around it.
                    code = InlineCode(id: id, role: .opening, element: name, attributes: attributes)
                    highlights.append(id)
                }
                if code.id == nextId { nextId += 1 }
                text += code.placeholder
                codes.append(code)
            case .end:
                if parser.tokenName == "seg" { return (text, codes) }
                if let id = highlights.popLast() {
                    let code = InlineCode(id: id, role: .closing, element: parser.tokenName)
                    text += code.placeholder
                    codes.append(code)
                }
            }
        }
        throw parser.formatError("the file ends inside <seg>")
    }

    /// The content of the code element just opened, as XML (text escaped, `<sub>` and other
    /// elements written back as tags), up to its end tag.
    private func readCodeContent(of element: String) throws(FormatError) -> String {
        var content = ""
        var depth = 0
        while let token = try FormatError.catching({ () throws(XMLError) in try parser.nextToken() }) {
            switch token {
            case .text: XMLEscaping.append(parser.takeTokenText(), to: &content)
            case .start:
                depth += 1
                content += "<" + parser.tokenName
                parser.forEachAttribute { name, value in
                    content += " \(name)=\""
                    XMLEscaping.append(value, to: &content, attribute: true)
                    content += "\""
                }
                content += ">"
            case .end:
                if depth == 0 { return content }
                depth -= 1
                content += "</\(parser.tokenName)>"
            }
        }
        throw parser.formatError("the file ends inside <\(element)>")
    }
}
