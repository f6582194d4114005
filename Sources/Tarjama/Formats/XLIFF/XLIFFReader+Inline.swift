import TarjamaText

extension XLIFFReader {
    /// Reads the text of the `<source>` or `<target>` just opened with its inline codes as
    /// placeholders: XLIFF 1.2 `g`, `x`, `bx`, `ex`, `bpt`, `ept`, `ph`, `it` and XLIFF 2 `pc`,
    /// `sc`, `ec`, `ph`. `<g>`/`<pc>` become a pair around their text; `bx`/`ex` pair by `rid`
    /// (else `id`), `bpt`/`ept` by `id`/`rid`, `sc`/`ec` by `id`/`startRef`. An XLIFF 2 code's
    /// `dataRef` content (from `originalData`) becomes its ``InlineCode/content``. `mrk`
    /// annotations keep their text; `cp` is decoded.
    func readInlineContent(originalData: [String: String]) throws(FormatError) -> (text: String, codes: [InlineCode]) {
        let depth = parser.depth
        var text = ""
        var codes: [InlineCode] = []
        var pairs: [String: Int] = [:]
        // Elements open inside the content: a wrapping code's id, or nil for mrk and the like.
        var wrappers: [Int?] = []
        var nextId = 1
        func add(_ code: InlineCode) {
            if code.id == nextId { nextId += 1 }
            text += code.placeholder
            codes.append(code)
        }
        while let event = try FormatError.catching({ () throws(XMLError) in try parser.next() }) {
            switch event {
            case let .text(piece): text += piece
            case let .start(name, attributes):
                let element = String(Self.local(name))
                let kept = attributes.map { MarkupAttribute(name: $0.name, value: $0.value) }
                func content() throws(FormatError) -> String {
                    if let reference = attributes["dataRef"] { return originalData[reference] ?? "" }
                    return ""
                }
                switch element {
                case "g", "pc":
                    let code = InlineCode(id: nextId, role: .opening, element: element, attributes: kept)
                    add(code)
                    wrappers.append(code.id)
                case "mrk":
                    wrappers.append(nil)
                case "cp":
                    if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.unicodeScalars.append(scalar)
                    }
                    try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                case "bpt", "bx", "sc":
                    let key = attributes["rid"] ?? attributes["id"]
                    let isolated = attributes["isolated"] == "yes"
                    let code = InlineCode(
                        id: nextId, role: isolated ? .standalone : .opening, element: element, attributes: kept,
                        content: element == "bpt" ? try readCodeContent() : try content())
                    if element != "bpt" { try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }) }
                    if let key, !isolated { pairs[key] = code.id }
                    add(code)
                case "ept", "ex", "ec":
                    let key = attributes["rid"] ?? attributes["startRef"] ?? attributes["id"]
                    let body = element == "ept" ? try readCodeContent() : try content()
                    if element != "ept" { try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }) }
                    if let key, let opening = pairs.removeValue(forKey: key) {
                        add(InlineCode(id: opening, role: .closing, element: element, attributes: kept, content: body))
                    } else {
                        add(InlineCode(id: nextId, role: .standalone, element: element, attributes: kept, content: body))
                    }
                case "x", "ph", "it":
                    let body = isVersion2 ? try content() : try readCodeContent()
                    if isVersion2 { try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }) }
                    add(InlineCode(id: nextId, role: .standalone, element: element, attributes: kept, content: body))
                default:
                    // Not inline markup XLIFF defines here: its text is kept, the element is not.
                    wrappers.append(nil)
                }
            case .end:
                if parser.depth < depth { return (text, codes) }
                if let wrapper = wrappers.popLast(), let id = wrapper {
                    let element = codes.first { $0.id == id }?.element ?? "g"
                    add(InlineCode(id: id, role: .closing, element: element))
                }
            }
        }
        throw parser.formatError("the file ends inside an element")
    }

    /// The content of the code element just opened (1.2 `bpt`, `ept`, `ph`, `it`, `x`) as XML,
    /// `<sub>` kept as elements, up to its end tag.
    private func readCodeContent() throws(FormatError) -> String {
        let depth = parser.depth
        var content = ""
        while let event = try FormatError.catching({ () throws(XMLError) in try parser.next() }) {
            switch event {
            case let .text(piece): XMLEscaping.append(piece, to: &content)
            case let .start(name, attributes):
                content += "<" + String(Self.local(name))
                for attribute in attributes {
                    content += " \(attribute.name)=\""
                    XMLEscaping.append(attribute.value, to: &content, attribute: true)
                    content += "\""
                }
                content += ">"
            case let .end(name):
                if parser.depth < depth { return content }
                content += "</\(Self.local(name))>"
            }
        }
        throw parser.formatError("the file ends inside an inline code")
    }

    /// An XLIFF 2 unit's `<originalData>`: each `<data>`'s text, escaped as XML, by id.
    func readOriginalData() throws(FormatError) -> [String: String] {
        var data: [String: String] = [:]
        try forEachChild { name, attributes throws(FormatError) in
            guard Self.local(name) == "data", let id = attributes["id"] else {
                try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                return
            }
            data[id] = XMLEscaping.escaped(try readInlineText())
        }
        return data
    }
}
