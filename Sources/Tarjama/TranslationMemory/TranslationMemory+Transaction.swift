import Foundation
import GRDB

extension TranslationMemory {
    /// Adds `unit` inside a write transaction someone else holds (the project store confirming a
    /// segment), keeping the key counts right; returns its row id. A unit with the same content
    /// is not added twice: the id of the one already stored is returned.
    func insertUnit(_ unit: MemoryUnit, _ db: Database) throws -> Int64 {
        let hash = UnitContentHash.of(unit)
        let sourceKey = key(of: unit.source)
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO unit (contentHash, sourceLang, targetLang, source, target, sourceKey, targetKey,
                    document, previousSource, nextSource, createdAt, createdBy, changedAt, changedBy, score, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                hash, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target, sourceKey, key(of: unit.target),
                unit.document, unit.previousSource, unit.nextSource,
                unit.createdAt.map { UTCDate.string(from: $0, .extended) }, unit.createdBy,
                unit.changedAt.map { UTCDate.string(from: $0, .extended) }, unit.changedBy,
                unit.score, unit.origin.rawValue,
            ])
        let id: Int64
        if db.changesCount > 0 {
            id = db.lastInsertedRowID
            var counts: [String: Int] = [:]
            Self.countDistinctKeys(of: sourceKey, into: &counts, delta: 1)
            try Self.adjustKeyFrequencies(counts, db)
        } else {
            guard let existing = try Int64.fetchOne(db, sql: "SELECT id FROM unit WHERE contentHash = ?", arguments: [hash]) else {
                throw MemoryStoreError.database(file: path, reason: "a unit was neither added nor found by its content")
            }
            id = existing
        }
        // A confirmation over QA errors marks the unit, new or already there; a clean one
        // confirming the same pair again clears the mark.
        try db.execute(sql: "UPDATE unit SET qaOverride = ? WHERE id = ?", arguments: [unit.qaOverride, id])
        return id
    }

    /// Removes the unit with row id `id` inside a write transaction someone else holds.
    func deleteUnit(id: Int64, _ db: Database) throws {
        _ = try Self.deleteUnits(where: "id = ?", arguments: [id], db)
    }
}
