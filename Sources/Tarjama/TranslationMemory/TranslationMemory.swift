import Foundation
import GRDB

/// The desk's translation memory: an SQLite file (WAL) holding translation units with an FTS5
/// index over their spelling-neutral keys, for fuzzy lookups and concordance in milliseconds.
///
/// One instance may be shared between threads; reads run concurrently, writes one at a time.
public final class TranslationMemory: Sendable {
    /// The memory file's path.
    public let path: String
    let pool: DatabasePool
    let tokenizer = MatchTokenizer()

    /// Opens the memory at `path`, creating it (and migrating an older schema) as needed; with
    /// `create` false a missing file is ``MemoryStoreError/noSuchMemory(file:)`` and nothing is
    /// made (read commands must not leave an empty memory behind a mistyped path).
    public init(path: String, create: Bool = true) throws(MemoryStoreError) {
        self.path = path
        if !create {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw .noSuchMemory(file: path)
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process; only a power cut may lose the last batch.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: directory) else {
            throw .cannotOpen(file: path, reason: "the directory \(directory) does not exist")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(file: path, reason: Self.reason(error))
        }
        do {
            if try pool.read({ db in try Self.isForeign(db) }) {
                throw MemoryStoreError.incompatible(file: path, reason: "the database has tables that are not a translation memory's")
            }
            try Self.migrator.migrate(pool)
            try reindexIfNeeded()
        } catch let error as MemoryStoreError {
            throw error
        } catch {
            throw .incompatible(file: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` and turns SQLite errors into ``MemoryStoreError/database(file:reason:)``.
    func guarded<T>(_ body: () throws -> T) throws(MemoryStoreError) -> T {
        do {
            return try body()
        } catch let error as MemoryStoreError {
            throw error
        } catch {
            throw .database(file: path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return String(describing: error)
    }

    /// The spelling-neutral index key of `text`: token stems separated by spaces.
    func key(of text: String) -> String {
        tokenizer.keys(in: text).joined(separator: " ")
    }
}
