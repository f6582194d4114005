import Foundation

/// Changes to one canonical glossary file, each read-modify-write atomic: on any error the file
/// is left byte-for-byte as it was.
public enum GlossaryEditor {
    /// What an add or import did.
    public struct Summary: Sendable, Hashable {
        public var added = 0
        /// Entries already present with the same rendering whose lists were merged.
        public var merged = 0
        /// Entries whose rendering was replaced (only with `replacing`).
        public var replaced = 0
    }

    /// The one file `path` names: the file itself (existing or not), or the single `*.tsv` of a
    /// directory.
    public static func singleFile(_ path: String) throws(GlossaryError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return path }
        let files = try Glossary.files(at: path)
        if files.isEmpty { throw .noGlossaryFiles(directory: path) }
        guard files.count == 1 else { throw .ambiguousFile(path: path, count: files.count) }
        return files[0]
    }

    /// Adds `rows` (read from `origin`) to the file at `path`, creating it when absent.
    ///
    /// A term already in the file with the same rendering gets the new variants, alternatives and
    /// forbidden renderings merged in (and the new note and context where it had none); with another rendering it is refused
    /// (``GlossaryError/termExists(file:line:)``) unless `replacing`. A conflict inside `rows` is
    /// refused before anything is written.
    public static func add(
        _ rows: [GlossaryTSV.Row], origin: String, toFile path: String,
        replacing: Bool = false
    ) throws(GlossaryError) -> Summary {
        try Glossary.checkConflicts(rows, file: origin)
        var existing = FileManager.default.fileExists(atPath: path) ? try GlossaryTSV.read(path: path) : []
        var indexByKey: [String: Int] = [:]
        for (index, row) in existing.enumerated() { indexByKey[Glossary.key(of: row.entry.source)] = index }
        var summary = Summary()
        for row in rows {
            let key = Glossary.key(of: row.entry.source)
            guard let index = indexByKey[key] else {
                indexByKey[key] = existing.count
                existing.append(GlossaryTSV.Row(entry: row.entry, line: 0))
                summary.added += 1
                continue
            }
            var entry = existing[index].entry
            if entry.target != row.entry.target {
                guard replacing else { throw .termExists(file: path, line: existing[index].line) }
                entry = row.entry
                summary.replaced += 1
            } else {
                entry.variants = union(entry.variants, row.entry.variants)
                entry.alternatives = union(entry.alternatives, row.entry.alternatives)
                entry.forbidden = union(entry.forbidden, row.entry.forbidden)
                if entry.note.isEmpty { entry.note = row.entry.note }
                if entry.context.isEmpty { entry.context = row.entry.context }
                if entry.type == .term { entry.type = row.entry.type }
                summary.merged += 1
            }
            existing[index].entry = entry
        }
        try GlossaryTSV.write(existing.map(\.entry), to: path)
        return summary
    }

    /// Removes the entry whose source has the key of `source`; returns it.
    public static func remove(source: String, fromFile path: String) throws(GlossaryError) -> GlossaryEntry {
        var rows = try GlossaryTSV.read(path: path)
        let key = Glossary.key(of: source)
        guard let index = rows.firstIndex(where: { Glossary.key(of: $0.entry.source) == key }) else {
            throw .noSuchEntry(file: path)
        }
        let removed = rows.remove(at: index)
        try GlossaryTSV.write(rows.map(\.entry), to: path)
        return removed.entry
    }

    private static func union(_ first: [String], _ second: [String]) -> [String] {
        var result = first
        for item in second where !result.contains(item) { result.append(item) }
        return result
    }
}

extension Glossary {
    /// Everything `tarjama glossary lint` reports: the loading issues, a spelling listed under two
    /// entries, a rendering both accepted and forbidden, and a context phrase without its entry.
    public var lintIssues: [GlossaryIssue] {
        var found = issues
        var owner: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { owner[Self.key(of: entry.source)] = index }
        for (index, entry) in entries.enumerated() {
            for variant in entry.variants {
                let key = Self.key(of: variant)
                if let other = owner[key], other != index {
                    found.append(
                        GlossaryIssue(
                            kind: .sharedVariant, file: origins[index].file, line: origins[index].line,
                            other: origins[other].location))
                } else {
                    owner[key] = index
                }
            }
        }
        let contexts = ContextRules(entries: entries)
        for index in entries.indices {
            for phrase in contexts[entry: index]?.phrasesWithoutTerm ?? [] {
                found.append(
                    GlossaryIssue(
                        kind: .contextPhraseWithoutEntry, file: origins[index].file,
                        line: origins[index].line, other: phrase))
            }
        }
        return found
    }
}
