public import Foundation

/// Writes a TMX 1.4b file unit by unit, in constant memory, through an ``AtomicFileWriter``:
/// nothing appears at `path` until ``commit()``.
///
/// The output validates against the TMX 1.4b DTD. Characters XML cannot carry are removed and
/// counted in ``report``.
public final class TMXWriter {
    private let output: AtomicFileWriter
    /// Units written so far and characters removed.
    public private(set) var report = ExportReport()
    private let defaultDate: Date?
    private let sourceLanguage: String

    /// Opens `path` (`-` for standard output) and writes the header. Units without dates get
    /// `defaultDate` as creation date when given.
    public init(path: String, header: TMXHeader, defaultDate: Date? = nil) throws(OutputError) {
        output = try AtomicFileWriter(path: path)
        self.defaultDate = defaultDate
        sourceLanguage = header.sourceLanguage
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n<header"
        var removed = 0
        func attribute(_ name: String, _ value: String) {
            text += " \(name)=\""
            removed += XMLEscaping.append(value, to: &text, attribute: true)
            text += "\""
        }
        attribute("creationtool", header.creationTool)
        attribute("creationtoolversion", header.creationToolVersion)
        attribute("segtype", header.segmentType)
        attribute("o-tmf", header.originalFormat)
        attribute("adminlang", header.adminLanguage)
        attribute("srclang", header.sourceLanguage)
        attribute("datatype", header.dataType)
        if let date = header.creationDate { attribute("creationdate", TMXDate.string(from: date)) }
        if header.notes.isEmpty && header.properties.isEmpty {
            text += "/>\n"
        } else {
            text += ">\n"
            removed += Self.append(notes: header.notes, properties: header.properties, indent: "  ", to: &text)
            text += "</header>\n"
        }
        text += "<body>\n"
        report.record(removed: removed, id: "header")
        try output.write(text)
    }

    /// Appends `unit` as a `<tu>`.
    public func write(_ unit: TranslationUnit) throws(OutputError) {
        var text = "<tu"
        var removed = 0
        if let tuid = unit.tuid {
            text += " tuid=\""
            removed += XMLEscaping.append(tuid, to: &text, attribute: true)
            text += "\""
        }
        // A unit whose source is not the header's says so, or a reader would pick another variant.
        if !LanguageCode.equal(unit.source.language, sourceLanguage) {
            text += " srclang=\""
            removed += XMLEscaping.append(unit.source.language, to: &text, attribute: true)
            text += "\""
        }
        if let date = unit.creationDate ?? defaultDate { text += " creationdate=\"" + TMXDate.string(from: date) + "\"" }
        if let date = unit.changeDate { text += " changedate=\"" + TMXDate.string(from: date) + "\"" }
        text += ">\n"
        removed += Self.append(notes: unit.notes, properties: unit.properties, indent: "  ", to: &text)
        for variant in unit.variants {
            text += "  <tuv xml:lang=\""
            removed += XMLEscaping.append(variant.language, to: &text, attribute: true)
            text += "\"><seg>"
            removed += XMLEscaping.append(variant.text, to: &text)
            text += "</seg></tuv>\n"
        }
        text += "</tu>\n"
        report.units += 1
        report.record(removed: removed, id: unit.tuid)
        try output.write(text)
    }

    /// Closes the body and the root, and renames the file into place.
    @discardableResult
    public func commit() throws(OutputError) -> ExportReport {
        try output.write("</body>\n</tmx>\n")
        try output.commit()
        return report
    }

    // DTD order: notes and props (in any order) before the tuvs.
    private static func append(notes: [String], properties: [TranslationProperty], indent: String, to text: inout String) -> Int {
        var removed = 0
        for property in properties {
            text += indent + "<prop type=\""
            removed += XMLEscaping.append(property.type, to: &text, attribute: true)
            text += "\">"
            removed += XMLEscaping.append(property.value, to: &text)
            text += "</prop>\n"
        }
        for note in notes {
            text += indent + "<note>"
            removed += XMLEscaping.append(note, to: &text)
            text += "</note>\n"
        }
        return removed
    }

    /// Writes `units` to `path` in one call.
    @discardableResult
    public static func write(_ units: some Sequence<TranslationUnit>, header: TMXHeader, to path: String) throws(OutputError) -> ExportReport {
        let writer = try TMXWriter(path: path, header: header)
        for unit in units { try writer.write(unit) }
        return try writer.commit()
    }
}
