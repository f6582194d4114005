extension XLIFFWriter {
    /// Appends segment text with its codes as XLIFF inline elements, by role: XLIFF 2.1 `sc`/`ec`
    /// for a pair, `ph` alone, `isolated="yes"` for a half whose other half is missing, each
    /// pointing at its markup in `originalData` (``appendOriginalData(_:to:removed:)``); XLIFF 1.2
    /// `bpt`/`ept`, `ph` and `it` with the markup as content, or the 1.2 element the code was
    /// read as (`x`, `bx`, `ex`). `side` (`s` or `t`) keeps source and target data ids apart.
    func appendContent(_ text: String, codes: [InlineCode], side: String, to output: inout String) -> Int {
        guard !codes.isEmpty else { return XMLEscaping.append(text, to: &output) }
        let parts = InlinePart.parts(of: text, codes: codes)
        var openings: Set<Int> = [], closings: Set<Int> = []
        for case let .code(code) in parts {
            if code.role == .opening { openings.insert(code.id) }
            if code.role == .closing { closings.insert(code.id) }
        }
        var removed = 0
        for part in parts {
            switch part {
            case let .text(run): removed += XMLEscaping.append(run, to: &output)
            case let .code(code):
                let paired = openings.contains(code.id) && closings.contains(code.id)
                let id = String(code.id)
                switch version {
                case .v2_1:
                    let data = code.content.isEmpty ? "" : " dataRef=\"\(side)\(code.id)\(code.role == .closing ? "e" : "")\""
                    switch code.role {
                    case .opening: output += "<sc id=\"\(id)\"\(data)\(paired ? "" : " isolated=\"yes\"")/>"
                    case .closing: output += paired ? "<ec startRef=\"\(id)\"\(data)/>" : "<ec id=\"\(id)\"\(data) isolated=\"yes\"/>"
                    case .standalone: output += "<ph id=\"\(id)\"\(data)/>"
                    }
                case .v1_2:
                    if ["x", "bx", "ex"].contains(code.element), code.role != .standalone || code.element == "x" {
                        output += "<\(code.element) id=\"\(id)\"/>"
                        continue
                    }
                    let element: String
                    var attributes = " id=\"\(id)\""
                    switch code.role {
                    case .opening where paired: element = "bpt"
                    case .closing where paired: element = "ept"
                    case .opening, .closing:
                        element = "it"
                        attributes += code.role == .opening ? " pos=\"open\"" : " pos=\"close\""
                    case .standalone: element = "ph"
                    }
                    output += "<\(element)\(attributes)>\(code.content)</\(element)>"
                }
            }
        }
        return removed
    }

    /// The XLIFF 2 `<originalData>` of a record's codes that have markup, nil when none has.
    func originalData(_ record: BilingualRecord) -> String? {
        var data = ""
        for (side, codes) in [("s", record.sourceCodes), ("t", record.targetCodes)] {
            for code in codes where !code.content.isEmpty {
                data += "    <data id=\"\(side)\(code.id)\(code.role == .closing ? "e" : "")\">"
                // <data> holds text only: the markup's own elements (<sub>) are unwrapped.
                data += Self.unwrapped(code.content)
                data += "</data>\n"
            }
        }
        return data.isEmpty ? nil : "  <originalData>\n" + data + "  </originalData>\n"
    }

    /// XML content without its element tags (escaped text stays escaped).
    static func unwrapped(_ content: String) -> String {
        guard content.contains("<") else { return content }
        var result = ""
        var inTag = false
        for character in content {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result
    }
}
