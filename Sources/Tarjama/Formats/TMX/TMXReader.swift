import Foundation

/// Reads a TMX file (1.1–1.4b) unit by unit in constant memory, over ``XMLPullParser``.
///
/// Strict: a file that is not well-formed XML, has no `<header>` or `<body>`, or ends before
/// `</tmx>` is refused with file, line and column. Units already returned before such an error
/// must be discarded by the caller (the `tarjama tmx` commands write through an atomic writer,
/// so a refused input never leaves an output file).
///
/// The source variant is the one in the unit's `srclang` (or the header's), matched exactly or
/// else by primary language; when that is `*all*` or absent, the first `<tuv>`. The target is
/// the first other variant. Inline codes
/// (`bpt`, `ept`, `it`, `ph`, `ut`) are native markup and dropped; `<hi>` text is kept.
public final class TMXReader {
    /// The file being read.
    public var path: String { parser.path }
    /// The header, read when the reader opens.
    public private(set) var header: TMXHeader
    /// The `version` attribute of `<tmx>`.
    public private(set) var version: String
    /// Number of units returned so far.
    public private(set) var count = 0

    private let parser: XMLPullParser
    private var finished = false
    private var lastDate: (text: String, date: Date?)?

    /// Opens `path` (`-` for standard input) and reads up to the start of the body.
    public init(path: String, limits: XMLLimits = XMLLimits()) throws(FormatError) {
        parser = try XMLPullParser(path: path, limits: limits)
        header = TMXHeader(sourceLanguage: "")
        version = ""
        guard case let .start(root, attributes)? = try nextStructural() else {
            throw parser.structureError("the file has no root element")
        }
        guard root == "tmx" else { throw parser.structureError("the root element is <\(root)>, not <tmx>: is this a TMX file?") }
        version = attributes["version"] ?? ""
        guard case let .start(name, headerAttributes)? = try nextStructural(), name == "header" else {
            throw parser.structureError("<header> must be the first element inside <tmx>")
        }
        header = TMXHeader(sourceLanguage: headerAttributes["srclang"] ?? "",
                           creationTool: headerAttributes["creationtool"] ?? "",
                           creationToolVersion: headerAttributes["creationtoolversion"] ?? "",
                           segmentType: headerAttributes["segtype"] ?? "",
                           originalFormat: headerAttributes["o-tmf"] ?? "",
                           adminLanguage: headerAttributes["adminlang"] ?? "",
                           dataType: headerAttributes["datatype"] ?? "",
                           creationDate: headerAttributes["creationdate"].flatMap(TMXDate.date(from:)))
        while let event = try nextStructural() {
            switch event {
            case .end(name: "header"):
                guard case .start(name: "body", _)? = try nextStructural() else {
                    throw parser.structureError("<body> must follow <header>")
                }
                return
            case .start(name: "note", _): header.notes.append(try readText(of: "note"))
            case let .start(name: "prop", attributes):
                header.properties.append(TranslationProperty(type: attributes["type"] ?? "", value: try readText(of: "prop")))
            case .start: try parser.skipElement()
            default: continue
            }
        }
        throw parser.structureError("the file ends inside <header>")
    }

    /// The next unit, or nil after `</tmx>` closed the file.
    public func read() throws(FormatError) -> TranslationUnit? {
        guard !finished else { return nil }
        while let event = try nextStructural() {
            switch event {
            case let .start(name: "tu", attributes):
                let unit = try readUnit(attributes)
                count += 1
                return unit
            case .start(let name, _):
                throw parser.structureError("unexpected <\(name)> in <body>")
            case .end(name: "body"):
                guard case .end(name: "tmx")? = try nextStructural() else {
                    throw parser.structureError("</tmx> must follow </body>")
                }
                guard try parser.next() == nil else { throw parser.structureError("content after </tmx>") }
                finished = true
                return nil
            default:
                continue
            }
        }
        throw parser.structureError("the file ends inside <body>")
    }

    /// Reads every unit; for files that fit in memory. Nothing is returned unless the whole
    /// file is well-formed.
    public static func readAll(path: String) throws(FormatError) -> (header: TMXHeader, units: [TranslationUnit]) {
        let reader = try TMXReader(path: path)
        var units: [TranslationUnit] = []
        while let unit = try reader.read() { units.append(unit) }
        return (reader.header, units)
    }

    // MARK: Parts

    /// The next event that is not white space between elements (text there is an error).
    private func nextStructural() throws(FormatError) -> XMLEvent? {
        try parser.nextElementEvent(refusingTextWith: "text where only elements are allowed")
    }

    private func readText(of element: String) throws(FormatError) -> String {
        var text = ""
        while let event = try parser.next() {
            switch event {
            case let .text(piece): append(piece, to: &text)
            case .end(name: element): return text
            case .start: try parser.skipElement()
            case .end: break
            }
        }
        throw parser.structureError("the file ends inside <\(element)>")
    }

    private func readUnit(_ attributes: [XMLAttribute]) throws(FormatError) -> TranslationUnit {
        let (unitLine, unitColumn) = (parser.eventLine, parser.eventColumn)
        var variants: [TranslationVariant] = []
        variants.reserveCapacity(2)
        var properties: [TranslationProperty] = []
        var notes: [String] = []
        // Each event's payload is bound once and its name switched on: a pattern per element
        // name copied the event for every case tried.
        while let event = try nextStructural() {
            switch event {
            case let .start(name, elementAttributes):
                switch name {
                case "note": notes.append(try readText(of: "note"))
                case "prop":
                    // Tarjama's units carry several props: grow once, not per prop.
                    if properties.isEmpty { properties.reserveCapacity(4) }
                    properties.append(TranslationProperty(type: elementAttributes["type"] ?? "", value: try readText(of: "prop")))
                case "tuv":
                    guard let language = elementAttributes["xml:lang"] ?? elementAttributes["lang"] else {
                        throw parser.structureError("<tuv> has no xml:lang")
                    }
                    variants.append(TranslationVariant(language: language, text: try readVariantText()))
                default:
                    throw parser.structureError("unexpected <\(name)> in <tu>")
                }
            case let .end(name) where name == "tu":
                guard !variants.isEmpty else {
                    throw .malformed(file: path, line: unitLine, column: unitColumn, reason: "<tu> has no <tuv>")
                }
                return makeUnit(attributes, variants: variants, properties: properties, notes: notes)
            default: continue
            }
        }
        throw parser.structureError("the file ends inside <tu>")
    }

    /// Reads a `<tuv>`'s `<seg>` text, skipping its notes and props.
    private func readVariantText() throws(FormatError) -> String {
        var text: String?
        while let event = try nextStructural() {
            switch event {
            case let .start(name, _):
                if name == "seg" { text = try readSegment() } else { try parser.skipElement() }
            case let .end(name) where name == "tuv":
                guard let text else { throw parser.structureError("<tuv> has no <seg>") }
                return text
            default: continue
            }
        }
        throw parser.structureError("the file ends inside <tuv>")
    }

    private func readSegment() throws(FormatError) -> String {
        var text = ""
        while let event = try parser.next() {
            switch event {
            case let .text(piece): append(piece, to: &text)
            case let .start(name, _): if name != "hi" { try parser.skipElement() }
            case let .end(name): if name == "seg" { return text }
            }
        }
        throw parser.structureError("the file ends inside <seg>")
    }

    private func makeUnit(_ attributes: [XMLAttribute], variants: [TranslationVariant], properties: [TranslationProperty],
                          notes: [String]) -> TranslationUnit {
        let sourceLanguage = attributes["srclang"] ?? header.sourceLanguage
        var sourceIndex = 0
        if sourceLanguage != "*all*" {
            // Exact code first, then the same primary language (`ar` for `ar-SY`), else the first.
            if let index = variants.firstIndex(where: { LanguageCode.equal($0.language, sourceLanguage) }) {
                sourceIndex = index
            } else if let index = variants.firstIndex(where: { LanguageCode.primary($0.language) == LanguageCode.primary(sourceLanguage) }) {
                sourceIndex = index
            }
        }
        let source = variants[sourceIndex]
        // The first other variant in another language, else the first other one at all.
        let targetIndex = variants.indices.first { $0 != sourceIndex && !LanguageCode.equal(variants[$0].language, source.language) }
            ?? variants.indices.first { $0 != sourceIndex }
        let target = targetIndex.map { variants[$0] } ?? TranslationVariant(language: "", text: "")
        // Most units have exactly a source and a target: no array for the rest then.
        let others = variants.count <= 2 ? [] : variants.indices.filter { $0 != sourceIndex && $0 != targetIndex }.map { variants[$0] }
        return TranslationUnit(tuid: attributes["tuid"], source: source, target: target, otherVariants: others,
                               creationDate: attributes["creationdate"].flatMap(date(from:)),
                               changeDate: attributes["changedate"].flatMap(date(from:)),
                               properties: properties, notes: notes)
    }

    /// A unit date; the last one read is kept because a memory's units often share one.
    private func date(from text: String) -> Date? {
        if let last = lastDate, last.text == text { return last.date }
        let date = TMXDate.date(from: text)
        lastDate = (text, date)
        return date
    }

    /// Text arrives in one piece unless it holds references or CDATA: adopt that piece as it is.
    private func append(_ piece: String, to text: inout String) {
        if text.isEmpty { text = piece } else { text += piece }
    }
}
