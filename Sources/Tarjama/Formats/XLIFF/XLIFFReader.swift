public import TarjamaText

/// Reads an XLIFF 2.x or 1.2 file into bilingual records, one segment at a time, in constant
/// memory, over the strict ``XMLPullParser`` (a truncated or malformed file is refused with
/// file, line and column).
///
/// XLIFF 2: each `<segment>` becomes a record; its id is the unit's `name` (what Tarjama
/// writes) or `id`, with `:<segment id or n>` added when a unit has several segments. The
/// state maps to the status, Tarjama's `mda:metadata` group restores status, score, bead and
/// segment ids, and `gls:glossary` entries become suggestions. XLIFF 1.2: each `trans-unit`
/// becomes a record (id from `resname` or `id`; `alt-trans` and other children are skipped;
/// po2xliff's gettext header unit is not a segment). `translate="no"` on a unit is kept
/// (``BilingualRecord/isTranslatable``); 1.2's `approved="yes"` reads as final unless the
/// target state says reviewed (signed-off).
/// Inline codes become the record's `sourceCodes`/`targetCodes`, placeholders in its text
/// (XLIFFReader+Inline.swift); `mrk` text is kept, `cp` decoded.
public final class XLIFFReader {
    /// The file being read.
    public var path: String { parser.path }
    /// The version on the root element (`2.0`, `2.1`, `1.2`).
    public private(set) var version = ""
    public private(set) var sourceLanguage: String?
    public private(set) var targetLanguage: String?

    let parser: XMLPullParser
    private var pending: [BilingualRecord] = []
    private var finished = false
    private(set) var isVersion2 = true

    /// Opens `path` and reads the root element.
    public convenience init(path: String, limits: XMLLimits = XMLLimits()) throws(FormatError) {
        try self.init(parser: try FormatError.catching({ () throws(XMLError) in try XMLPullParser(path: path, limits: limits) }))
    }

    /// Reads an XLIFF document already in memory (a request body); errors call it `name`.
    public convenience init(name: String, bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(FormatError) {
        try self.init(parser: XMLPullParser(name: name, bytes: bytes, limits: limits))
    }

    private init(parser: XMLPullParser) throws(FormatError) {
        self.parser = parser
        guard case let .start(root, attributes)? = try nextElementEvent() else {
            throw parser.formatError("the file has no root element")
        }
        guard Self.local(root) == "xliff" else {
            throw parser.formatError("the root element is <\(root)>, not <xliff>: is this an XLIFF file?")
        }
        version = attributes["version"] ?? ""
        isVersion2 = !version.hasPrefix("1.")
        sourceLanguage = attributes["srcLang"]
        targetLanguage = attributes["trgLang"]
    }

    /// The next record, or nil once `</xliff>` closed the file.
    public func read() throws(FormatError) -> BilingualRecord? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !finished else { return nil }
        while let event = try nextElementEvent() {
            switch event {
            case let .start(name, attributes):
                switch Self.local(name) {
                case "file":
                    if !isVersion2 {
                        sourceLanguage = attributes["source-language"] ?? sourceLanguage
                        targetLanguage = attributes["target-language"] ?? targetLanguage
                    }
                case "group", "body": continue
                case "unit" where isVersion2:
                    pending = try readUnit(attributes)
                    if !pending.isEmpty { return pending.removeFirst() }
                case "trans-unit" where !isVersion2:
                    // po2xliff writes the PO header as a unit; it is metadata, not a segment.
                    if attributes["restype"] == "x-gettext-domain-header" {
                        try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                        continue
                    }
                    return try readTransUnit(attributes)
                default:
                    try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                }
            case .end:
                if parser.depth == 0 {
                    guard try FormatError.catching({ () throws(XMLError) in try parser.next() }) == nil else {
                        throw parser.formatError("content after </xliff>")
                    }
                    finished = true
                    return nil
                }
            case .text: continue
            }
        }
        finished = true
        return nil
    }

    /// Reads every record; nothing is returned unless the whole file is well-formed.
    public static func readAll(path: String) throws(FormatError) -> [BilingualRecord] {
        let reader = try XLIFFReader(path: path)
        var records: [BilingualRecord] = []
        while let record = try reader.read() { records.append(record) }
        return records
    }

    // MARK: XLIFF 2

    private func readUnit(_ attributes: [XMLAttribute]) throws(FormatError) -> [BilingualRecord] {
        let unitId = attributes["name"] ?? attributes["id"] ?? ""
        var segments:
            [(id: String?, state: String?, source: (text: String, codes: [InlineCode]), target: (text: String, codes: [InlineCode])?)] = []
        var metadata: [String: String] = [:]
        var originalData: [String: String] = [:]
        var suggestions: [JSONValue] = []
        try forEachChild { name, childAttributes throws(FormatError) in
            switch Self.local(name) {
            case "segment":
                var source = (text: "", codes: [InlineCode]())
                var target: (text: String, codes: [InlineCode])?
                try forEachChild { inner, _ throws(FormatError) in
                    switch Self.local(inner) {
                    case "source": source = try readInlineContent(originalData: originalData)
                    case "target": target = try readInlineContent(originalData: originalData)
                    default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                    }
                }
                segments.append((childAttributes["id"], childAttributes["state"], source, target))
            case "originalData": originalData = try readOriginalData()
            case "glossary": suggestions += try readGlossary()
            case "metadata": metadata.merge(try readMetadata()) { $1 }
            default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
            }
        }
        return segments.enumerated().map { index, segment in
            let id = segments.count == 1 ? unitId : "\(unitId):\(segment.id ?? String(index + 1))"
            var record = BilingualRecord(
                id: id, source: segment.source.text, target: segment.target?.text ?? "",
                sourceLang: sourceLanguage, targetLang: targetLanguage,
                status: segment.state.map(BilingualStatus.fromXLIFF))
            record.sourceCodes = segment.source.codes
            if let target = segment.target {
                let numbered = TranslationVariant(language: "", text: target.text, codes: target.codes).numberingCodes(
                    like: segment.source.codes)
                record.target = numbered.text
                record.targetCodes = numbered.codes
            }
            if attributes["translate"] == "no" { record.isTranslatable = false }
            if index == 0 {
                if !suggestions.isEmpty { record.suggestions = .array(suggestions) }
                if let status = metadata["status"] { record.status = BilingualStatus(rawValue: status) }
                record.score = metadata["score"].flatMap(Double.init)
                record.bead = metadata["bead"]
                record.sourceIds = metadata["sourceIds"].map { $0.split(separator: " ").map(String.init) }
                record.targetIds = metadata["targetIds"].map { $0.split(separator: " ").map(String.init) }
            }
            return record
        }
    }

    private func readGlossary() throws(FormatError) -> [JSONValue] {
        var entries: [JSONValue] = []
        try forEachChild { name, _ throws(FormatError) in
            guard Self.local(name) == "glossEntry" else {
                try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }); return
            }
            var term = ""
            var translations: [String] = []
            var type: String?
            try forEachChild { child, attributes throws(FormatError) in
                switch Self.local(child) {
                case "term": term = try readInlineText()
                case "translation": translations.append(try readInlineText())
                case "definition":
                    let text = try readInlineText()
                    if attributes["source"] == "tarjama" { type = text }
                default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                }
            }
            guard let rendering = translations.first else { return }
            entries.append(
                BilingualSuggestion(
                    source: term, rendering: rendering, alternatives: Array(translations.dropFirst()),
                    type: type
                ).json)
        }
        return entries
    }

    private func readMetadata() throws(FormatError) -> [String: String] {
        var values: [String: String] = [:]
        try forEachChild { name, attributes throws(FormatError) in
            guard Self.local(name) == "metaGroup", attributes["category"] == "tarjama" else {
                try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }); return
            }
            try forEachChild { meta, metaAttributes throws(FormatError) in
                guard Self.local(meta) == "meta", let type = metaAttributes["type"] else {
                    try FormatError.catching({ () throws(XMLError) in try parser.skipElement() }); return
                }
                values[type] = try readInlineText()
            }
        }
        return values
    }

    // MARK: XLIFF 1.2

    private func readTransUnit(_ attributes: [XMLAttribute]) throws(FormatError) -> BilingualRecord {
        var source = (text: "", codes: [InlineCode]())
        var target: (text: String, codes: [InlineCode])?
        var state: String?
        var notes: [String] = []
        try forEachChild { name, childAttributes throws(FormatError) in
            switch Self.local(name) {
            case "source": source = try readInlineContent(originalData: [:])
            case "target":
                state = childAttributes["state"]
                target = try readInlineContent(originalData: [:])
            case "note": notes.append(try readInlineText())
            default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
            }
        }
        var status = state.map(BilingualStatus.fromXLIFF)
        // approved="yes" is 1.2's word for a translation cleared for use (what Tarjama writes for
        // a confirmed or final pair, and what po2xliff writes for a PO entry that is not fuzzy),
        // whatever the target's state says short of signed-off.
        if attributes["approved"] == "yes", status == nil || status == .translated { status = .final }
        if status == nil, target == nil { status = .initial }
        var record = BilingualRecord(
            id: attributes["resname"] ?? attributes["id"] ?? "", source: source.text, target: target?.text ?? "",
            sourceLang: sourceLanguage, targetLang: targetLanguage, status: status)
        record.sourceCodes = source.codes
        if let target {
            let numbered = TranslationVariant(language: "", text: target.text, codes: target.codes).numberingCodes(like: source.codes)
            record.target = numbered.text
            record.targetCodes = numbered.codes
        }
        if !notes.isEmpty { record.extra["notes"] = .array(notes.map(JSONValue.string)) }
        if attributes["translate"] == "no" { record.isTranslatable = false }
        return record
    }

    // MARK: Helpers

    /// Calls `body` for each child element of the element just opened, until it closes.
    func forEachChild(_ body: (String, [XMLAttribute]) throws(FormatError) -> Void) throws(FormatError) {
        let depth = parser.depth
        while let event = try nextElementEvent() {
            switch event {
            case let .start(name, attributes): try body(name, attributes)
            case .end: if parser.depth < depth { return }
            case .text: continue
            }
        }
        throw parser.formatError("the file ends inside <\(parser.openElements.last ?? "xliff")>")
    }

    /// The text of the element just opened, inline codes dropped, until it closes.
    func readInlineText() throws(FormatError) -> String {
        let depth = parser.depth
        var text = ""
        while let event = try FormatError.catching({ () throws(XMLError) in try parser.next() }) {
            switch event {
            case let .text(piece): text += piece
            case let .start(name, attributes):
                switch Self.local(name) {
                case "pc", "mrk", "g": continue
                case "cp":
                    if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.unicodeScalars.append(scalar)
                    }
                    try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                default: try FormatError.catching({ () throws(XMLError) in try parser.skipElement() })
                }
            case .end: if parser.depth < depth { return text }
            }
        }
        throw parser.formatError("the file ends inside an element")
    }

    private func nextElementEvent() throws(FormatError) -> XMLEvent? {
        while let event = try FormatError.catching({ () throws(XMLError) in try parser.next() }) {
            if case .text = event { continue }
            return event
        }
        return nil
    }

    /// The local part of a prefixed name (`gls:glossary` → `glossary`).
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}
