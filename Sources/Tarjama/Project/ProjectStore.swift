import Foundation
import GRDB

/// The desk's shared project: uploaded documents, their segments with the translators' drafts,
/// and the translation memory, all in one SQLite file (WAL).
///
/// The store works on the memory's own database pool, so confirming a segment and adding its
/// pair to the memory happen in one transaction. Every edit is a transaction that first checks
/// the version the client saw (optimistic versioning): of two translators editing the same
/// segment, one wins and the other gets ``ProjectStoreError/conflict(current:)``.
///
/// One instance may be shared between threads; reads run concurrently, writes one at a time.
public final class ProjectStore: Sendable {
    /// The translation memory in the same file.
    public let memory: TranslationMemory

    /// The store file's path.
    public var path: String { memory.path }

    var pool: DatabasePool { memory.pool }

    /// Opens (creating or migrating) the store at `path`. A translation memory file made by
    /// `tarjama tm` opens as a store with no documents yet.
    public init(path: String) throws(ProjectStoreError) {
        do {
            memory = try TranslationMemory(path: path)
        } catch {
            throw .memory(error)
        }
        do {
            try Self.migrator.migrate(memory.pool)
        } catch {
            throw .database(file: path, reason: TranslationMemory.reason(error))
        }
    }

    /// Closes the file: waits for running reads and writes, then checkpoints the write-ahead log.
    /// Any later call fails with ``ProjectStoreError/database(file:reason:)``.
    public func close() throws(ProjectStoreError) {
        try guarded { try pool.close() }
    }

    /// SQLite's integrity check, the memory's own checks, and the store's: every document's
    /// segments numbered 1...n with ranges inside its text. Empty when the store is sound.
    public func integrityProblems() throws(ProjectStoreError) -> [String] {
        var problems: [String]
        do {
            problems = try memory.integrityProblems()
        } catch {
            throw .memory(error)
        }
        problems += try guarded {
            try pool.read { db in
                var found: [String] = []
                let documents = try Row.fetchCursor(db, sql: "SELECT id, text FROM projectDocument ORDER BY id")
                while let document = try documents.next() {
                    let id: Int64 = document[0]
                    let length = (document[1] as String).utf16.count
                    let segments = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT position, startOffset, endOffset FROM projectSegment WHERE documentID = ? ORDER BY position
                            """, arguments: [id])
                    if segments.enumerated().contains(where: { $0.offset + 1 != $0.element[0] as Int }) {
                        found.append("document \(id): its segments are not numbered 1 to \(segments.count)")
                    }
                    if segments.contains(where: { ($0[1] as Int) < 0 || ($0[1] as Int) > ($0[2] as Int) || ($0[2] as Int) > length }) {
                        found.append("document \(id): a segment's range does not lie inside the document's text")
                    }
                }
                let orphans =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM projectSegment WHERE documentID NOT IN (SELECT id FROM projectDocument)
                            """) ?? 0
                if orphans > 0 { found.append("\(orphans) segments belong to no document") }
                return found
            }
        }
        return problems
    }

    /// Runs `body` and turns SQLite and memory errors into the store's errors.
    func guarded<T>(_ body: () throws -> T) throws(ProjectStoreError) -> T {
        do {
            return try body()
        } catch let error as ProjectStoreError {
            throw error
        } catch let error as MemoryStoreError {
            throw .memory(error)
        } catch {
            throw .database(file: path, reason: TranslationMemory.reason(error))
        }
    }

    /// Now, in the whole seconds the store keeps, so a returned record equals the stored one.
    static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
