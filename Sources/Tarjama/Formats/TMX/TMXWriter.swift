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
    // Formatted once: a date formatted per unit cost a sixth of the write time.
    private let defaultDateText: String?
    /// Whether units without a creation date get the default one.
    var hasDefaultDate: Bool { defaultDateText != nil }
    private let sourceLanguage: String
    /// The unit being written, reused from unit to unit.
    private var bytes: [UInt8] = []

    /// Opens `path` (`-` for standard output) and writes the header. Units without dates get
    /// `defaultDate` as creation date when given.
    public init(path: String, header: TMXHeader, defaultDate: Date? = nil) throws(OutputError) {
        output = try AtomicFileWriter(path: path)
        defaultDateText = defaultDate.map { UTCDate.string(from: $0, .basic) }
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
        if let date = header.creationDate { attribute("creationdate", UTCDate.string(from: date, .basic)) }
        if header.notes.isEmpty && header.properties.isEmpty {
            text += "/>\n"
        } else {
            text += ">\n"
            var headerBytes: [UInt8] = []
            removed += Self.append(notes: header.notes, properties: header.properties, to: &headerBytes)
            text += String(decoding: headerBytes, as: UTF8.self) + "</header>\n"
        }
        text += "<body>\n"
        report.record(removed: removed, id: "header")
        try output.write(text)
    }

    /// Appends `unit` as a `<tu>`.
    public func write(_ unit: TranslationUnit) throws(OutputError) {
        // Built as bytes in one reused buffer: String appends and the per-unit String cost
        // two thirds of the write time.
        bytes.removeAll(keepingCapacity: true)
        bytes.append(literal: "<tu")
        var removed = 0
        if let tuid = unit.tuid {
            bytes.append(literal: " tuid=\"")
            removed += XMLEscaping.append(tuid, to: &bytes, attribute: true)
            bytes.append(literal: "\"")
        }
        // A unit whose source is not the header's says so, or a reader would pick another variant.
        if !LanguageTag.equal(unit.source.language, sourceLanguage) {
            bytes.append(literal: " srclang=\"")
            removed += XMLEscaping.append(unit.source.language, to: &bytes, attribute: true)
            bytes.append(literal: "\"")
        }
        if let date = unit.creationDate.map({ UTCDate.string(from: $0, .basic) }) ?? defaultDateText {
            bytes.append(literal: " creationdate=\"")
            bytes.append(contentsOf: date.utf8)
            bytes.append(literal: "\"")
        }
        if let date = unit.changeDate {
            bytes.append(literal: " changedate=\"")
            bytes.append(contentsOf: UTCDate.string(from: date, .basic).utf8)
            bytes.append(literal: "\"")
        }
        if !unit.metadata.isEmpty { removed += append(unit.metadata, of: unit, to: &bytes) }
        bytes.append(literal: ">\n")
        removed += Self.append(notes: unit.notes, properties: unit.properties, to: &bytes)
        removed += Self.append(unit.source, to: &bytes)
        if unit.hasTarget { removed += Self.append(unit.target, to: &bytes) }
        for variant in unit.otherVariants { removed += Self.append(variant, to: &bytes) }
        bytes.append(literal: "</tu>\n")
        report.units += 1
        report.record(removed: removed, id: unit.tuid)
        if !(unit.source.codes.isEmpty && unit.target.codes.isEmpty && unit.otherVariants.isEmpty) {
            report.record(codes: unit.variants.reduce(0) { $0 + $1.codes.count }, dropped: 0)
        }
        try output.write(bytes: bytes)
    }

    /// Closes the body and the root, and renames the file into place.
    @discardableResult
    public func commit() throws(OutputError) -> ExportReport {
        try output.write("</body>\n</tmx>\n")
        try output.commit()
        return report
    }

    private static func append(_ variant: TranslationVariant, to bytes: inout [UInt8]) -> Int {
        bytes.append(literal: "  <tuv xml:lang=\"")
        var removed = XMLEscaping.append(variant.language, to: &bytes, attribute: true)
        if let metadata = variant.metadata {
            bytes.append(literal: "\"")
            removed += Self.appendAttributes(metadata.attributes, to: &bytes)
            bytes.append(literal: ">\n")
            removed += append(notes: metadata.notes, properties: metadata.properties, to: &bytes)
            bytes.append(literal: "  <seg>")
        } else {
            bytes.append(literal: "\"><seg>")
        }
        if variant.codes.isEmpty {
            removed += XMLEscaping.append(variant.text, to: &bytes)
        } else {
            removed += appendSegment(variant, to: &bytes)
        }
        bytes.append(literal: "</seg></tuv>\n")
        return removed
    }

    // DTD order: notes and props (in any order) before the tuvs.
    private static func append(notes: [String], properties: [TranslationProperty], to bytes: inout [UInt8]) -> Int {
        var removed = 0
        for property in properties {
            bytes.append(literal: "  <prop type=\"")
            removed += XMLEscaping.append(property.type, to: &bytes, attribute: true)
            bytes.append(literal: "\">")
            removed += XMLEscaping.append(property.value, to: &bytes)
            bytes.append(literal: "</prop>\n")
        }
        for note in notes {
            bytes.append(literal: "  <note>")
            removed += XMLEscaping.append(note, to: &bytes)
            bytes.append(literal: "</note>\n")
        }
        return removed
    }

    /// Writes `units` to `path` in one call.
    @discardableResult
    public static func write(_ units: some Sequence<TranslationUnit>, header: TMXHeader, to path: String) throws(OutputError)
        -> ExportReport
    {
        let writer = try TMXWriter(path: path, header: header)
        for unit in units { try writer.write(unit) }
        return try writer.commit()
    }
}
