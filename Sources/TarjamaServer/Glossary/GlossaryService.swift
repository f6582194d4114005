import Foundation
import Synchronization
import Tarjama

/// The desk glossary as the service holds it: the files of `--glossary`, loaded once into a
/// suggester that every request reads, and reloaded after each edit.
///
/// Edits go to one file (the first `--glossary` path, or the only `*.tsv` of that directory), each
/// a read-modify-write that replaces the file atomically; edits are serialised, reads never wait
/// for them.
final class GlossaryService: Sendable {
    /// One consistent view: the glossary and the suggester built over it.
    struct Snapshot: Sendable {
        var glossary: Glossary
        var suggester: GlossarySuggester
        /// The file each entry came from, by entry index.
        var files: [String]
    }

    let paths: [String]
    let editFile: String
    private let current: Mutex<Snapshot>
    private let editing = Mutex(())

    init(paths: [String]) throws(ServerSetupError) {
        self.paths = paths
        do {
            editFile = try GlossaryEditor.singleFile(paths.first ?? "Glossaries/")
            current = Mutex(try Self.load(paths))
        } catch {
            throw .glossary(reason: error.description)
        }
    }

    /// The glossary and suggester in force now.
    var snapshot: Snapshot { current.withLock { $0 } }

    /// Reads the files; a file path that does not exist yet is an empty glossary (the first edit creates it).
    private static func load(_ paths: [String]) throws(GlossaryError) -> Snapshot {
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        let glossary = try Glossary.load(paths: existing)
        return Snapshot(
            glossary: glossary, suggester: GlossarySuggester(glossary: glossary),
            files: glossary.origins.map(\.file))
    }

    /// Runs `change` on the edit file's rows under the edit lock, writes the file atomically,
    /// and reloads. Returns what `change` returned.
    func edit<T>(_ change: (inout [GlossaryEntry]) throws -> T) throws -> T {
        try editing.withLock { _ in
            var entries = FileManager.default.fileExists(atPath: editFile) ? try GlossaryTSV.read(path: editFile).map(\.entry) : []
            let result = try change(&entries)
            try GlossaryTSV.write(entries, to: editFile)
            try reload()
            return result
        }
    }

    /// Adds or merges rows through ``GlossaryEditor`` (the same rules as `tarjama glossary add/import`).
    func add(_ rows: [GlossaryTSV.Row], origin: String, replacing: Bool) throws -> GlossaryEditor.Summary {
        try editing.withLock { _ in
            let summary = try GlossaryEditor.add(rows, origin: origin, toFile: editFile, replacing: replacing)
            try reload()
            return summary
        }
    }

    private func reload() throws {
        let fresh = try Self.load(paths)
        current.withLock { $0 = fresh }
    }
}
