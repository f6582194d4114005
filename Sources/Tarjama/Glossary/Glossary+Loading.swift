import Foundation

extension Glossary {
    /// The glossary files `path` names: the file itself, or every `*.tsv` of a directory in name
    /// order.
    public static func files(at path: String) throws(GlossaryError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotRead(file: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [path] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .cannotRead(file: path, reason: "cannot list the directory")
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted().map { base + $0 }
    }

    /// Reads the canonical TSV files at `paths` (files or directories), earlier paths taking
    /// precedence over later ones. A directory without a `*.tsv` file is refused
    /// (``GlossaryError/noGlossaryFiles(directory:)``).
    ///
    /// A conflict inside one file (same key, another preferred rendering) is an error naming both
    /// lines; duplicates and overrides between files are kept in ``issues``.
    public static func load(paths: [String]) throws(GlossaryError) -> Glossary {
        var glossary = Glossary()
        for path in paths {
            let found = try files(at: path)
            // An empty directory would run every command on an empty glossary without a word.
            if found.isEmpty { throw .noGlossaryFiles(directory: path) }
            for file in found {
                try glossary.add(rows: GlossaryTSV.read(path: file), file: file)
            }
        }
        return glossary
    }

    /// Adds rows read from `file`, refusing a conflict inside the file.
    public mutating func add(rows: [GlossaryTSV.Row], file: String) throws(GlossaryError) {
        try Self.checkConflicts(rows, file: file)
        for row in rows {
            _ = insert(row.entry, origin: Origin(file: file, line: row.line))
        }
    }

    /// Throws ``GlossaryError/conflict(file:line:firstLine:)`` for the first row that gives an
    /// earlier row's key another preferred rendering.
    public static func checkConflicts(_ rows: [GlossaryTSV.Row], file: String) throws(GlossaryError) {
        var seen: [String: GlossaryTSV.Row] = [:]
        for row in rows {
            let key = key(of: row.entry.source)
            if let first = seen[key] {
                if first.entry.target != row.entry.target {
                    throw .conflict(file: file, line: row.line, firstLine: first.line)
                }
            } else {
                seen[key] = row
            }
        }
    }
}
