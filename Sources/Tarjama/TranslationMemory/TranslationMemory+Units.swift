import Foundation
import GRDB

extension TranslationMemory {
    static let unitColumns = """
        id, sourceLang, targetLang, source, target, document, previousSource, nextSource,
        createdAt, createdBy, changedAt, changedBy, score, origin, qaOverride, sourceCodes, targetCodes, exchange
        """

    static func unit(from row: Row) -> MemoryUnit {
        MemoryUnit(
            id: row["id"], sourceLanguage: row["sourceLang"], targetLanguage: row["targetLang"],
            source: row["source"], target: row["target"], document: row["document"],
            previousSource: row["previousSource"], nextSource: row["nextSource"],
            createdAt: (row["createdAt"] as String?).flatMap { UTCDate.date(from: $0, .extended) }, createdBy: row["createdBy"],
            changedAt: (row["changedAt"] as String?).flatMap { UTCDate.date(from: $0, .extended) }, changedBy: row["changedBy"],
            score: row["score"], origin: UnitOrigin(rawValue: row["origin"]) ?? .imported, qaOverride: row["qaOverride"],
            sourceCodes: codes(row["sourceCodes"]), targetCodes: codes(row["targetCodes"]),
            exchange: ExchangeMetadata(column: row["exchange"]))
    }

    /// Codes as the store keeps them: a JSON array, NULL for none.
    static func codesColumn(_ codes: [InlineCode]) -> String? {
        codes.isEmpty ? nil : InlineCode.json(codes).jsonText
    }

    /// The codes of a column; a value that does not parse (written by hand) counts as none.
    static func codes(_ column: String?) -> [InlineCode] {
        guard let column, let value = try? JSONParser.parse(column) else { return [] }
        return InlineCode.codes(json: value) ?? []
    }

    /// The units with ids `ids`, in no particular order.
    func units(ids: [Int64], in db: Database) throws -> [MemoryUnit] {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try Row.fetchAll(
            db, sql: "SELECT \(Self.unitColumns) FROM unit WHERE id IN (\(placeholders))",
            arguments: StatementArguments(ids)
        ).map(Self.unit(from:))
    }

    /// Calls `body` with every unit in the order they were added, reading in constant memory.
    public func forEachUnit(_ body: (MemoryUnit) throws -> Void) throws(MemoryStoreError) {
        try guarded {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.unitColumns) FROM unit ORDER BY id")
                while let row = try rows.next() { try body(Self.unit(from: row)) }
            }
        }
    }

    /// Removes every unit of `document`; returns how many were removed.
    @discardableResult
    public func deleteUnits(document: String) throws(MemoryStoreError) -> Int {
        try guarded {
            try pool.write { db in try Self.deleteUnits(where: "document = ?", arguments: [document], db) }
        }
    }

    /// Removes every unit of `origin`; returns how many were removed.
    @discardableResult
    public func deleteUnits(origin: UnitOrigin) throws(MemoryStoreError) -> Int {
        try guarded {
            try pool.write { db in try Self.deleteUnits(where: "origin = ?", arguments: [origin.rawValue], db) }
        }
    }

    /// Counts and sizes of the memory.
    public func statistics() throws(MemoryStoreError) -> MemoryStatistics {
        let fileSize = { (path: String) -> Int64 in
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
        }
        return try guarded {
            try pool.read { db in
                var statistics = MemoryStatistics()
                statistics.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
                statistics.documents = try Int.fetchOne(db, sql: "SELECT count(DISTINCT document) FROM unit") ?? 0
                for row in try Row.fetchAll(db, sql: "SELECT origin, count(*) AS n FROM unit GROUP BY origin ORDER BY origin") {
                    statistics.unitsByOrigin[row["origin"]] = row["n"]
                }
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT sourceLang || '→' || targetLang AS pair, count(*) AS n FROM unit GROUP BY pair ORDER BY pair
                        """)
                {
                    statistics.unitsByLanguagePair[row["pair"]] = row["n"]
                }
                statistics.unfinishedImports = try String.fetchAll(
                    db,
                    sql: """
                        SELECT file FROM importRun WHERE finishedAt IS NULL AND file != '-' ORDER BY id
                        """)
                statistics.fileBytes = fileSize(path) + fileSize(path + "-wal")
                return statistics
            }
        }
    }
}

/// Counts and sizes of a memory, for `tarjama tm stats`.
public struct MemoryStatistics: Sendable, Equatable {
    /// Units stored.
    public var units = 0
    /// Distinct documents (units without a document count as one).
    public var documents = 0
    /// Units per origin (`aligned`, `translated`, `imported`).
    public var unitsByOrigin: [String: Int] = [:]
    /// Units per language pair, as `ar→en`.
    public var unitsByLanguagePair: [String: Int] = [:]
    /// Files whose import was interrupted; importing them again resumes.
    public var unfinishedImports: [String] = []
    /// Bytes on disk (database and write-ahead log).
    public var fileBytes: Int64 = 0
}

extension TranslationMemory {
    /// SQLite's `PRAGMA integrity_check` on the file, FTS5's check that the index agrees with the
    /// units, and a recount of the key counts: empty when the store is sound, otherwise the problems.
    public func integrityProblems() throws(MemoryStoreError) -> [String] {
        try guarded {
            try pool.write { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if problems == ["ok"] { problems = [] }
                do {
                    try db.execute(sql: "INSERT INTO unit_fts(unit_fts) VALUES ('integrity-check')")
                } catch {
                    problems.append("the search index does not match the units: " + Self.reason(error))
                }
                var counts: [String: Int] = [:]
                let keys = try String.fetchCursor(db, sql: "SELECT sourceKey FROM unit")
                while let key = try keys.next() { Self.countDistinctKeys(of: key, into: &counts, delta: 1) }
                var stored: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT key, units FROM keyFrequency") { stored[row[0]] = row[1] }
                if stored != counts {
                    problems.append("the key counts do not match the units; open the memory after a key version change to rebuild them")
                }
                return problems
            }
        }
    }
}
