public import TarjamaText
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
/// the first other variant. Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`, `<hi>`) become the
/// variant's ``InlineCode``s, placeholders in its text (TMXReader+Inline.swift).
public final class TMXReader {
    /// The file being read.
    public var path: String { parser.path }
    /// The header, read when the reader opens.
    public private(set) var header: TMXHeader
    /// The `version` attribute of `<tmx>`.
    public private(set) var version: String
    /// Number of units returned so far.
    public private(set) var count = 0
    /// The language to take as each unit's source (`--source-lang`), found by BCP 47 lookup
    /// (``LanguageTag/lookup(_:in:)``: `fr` selects `fr-CA`, `AR` is `ar`); nil for the unit's
    /// or the header's `srclang`.
    public var preferredSourceLanguage: String?
    /// The language to take as each unit's target (`--target-lang`); a unit without a variant
    /// in it gets an empty target and keeps its variants in ``TranslationUnit/otherVariants``.
    /// Nil for the first variant in another language than the source.
    public var preferredTargetLanguage: String?
    /// Unit dates not in TMX's form read so far: kept as written, never parsed by guess.
    public private(set) var invalidDates = 0

    let parser: XMLPullParser
    private var finished = false
    private var lastDate: (text: String, date: Date?)?

    /// Opens `path` (`-` for standard input) and reads up to the start of the body.
    public convenience init(path: String, limits: XMLLimits = XMLLimits()) throws(FormatError) {
        try self.init(parser: try FormatError.catching({ () throws(XMLError) in try XMLPullParser(path: path, limits: limits) }))
    }

    /// Reads a TMX document already in memory (a request body), up to the start of the body;
    /// errors call it `name`.
    public convenience init(name: String, bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(FormatError) {
        try self.init(parser: XMLPullParser(name: name, bytes: bytes, limits: limits))
    }

    private init(parser: XMLPullParser) throws(FormatError) {
        self.parser = parser
        header = TMXHeader(sourceLanguage: "")
        version = ""
        guard case let .start(root, attributes)? = try nextStructural() else {
            throw parser.formatError("the file has no root element")
        }
        guard root == "tmx" else { throw parser.formatError("the root element is <\(root)>, not <tmx>: is this a TMX file?") }
        version = attributes["version"] ?? ""
        guard case let .start(name, headerAttributes)? = try nextStructural(), name == "header" else {
            throw parser.formatError("<header> must be the first element inside <tmx>")
        }
        header = TMXHeader(
            sourceLanguage: headerAttributes["srclang"] ?? "",
            creationTool: headerAttributes["creationtool"] ?? "",
            creationToolVersion: headerAttributes["creationtoolversion"] ?? "",
            segmentType: headerAttributes["segtype"] ?? "",
            originalFormat: headerAttributes["o-tmf"] ?? "",
            adminLanguage: headerAttributes["adminlang"] ?? "",
            dataType: headerAttributes["datatype"] ?? "",
            creationDate: headerAttributes["creationdate"].flatMap { UTCDate.date(from: $0, .basic) })
        while let event = try nextStructural() {
            switch event {
            case .end(name: "header"):
                guard case .start(name: "body", _)? = try nextStructural() else {
                    throw parser.formatError("<body> must follow <header>")
                }
                return
            case .start(name: "note", _): header.notes.append(try readText(of: "note"))
            case let .start(name: "prop", attributes):
                header.properties.append(TranslationProperty(type: attributes["type"] ?? "", value: try readText(of: "prop")))
            case .start: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
            default: continue
            }
        }
        throw parser.formatError("the file ends inside <header>")
    }

    /// The next unit, or nil after `</tmx>` closed the file.
    public func read() throws(FormatError) -> TranslationUnit? {
        guard !finished else { return nil }
        while let token = try nextStructuralToken() {
            switch token {
            case .start:
                guard parser.tokenName == "tu" else { throw parser.formatError("unexpected <\(parser.tokenName)> in <body>") }
                // Returned as made: holding it in a local to count first cost a copy of the unit.
                count += 1
                let unit = try readUnit()
                // A translation's {1} is its source's {1} (files number codes per segment).
                return unit.hasCodes ? unit.numberingCodesLikeSource() : unit
            case .end where parser.tokenName == "body":
                guard try nextStructuralToken() == .end, parser.tokenName == "tmx" else {
                    throw parser.formatError("</tmx> must follow </body>")
                }
                guard try FormatError.catching({ () throws(XMLError) in try parser.nextToken() }) == nil else {
                    throw parser.formatError("content after </tmx>")
                }
                finished = true
                return nil
            default:
                continue
            }
        }
        throw parser.formatError("the file ends inside <body>")
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
        try FormatError.catching({ () throws(XMLError) in
            try parser.nextElementEvent(refusingTextWith: "text where only elements are allowed")
        })
    }

    /// ``nextStructural()`` as a token, for the body, where every unit passes: the parser
    /// keeps the tag's name and attributes, so no event is built.
    private func nextStructuralToken() throws(FormatError) -> XMLToken? {
        try FormatError.catching({ () throws(XMLError) in
            try parser.nextElementToken(refusingTextWith: "text where only elements are allowed")
        })
    }

    /// The text of the element just opened, its child elements skipped.
    private func readText(of element: String) throws(FormatError) -> String {
        var text = ""
        while let token = try FormatError.catching({ () throws(XMLError) in try parser.nextToken() }) {
            switch token {
            case .text: append(parser.takeTokenText(), to: &text)
            case .end where parser.tokenName == element: return text
            case .start: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
            case .end: break
            }
        }
        throw parser.formatError("the file ends inside <\(element)>")
    }

    /// The unit whose `<tu>` start tag was just read, up to its end tag.
    private func readUnit() throws(FormatError) -> TranslationUnit {
        let (unitLine, unitColumn) = (parser.eventLine, parser.eventColumn)
        // Taken now: the parser reuses its attribute buffer for the next tag.
        // One pass, names told apart by length first (a failed string compare is the slow one).
        var tuid: String?
        var unitSourceLanguage: String?
        var creationText: String?
        var changeText: String?
        var metadata = UnitMetadata()
        parser.forEachAttribute { name, value in
            switch name.utf8.count {
            case 4 where name == "tuid": tuid = value
            case 7 where name == "srclang": unitSourceLanguage = value
            case 12 where name == "creationdate": creationText = value
            case 10 where name == "changedate": changeText = value
            case 10 where name == "creationid": metadata.creationId = value
            case 8 where name == "changeid": metadata.changeId = value
            default: metadata.attributes.append(MarkupAttribute(name: name, value: value))
            }
        }
        let sourceLanguage = unitSourceLanguage ?? header.sourceLanguage
        let creationDate = creationText.flatMap { keptDate($0, named: "creationdate", in: &metadata) }
        let changeDate = changeText.flatMap { keptDate($0, named: "changedate", in: &metadata) }
        // Most units have a source and a target: those two are kept apart from any others,
        // so the usual unit builds no array of variants.
        var first: TranslationVariant?
        var second: TranslationVariant?
        var others: [TranslationVariant] = []
        var properties: [TranslationProperty] = []
        var notes: [String] = []
        while let token = try nextStructuralToken() {
            switch token {
            case .start:
                switch parser.tokenName {
                case "tuv":
                    var language: String?
                    var attributes: [MarkupAttribute] = []
                    parser.forEachAttribute { name, value in
                        if name == "xml:lang" || (name == "lang" && language == nil) {
                            language = value
                        } else {
                            attributes.append(MarkupAttribute(name: name, value: value))
                        }
                    }
                    guard let language else {
                        throw parser.formatError("<tuv> has no xml:lang")
                    }
                    var variantMetadata = VariantMetadata(attributes: attributes)
                    let (text, codes) = try readVariantText(metadata: &variantMetadata)
                    let variant = TranslationVariant(
                        language: language, text: text, codes: codes,
                        metadata: variantMetadata.isEmpty ? nil : variantMetadata)
                    if first == nil { first = variant } else if second == nil { second = variant } else { others.append(variant) }
                case "prop":
                    // Tarjama's units carry several props: grow once, not per prop.
                    if properties.isEmpty { properties.reserveCapacity(4) }
                    let type = parser.attribute("type") ?? ""
                    properties.append(TranslationProperty(type: type, value: try readText(of: "prop")))
                case "note": notes.append(try readText(of: "note"))
                case let name:
                    throw parser.formatError("unexpected <\(name)> in <tu>")
                }
            case .end where parser.tokenName == "tu":
                guard let first else {
                    throw .malformed(file: path, line: unitLine, column: unitColumn, reason: "<tu> has no <tuv>")
                }
                if preferredSourceLanguage != nil || preferredTargetLanguage != nil {
                    let roles = Self.roles(
                        of: [first] + (second.map { [$0] } ?? []) + others,
                        sourceLanguage: preferredSourceLanguage ?? sourceLanguage, targetLanguage: preferredTargetLanguage)
                    return TranslationUnit(
                        tuid: tuid, source: roles.source, target: roles.target, otherVariants: roles.others,
                        creationDate: creationDate, changeDate: changeDate, properties: properties, notes: notes, metadata: metadata)
                }
                guard let second else {
                    return TranslationUnit(
                        tuid: tuid, source: first, target: TranslationVariant(language: "", text: ""),
                        creationDate: creationDate, changeDate: changeDate, properties: properties, notes: notes, metadata: metadata)
                }
                guard others.isEmpty else {
                    let roles = Self.roles(of: [first, second] + others, sourceLanguage: sourceLanguage)
                    return TranslationUnit(
                        tuid: tuid, source: roles.source, target: roles.target, otherVariants: roles.others,
                        creationDate: creationDate, changeDate: changeDate, properties: properties, notes: notes, metadata: metadata)
                }
                // Each case builds the unit itself: a value chosen first and then stored was copied.
                if Self.secondIsSource(first.language, second.language, sourceLanguage: sourceLanguage) {
                    return TranslationUnit(
                        tuid: tuid, source: second, target: first,
                        creationDate: creationDate, changeDate: changeDate, properties: properties, notes: notes, metadata: metadata)
                }
                return TranslationUnit(
                    tuid: tuid, source: first, target: second,
                    creationDate: creationDate, changeDate: changeDate, properties: properties, notes: notes, metadata: metadata)
            default: continue
            }
        }
        throw parser.formatError("the file ends inside <tu>")
    }

    /// Reads a `<tuv>`'s `<seg>` text and codes, its notes and props into `metadata`.
    private func readVariantText(metadata: inout VariantMetadata) throws(FormatError) -> (text: String, codes: [InlineCode]) {
        var text: (text: String, codes: [InlineCode])?
        while let token = try nextStructuralToken() {
            switch token {
            case .start:
                switch parser.tokenName {
                case "seg": text = try readSegment()
                case "note": metadata.notes.append(try readText(of: "note"))
                case "prop":
                    let type = parser.attribute("type") ?? ""
                    metadata.properties.append(TranslationProperty(type: type, value: try readText(of: "prop")))
                default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                }
            case .end where parser.tokenName == "tuv":
                guard let text else { throw parser.formatError("<tuv> has no <seg>") }
                return text
            default: continue
            }
        }
        throw parser.formatError("the file ends inside <tuv>")
    }

    /// A unit's variants in their roles.
    private struct Roles {
        var source: TranslationVariant
        var target: TranslationVariant
        var others: [TranslationVariant]
    }

    /// Whether the second of two variants is the source by ``roles(of:sourceLanguage:)``.
    private static func secondIsSource(_ first: String, _ second: String, sourceLanguage: String) -> Bool {
        if sourceLanguage == "*all*" || LanguageTag.equal(first, sourceLanguage) { return false }
        if LanguageTag.equal(second, sourceLanguage) { return true }
        let primary = LanguageTag.primary(sourceLanguage)
        return LanguageTag.primary(first) != primary && LanguageTag.primary(second) == primary
    }

    /// The source is the variant in `sourceLanguage` by BCP 47 lookup (the same tag, then one
    /// under it, then by primary language), else the first (also for `*all*`). The target is the
    /// variant `targetLanguage` looks up among the others (none: an empty target), or without
    /// one the first other variant in another language, else the first other one at all. The
    /// rest stay in order.
    private static func roles(of variants: [TranslationVariant], sourceLanguage: String, targetLanguage: String? = nil) -> Roles {
        var sourceIndex = 0
        if sourceLanguage != "*all*", let index = LanguageTag.lookup(sourceLanguage, in: variants.map(\.language)) {
            sourceIndex = index
        }
        let source = variants[sourceIndex]
        let targetIndex: Int?
        if let targetLanguage {
            let others = variants.indices.filter { $0 != sourceIndex }
            targetIndex = LanguageTag.lookup(targetLanguage, in: others.map { variants[$0].language }).map { others[$0] }
        } else {
            targetIndex =
                variants.indices.first { $0 != sourceIndex && !LanguageTag.equal(variants[$0].language, source.language) }
                ?? variants.indices.first { $0 != sourceIndex }
        }
        let target = targetIndex.map { variants[$0] } ?? TranslationVariant(language: "", text: "")
        let others = variants.indices.filter { $0 != sourceIndex && $0 != targetIndex }.map { variants[$0] }
        return Roles(source: source, target: target, others: others)
    }

    /// A unit date; one not in TMX's form (`YYYYMMDDThhmmssZ`) is counted in ``invalidDates``
    /// and kept as written among the unit's attributes, so it is reported, not dropped.
    private func keptDate(_ text: String, named name: String, in metadata: inout UnitMetadata) -> Date? {
        if let date = date(from: text) { return date }
        invalidDates += 1
        metadata.attributes.append(MarkupAttribute(name: name, value: text))
        return nil
    }

    /// A unit date; the last one read is kept because a memory's units often share one.
    private func date(from text: String) -> Date? {
        if let last = lastDate, last.text == text { return last.date }
        let date = UTCDate.date(from: text, .basic)
        lastDate = (text, date)
        return date
    }

    /// Text arrives in one piece unless it holds references or CDATA: adopt that piece as it is.
    func append(_ piece: String, to text: inout String) {
        if text.isEmpty { text = piece } else { text += piece }
    }
}
