import GRDB

extension TranslationMemory {
    /// How many units hold each source key, kept beside the FTS5 index: FTS5 can only count a
    /// key's units by reading its whole posting list, and a lookup needs the counts of all its
    /// keys before it reads any list.
    static func createKeyFrequencyTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE keyFrequency (key TEXT PRIMARY KEY, units INTEGER NOT NULL) WITHOUT ROWID")
        try rebuildKeyFrequencies(db)
    }

    /// Recounts every key from the stored units.
    static func rebuildKeyFrequencies(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM keyFrequency")
        var counts: [String: Int] = [:]
        let rows = try String.fetchCursor(db, sql: "SELECT sourceKey FROM unit")
        while let key = try rows.next() { countDistinctKeys(of: key, into: &counts, delta: 1) }
        try adjustKeyFrequencies(counts, db)
    }

    /// Adds `delta` for each distinct key of the space-separated `sourceKey`.
    static func countDistinctKeys(of sourceKey: String, into counts: inout [String: Int], delta: Int) {
        var seen = Set<Substring>()
        for key in sourceKey.split(separator: " ") where seen.insert(key).inserted {
            counts[String(key), default: 0] += delta
        }
    }

    /// Applies counted changes; keys no unit holds any more are removed.
    static func adjustKeyFrequencies(_ counts: [String: Int], _ db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO keyFrequency (key, units) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET units = units + excluded.units
                """)
        var removed = false
        for (key, delta) in counts where delta != 0 {
            try upsert.execute(arguments: [key, delta])
            removed = removed || delta < 0
        }
        if removed { try db.execute(sql: "DELETE FROM keyFrequency WHERE units <= 0") }
    }

    /// Deletes the units `condition` selects, keeping the key counts right; returns how many.
    static func deleteUnits(where condition: String, arguments: StatementArguments, _ db: Database) throws -> Int {
        var counts: [String: Int] = [:]
        let rows = try String.fetchCursor(db, sql: "SELECT sourceKey FROM unit WHERE \(condition)", arguments: arguments)
        while let key = try rows.next() { countDistinctKeys(of: key, into: &counts, delta: -1) }
        try db.execute(sql: "DELETE FROM unit WHERE \(condition)", arguments: arguments)
        let deleted = db.changesCount
        try adjustKeyFrequencies(counts, db)
        return deleted
    }
}
