import Foundation
import TarjamaText

/// The columns of the canonical glossary TSV. The first three are OmegaT's
/// (`source<TAB>target<TAB>note`), so OmegaT reads a Tarjama glossary as it is; the rest are
/// named in the header and may come in any order or be left out.
public enum GlossaryColumn: String, Sendable, CaseIterable {
    case source, target, note, type, variants, alternatives, forbidden, context

    /// Whether the column holds a list (items separated by ``GlossaryTSV/listSeparator``).
    var isList: Bool { self == .variants || self == .alternatives || self == .forbidden }
}

/// The canonical glossary file: UTF-8 TSV with a header line naming the columns.
///
/// List columns (variants, alternatives, forbidden) separate their items with ` | ` (a vertical
/// bar; spaces around it are ignored): `;` and `,` occur inside English renderings and notes, a
/// bar does not. Fields cannot hold tabs or line breaks. Files are written with every column,
/// entries sorted by source then target, so a diff shows exactly what changed.
public enum GlossaryTSV {
    /// The separator of list items.
    public static let listSeparator: Character = "|"

    /// One row as read, with its 1-based line.
    public struct Row: Sendable {
        public var entry: GlossaryEntry
        public var line: Int

        public init(entry: GlossaryEntry, line: Int) {
            self.entry = entry
            self.line = line
        }
    }

    /// Reads `path`. Blank lines are skipped; every other line must have the header's columns.
    public static func read(path: String) throws(GlossaryError) -> [Row] {
        let text = try GlossaryFileText.read(path: path)
        return try parse(text, file: path)
    }

    /// Parses a glossary TSV's bytes already in memory (an upload): UTF-8, a BOM dropped, checked
    /// as ``read(path:)`` checks a file; `file` names them in errors.
    public static func parse(utf8 bytes: [UInt8], file: String) throws(GlossaryError) -> [Row] {
        try parse(GlossaryFileText.decode(bytes, file: file), file: file)
    }

    /// Parses the text of a glossary TSV that `file` names in errors.
    public static func parse(_ text: String, file: String) throws(GlossaryError) -> [Row] {
        var lines = GlossaryFileText.lines(of: text)
        guard let header = lines.first, !header.text.isEmpty else {
            throw .badHeader(file: file, reason: "the file is empty")
        }
        lines.removeFirst()
        var columns: [GlossaryColumn] = []
        for name in header.text.split(separator: "\t", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let column = GlossaryColumn(rawValue: name) ?? (name == "comment" ? .note : nil) else {
                throw .unknownColumn(file: file, column: String(name.prefix(40)))
            }
            if columns.contains(column) { throw .badHeader(file: file, reason: "column \(column.rawValue) appears twice") }
            columns.append(column)
        }
        guard columns.count >= 2, columns[0] == .source, columns[1] == .target else {
            throw .badHeader(file: file, reason: "the first two columns must be source and target")
        }
        var rows: [Row] = []
        for line in lines where !line.text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count < columns.count {
                throw .missingColumn(file: file, line: line.number, column: columns[fields.count].rawValue)
            }
            if fields.count > columns.count {
                throw .extraColumns(file: file, line: line.number, expected: columns.count, found: fields.count)
            }
            var entry = GlossaryEntry(source: "", target: "")
            for (column, raw) in zip(columns, fields) {
                let value = raw.trimmingCharacters(in: .whitespaces)
                try entry.assign(cell: value, to: column, file: file, line: line.number)
            }
            try entry.checkRow(file: file, line: line.number)
            rows.append(Row(entry: entry, line: line.number))
        }
        return rows
    }

    /// Whether `text` starts with a row rather than a header: two or three cells, none of them a
    /// column name. OmegaT writes its glossaries so, and users name them `.tsv`.
    public static func isHeaderless(_ text: String) -> Bool {
        guard let first = GlossaryFileText.lines(of: text).first(where: { !$0.text.allSatisfy(\.isWhitespace) && !$0.text.hasPrefix("#") })
        else { return false }
        let cells = first.text.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard (2...3).contains(cells.count) else { return false }
        return !cells.contains { GlossaryColumn(rawValue: $0) != nil || $0 == "comment" }
    }

    static func list(_ value: String) -> [String] {
        value.split(separator: listSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The canonical text of `entries`: header, then rows sorted by source and target.
    public static func text(of entries: [GlossaryEntry], file: String) throws(GlossaryError) -> String {
        var output = GlossaryColumn.allCases.map(\.rawValue).joined(separator: "\t") + "\n"
        for (index, entry) in Glossary(entries: entries).sortedEntries.enumerated() {
            let fields = [
                entry.source, entry.target, entry.note, entry.type.rawValue,
                entry.variants.joined(separator: " | "), entry.alternatives.joined(separator: " | "),
                entry.forbidden.joined(separator: " | "), entry.context.description,
            ]
            for field in fields where field.contains(where: { $0 == "\t" || $0.isNewline }) {
                throw .unrepresentable(file: file, entry: index + 1, reason: "a field holds a tab or a line break")
            }
            for item in entry.variants + entry.alternatives + entry.forbidden where item.contains(listSeparator) {
                throw .unrepresentable(file: file, entry: index + 1, reason: "a list item holds the separator |")
            }
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }

    /// Writes `entries` to `path` atomically; on any error the existing file is unchanged.
    public static func write(_ entries: [GlossaryEntry], to path: String) throws(GlossaryError) {
        let text = try text(of: entries, file: path)
        try GlossaryFileText.write(text, to: path)
    }
}

/// Reading and writing the text of glossary files, shared by every format.
enum GlossaryFileText {
    struct Line {
        var number: Int
        var text: Substring
    }

    /// The UTF-8 text of `path` without a BOM; invalid UTF-8 is refused with its line.
    static func read(path: String) throws(GlossaryError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return try decode([UInt8](data), file: path)
    }

    /// The UTF-8 text of bytes already in memory without a BOM, refused as ``read(path:)``
    /// refuses a file's; `file` names them in errors.
    static func decode(_ bytes: [UInt8], file path: String) throws(GlossaryError) -> String {
        if isBlank(bytes) { throw .empty(file: path) }
        let body = bytes.dropFirst(UTF8Input.byteOrderMarkLength(of: bytes))
        guard let text = String(validating: body, as: UTF8.self) else {
            let invalid = UTF8Input.firstInvalidPosition(in: body)
            throw .malformed(
                file: path, line: invalid?.line ?? 1, column: invalid?.column ?? 1,
                reason: "invalid UTF-8; save the file as UTF-8")
        }
        return text
    }

    /// Whether `bytes` hold nothing but white space (and a BOM): an empty file, for every format.
    static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.dropFirst(UTF8Input.byteOrderMarkLength(of: bytes))
            .allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The lines of `text` with 1-based numbers; CRLF and CR end lines too.
    static func lines(of text: String) -> [Line] {
        var lines: [Line] = []
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            lines.append(Line(number: number, text: line))
        }
        if let last = lines.last, last.text.isEmpty { lines.removeLast() }
        return lines
    }

    /// Writes `text` to `path` through ``AtomicFileWriter``.
    static func write(_ text: String, to path: String) throws(GlossaryError) {
        do {
            try AtomicFileWriter.write(text, to: path)
        } catch {
            throw .cannotWrite(file: path, reason: error.description)
        }
    }
}
