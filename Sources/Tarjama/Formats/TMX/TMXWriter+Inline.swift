extension TMXWriter {
    /// Appends a variant's text with its codes as TMX inline elements. A code read from TMX is
    /// written as it was read; one from XLIFF by its role (`bpt`/`ept`, `ph`). A pair whose other
    /// half is missing becomes an `<it>`, and a `<hi>` that would not nest becomes `bpt`/`ept`,
    /// so the `<seg>` stays valid whatever a translator did to the placeholders.
    static func appendSegment(_ variant: TranslationVariant, to bytes: inout [UInt8]) -> Int {
        let parts = variant.parts
        var openings: Set<Int> = []
        var closings: Set<Int> = []
        // <hi> pairs that nest properly: the only ones that can be written as <hi>.
        var nestedHighlights: Set<Int> = []
        var stack: [Int] = []
        for case let .code(code) in parts {
            switch code.role {
            case .opening:
                openings.insert(code.id)
                if code.element == "hi" { stack.append(code.id) }
            case .closing:
                closings.insert(code.id)
                if code.element == "hi", stack.last == code.id {
                    stack.removeLast()
                    nestedHighlights.insert(code.id)
                }
            case .standalone: break
            }
        }
        var removed = 0
        for part in parts {
            switch part {
            case let .text(run): removed += XMLEscaping.append(run, to: &bytes)
            case let .code(code):
                let paired = openings.contains(code.id) && closings.contains(code.id)
                switch code.role {
                case .opening where nestedHighlights.contains(code.id):
                    bytes.append(literal: "<hi")
                    removed += appendAttributes(code.attributes, of: "hi", to: &bytes)
                    bytes.append(literal: ">")
                case .closing where nestedHighlights.contains(code.id):
                    bytes.append(literal: "</hi>")
                case .opening where paired:
                    removed += appendCode("bpt", code, keeping: code.element == "bpt", extra: [("i", String(code.id))], to: &bytes)
                case .closing where paired:
                    removed += appendCode("ept", code, keeping: code.element == "ept", extra: [("i", String(code.id))], to: &bytes)
                case .opening, .closing:
                    let position = code.role == .opening ? "begin" : "end"
                    removed += appendCode("it", code, keeping: code.element == "it", extra: [("pos", position)], to: &bytes)
                case .standalone where code.element == "bpt" || code.element == "ept":
                    // Half of a pair read without its other half: TMX's isolated code.
                    removed += appendCode("it", code, keeping: false, extra: [("pos", code.element == "bpt" ? "begin" : "end")], to: &bytes)
                case .standalone:
                    let element = ["ph", "it", "ut"].contains(code.element) ? code.element : "ph"
                    let extra = element == "it" ? [("pos", "begin")] : []
                    removed += appendCode(element, code, keeping: element == code.element, extra: extra, to: &bytes)
                }
            }
        }
        return removed
    }

    /// Writes `<element …>content</element>`: the code's own attributes when `keeping` (it was
    /// read as this element), else `extra` (what the DTD requires).
    private static func appendCode(
        _ element: String, _ code: InlineCode, keeping: Bool, extra: [(String, String)],
        to bytes: inout [UInt8]
    ) -> Int {
        bytes.append(literal: "<")
        bytes.append(contentsOf: element.utf8)
        var removed = 0
        // A code read from XLIFF (it has an id) is written by role, with `x` naming it across
        // variants, as TMX does; one read from TMX as it was.
        let fromTMX = code[attribute: "id"] == nil && code[attribute: "startRef"] == nil
        var extra = extra
        if !(keeping && fromTMX), element != "ept" { extra.append(("x", String(code.id))) }
        if keeping && fromTMX {
            removed += appendAttributes(code.attributes, of: element, to: &bytes)
            for (name, value) in extra where code[attribute: name] == nil {
                removed += appendAttributes([MarkupAttribute(name: name, value: value)], to: &bytes)
            }
        } else {
            removed += appendAttributes(extra.map { MarkupAttribute(name: $0.0, value: $0.1) }, to: &bytes)
        }
        bytes.append(literal: ">")
        // The content is XML already (escaped text and <sub> elements).
        bytes.append(contentsOf: code.content.utf8)
        bytes.append(literal: "</")
        bytes.append(contentsOf: element.utf8)
        bytes.append(literal: ">")
        return removed
    }

    /// The attributes the TMX 1.4b DTD allows on each inline element: a code read from XLIFF
    /// (`ph id="1" dataRef="d1"`) keeps only those.
    static let allowedAttributes: [String: Set<String>] = [
        "bpt": ["i", "x", "type"], "ept": ["i"], "it": ["pos", "x", "type"], "ph": ["x", "assoc", "type"],
        "ut": ["x"], "hi": ["x", "type"],
    ]

    static func appendAttributes(_ attributes: [MarkupAttribute], of element: String = "", to bytes: inout [UInt8]) -> Int {
        var removed = 0
        let allowed = allowedAttributes[element]
        for attribute in attributes where allowed?.contains(attribute.name) ?? true {
            removed += XMLEscaping.appendAttribute(attribute.name, value: attribute.value, to: &bytes)
        }
        return removed
    }
}
