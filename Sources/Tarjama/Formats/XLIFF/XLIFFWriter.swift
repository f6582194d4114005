/// Writes a bilingual segment file as XLIFF 2.1 or 1.2, record by record, through an
/// ``AtomicFileWriter`` (nothing appears at the path until ``commit()``).
///
/// One record becomes one unit with one segment (XLIFF 2.1) or one `trans-unit` (1.2):
/// - the segment `state` is mapped from the record's status (initial/translated/reviewed/final);
/// - the record's glossary suggestions become a `gls:glossary` per unit (2.1) or notes (1.2);
/// - score, bead, segment ids and the exact status go into `mda:metadata` (2.1) so an import
///   gets them back;
/// - the unit `id` is the record id when it is an XML NMTOKEN, else `u<n>`; `name` always
///   holds the record id;
/// - a record not to be translated (``BilingualRecord/isTranslatable``) gets `translate="no"`;
/// - in 1.2 a confirmed, reviewed or final record is `approved="yes"`, its target state
///   `final` or `signed-off`, so translate-toolkit and other tools count it as translated.
/// Characters XML cannot carry are removed and counted in ``report``.
public final class XLIFFWriter {
    private let output: AtomicFileWriter
    public let version: XLIFFVersion
    /// Units written and characters removed.
    public private(set) var report = ExportReport()
    private var usedIds = Set<String>()

    /// Opens `path` and writes the document start; `original` names the source document.
    public init(
        path: String, version: XLIFFVersion = .v2_1, sourceLanguage: String, targetLanguage: String,
        original: String
    ) throws(OutputError) {
        output = try AtomicFileWriter(path: path)
        self.version = version
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        switch version {
        case .v2_1:
            text +=
                "<xliff xmlns=\"\(XLIFFVersion.namespace2)\" xmlns:gls=\"\(XLIFFVersion.glossaryNamespace)\""
                + " xmlns:mda=\"\(XLIFFVersion.metadataNamespace)\" version=\"2.1\" srcLang=\"\(XMLEscaping.escaped(sourceLanguage, attribute: true))\""
                + " trgLang=\"\(XMLEscaping.escaped(targetLanguage, attribute: true))\">\n"
                + "<file id=\"f1\" original=\"\(XMLEscaping.escaped(original, attribute: true))\">\n"
        case .v1_2:
            text +=
                "<xliff xmlns=\"\(XLIFFVersion.namespace1)\" version=\"1.2\">\n"
                + "<file original=\"\(XMLEscaping.escaped(original, attribute: true))\" source-language=\"\(XMLEscaping.escaped(sourceLanguage, attribute: true))\""
                + " target-language=\"\(XMLEscaping.escaped(targetLanguage, attribute: true))\" datatype=\"plaintext\">\n"
                + "<header><tool tool-id=\"tarjama\" tool-name=\"Tarjama\" tool-version=\"\(TMXHeader.tarjamaVersion)\"/></header>\n<body>\n"
        }
        try output.write(text)
    }

    /// Appends `record` as one unit.
    public func write(_ record: BilingualRecord) throws(OutputError) {
        report.units += 1
        var id = Self.isNMToken(record.id) ? record.id : "u\(report.units)"
        if usedIds.contains(id) { id = "u\(report.units)" }
        while usedIds.contains(id) { id += "_" }
        usedIds.insert(id)
        var text = ""
        var removed = 0
        func escape(_ value: String, attribute: Bool = false) {
            removed += XMLEscaping.append(value, to: &text, attribute: attribute)
        }
        let status = record.status ?? (record.target.isEmpty ? .initial : .translated)
        switch version {
        case .v2_1:
            text += "<unit id=\"\(id)\" name=\""
            escape(record.id, attribute: true)
            text += record.isTranslatable ? "\">\n" : "\" translate=\"no\">\n"
            appendGlossary(record, to: &text, removed: &removed)
            appendMetadata(record, to: &text, removed: &removed)
            if let data = originalData(record) { text += data }
            text += "  <segment state=\"\(status.xliffState.rawValue)\">\n    <source xml:space=\"preserve\">"
            removed += appendContent(record.source, codes: record.sourceCodes, side: "s", to: &text)
            text += "</source>\n"
            if !record.target.isEmpty || status.xliffState != .initial {
                text += "    <target xml:space=\"preserve\">"
                removed += appendContent(record.target, codes: record.targetCodes, side: "t", to: &text)
                text += "</target>\n"
            }
            text += "  </segment>\n</unit>\n"
        case .v1_2:
            text += "<trans-unit id=\"\(id)\" resname=\""
            escape(record.id, attribute: true)
            text += "\" xml:space=\"preserve\""
            if !record.isTranslatable { text += " translate=\"no\"" }
            if status.xliffState == .final || status.xliffState == .reviewed { text += " approved=\"yes\"" }
            text += ">\n  <source>"
            removed += appendContent(record.source, codes: record.sourceCodes, side: "s", to: &text)
            text += "</source>\n"
            if !record.target.isEmpty || status.xliffState != .initial {
                text += "  <target state=\"\(status.xliff1State)\">"
                removed += appendContent(record.target, codes: record.targetCodes, side: "t", to: &text)
                text += "</target>\n"
            }
            for suggestion in record.typedSuggestions {
                text += "  <note from=\"tarjama-glossary\">"
                escape(Self.noteText(for: suggestion))
                text += "</note>\n"
            }
            text += "</trans-unit>\n"
        }
        report.record(removed: removed, id: record.id)
        report.record(codes: record.sourceCodes.count + record.targetCodes.count, dropped: 0)
        try output.write(text)
    }

    /// Closes the document and renames it into place.
    @discardableResult
    public func commit() throws(OutputError) -> ExportReport {
        try output.write(version == .v2_1 ? "</file>\n</xliff>\n" : "</body>\n</file>\n</xliff>\n")
        try output.commit()
        return report
    }

    private func appendGlossary(_ record: BilingualRecord, to text: inout String, removed: inout Int) {
        let suggestions = record.typedSuggestions
        guard !suggestions.isEmpty else { return }
        text += "  <gls:glossary>\n"
        for suggestion in suggestions {
            text += "    <gls:glossEntry>\n      <gls:term source=\"tarjama\">"
            removed += XMLEscaping.append(suggestion.source, to: &text)
            text += "</gls:term>\n"
            for rendering in [suggestion.rendering] + suggestion.alternatives {
                text += "      <gls:translation>"
                removed += XMLEscaping.append(rendering, to: &text)
                text += "</gls:translation>\n"
            }
            if let type = suggestion.type {
                text += "      <gls:definition source=\"tarjama\">"
                removed += XMLEscaping.append(type, to: &text)
                text += "</gls:definition>\n"
            }
            text += "    </gls:glossEntry>\n"
        }
        text += "  </gls:glossary>\n"
    }

    private func appendMetadata(_ record: BilingualRecord, to text: inout String, removed: inout Int) {
        var entries: [(String, String)] = []
        if let status = record.status { entries.append(("status", status.rawValue)) }
        if let score = record.score, let number = JSONValue.number(score) { entries.append(("score", number.jsonText)) }
        if let bead = record.bead { entries.append(("bead", bead)) }
        if let ids = record.sourceIds { entries.append(("sourceIds", ids.joined(separator: " "))) }
        if let ids = record.targetIds { entries.append(("targetIds", ids.joined(separator: " "))) }
        guard !entries.isEmpty else { return }
        text += "  <mda:metadata>\n    <mda:metaGroup category=\"tarjama\">\n"
        for (type, value) in entries {
            text += "      <mda:meta type=\"\(type)\">"
            removed += XMLEscaping.append(value, to: &text)
            text += "</mda:meta>\n"
        }
        text += "    </mda:metaGroup>\n  </mda:metadata>\n"
    }

    static func noteText(for suggestion: BilingualSuggestion) -> String {
        let renderings = ([suggestion.rendering] + suggestion.alternatives).joined(separator: " / ")
        return "Glossary: \(suggestion.source) = \(renderings)" + (suggestion.type.map { " (\($0))" } ?? "")
    }

    /// Whether `text` is an XML NMTOKEN (what XLIFF 2 requires of ids).
    static func isNMToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                if scalar.isASCII {
                    return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_:".unicodeScalars.contains(scalar)
                }
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
                    .nonspacingMark, .spacingMark, .decimalNumber:
                    return true
                default: return false
                }
            }
    }

    /// Writes `records` to `path` in one call.
    @discardableResult
    public static func write(
        _ records: some Sequence<BilingualRecord>, to path: String, version: XLIFFVersion = .v2_1,
        sourceLanguage: String, targetLanguage: String, original: String
    ) throws(OutputError) -> ExportReport {
        let writer = try XLIFFWriter(
            path: path, version: version, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, original: original)
        for record in records { try writer.write(record) }
        return try writer.commit()
    }
}
