import Foundation
import GRDB

extension ProjectStore {
    /// Stores segment `id`'s pair in the memory inside the caller's transaction and records the
    /// unit on the segment. The unit it added before is removed, unless another segment shares
    /// it or it did not come from the project (an identical imported unit is left alone).
    func storeInMemory(segment id: Int64, user: String?, _ db: Database) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT s.documentID, s.position, s.source, s.target, s.memoryUnitID, s.qaOverride, d.name, d.sourceLang, d.targetLang
                    FROM projectSegment s JOIN projectDocument d ON d.id = s.documentID WHERE s.id = ?
                    """, arguments: [id])
        else {
            throw ProjectStoreError.notFound(kind: "segment", id: id)
        }
        let documentID: Int64 = row["documentID"]
        let position: Int = row["position"]
        let neighbour = try db.cachedStatement(sql: "SELECT source FROM projectSegment WHERE documentID = ? AND position = ?")
        let previous = try String.fetchOne(neighbour, arguments: [documentID, position - 1])
        let next = try String.fetchOne(neighbour, arguments: [documentID, position + 1])
        let now = Self.now()
        let unit = MemoryUnit(
            sourceLanguage: row["sourceLang"], targetLanguage: row["targetLang"],
            source: row["source"], target: row["target"], document: row["name"],
            previousSource: previous, nextSource: next,
            createdAt: now, createdBy: user, changedAt: now, changedBy: user, origin: .translated,
            qaOverride: row["qaOverride"])
        let unitID = try memory.insertUnit(unit, db)
        let earlier: Int64? = row["memoryUnitID"]
        if let earlier, earlier != unitID {
            let shared =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM projectSegment WHERE memoryUnitID = ? AND id != ?",
                    arguments: [earlier, id]) ?? 0
            let origin = try String.fetchOne(db, sql: "SELECT origin FROM unit WHERE id = ?", arguments: [earlier])
            if shared == 0 && origin == UnitOrigin.translated.rawValue {
                try memory.deleteUnit(id: earlier, db)
            }
        }
        try db.execute(sql: "UPDATE projectSegment SET memoryUnitID = ? WHERE id = ?", arguments: [unitID, id])
    }
}
