import Foundation

/// OmegaT's glossary TSV: `source<TAB>target<TAB>comment`, no header. Reading also accepts
/// two-column rows; writing drops what OmegaT cannot hold (type, variants, alternatives and
/// forbidden renderings), so export to the canonical TSV when those matter.
public enum OmegaTGlossary {
    /// Reads an OmegaT glossary; a row without a tab is refused with its line.
    public static func read(path: String) throws(GlossaryError) -> [GlossaryTSV.Row] {
        try parse(GlossaryFileText.read(path: path), file: path)
    }

    public static func parse(_ text: String, file: String) throws(GlossaryError) -> [GlossaryTSV.Row] {
        var rows: [GlossaryTSV.Row] = []
        for line in GlossaryFileText.lines(of: text) where !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            if line.text.hasPrefix("#") { continue }
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { throw .missingColumn(file: file, line: line.number, column: "target") }
            guard fields.count <= 3 else { throw .extraColumns(file: file, line: line.number, expected: 3, found: fields.count) }
            if fields[0].isEmpty { throw .emptyField(file: file, line: line.number, column: "source") }
            if fields[1].isEmpty { throw .emptyField(file: file, line: line.number, column: "target") }
            rows.append(
                GlossaryTSV.Row(
                    entry: GlossaryEntry(source: fields[0], target: fields[1], note: fields.count > 2 ? fields[2] : ""),
                    line: line.number))
        }
        return rows
    }

    /// The OmegaT text of `entries`, sorted like the canonical TSV.
    public static func text(of entries: [GlossaryEntry], file: String) throws(GlossaryError) -> String {
        var output = ""
        for (index, entry) in Glossary(entries: entries).sortedEntries.enumerated() {
            let fields = [entry.source, entry.target, entry.note]
            if fields.contains(where: { $0.contains { $0 == "\t" || $0.isNewline } }) {
                throw .unrepresentable(file: file, entry: index + 1, reason: "a field holds a tab or a line break")
            }
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }

    public static func write(_ entries: [GlossaryEntry], to path: String) throws(GlossaryError) {
        try GlossaryFileText.write(text(of: entries, file: path), to: path)
    }
}
