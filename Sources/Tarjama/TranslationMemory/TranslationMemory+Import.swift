import Foundation
import GRDB

extension TranslationMemory {
    /// Adds the units `nextUnit` yields (nil when done), committing every `batchSize` units.
    ///
    /// Units already in the memory are skipped, so the same file may be imported again safely.
    /// When `file` names the file being read, the run is journalled: a run that was killed is
    /// resumed by importing the same unchanged file again, skipping what it had committed. If
    /// `nextUnit` throws (a malformed file), everything this run added is removed again and the
    /// error is reported as ``MemoryStoreError/importFailed(file:unitsRead:reason:)``.
    ///
    /// - Complexity: O(*n*) in the units read; each unit costs one indexed insert.
    /// `label` names the input in messages when there is no `file` (a request body).
    public func importUnits(
        file: String? = nil, label: String? = nil, batchSize: Int = 2000,
        progress: ((Int) -> Void)? = nil,
        _ nextUnit: () throws -> MemoryUnit?
    ) throws(MemoryStoreError) -> ImportReport {
        let label = file ?? label ?? path
        let (run, skip) = try guarded { try startRun(file: file) }
        var read = 0, added = 0, skipped = 0
        var batch: [MemoryUnit] = []
        batch.reserveCapacity(batchSize)
        var finished = false
        while !finished {
            batch.removeAll(keepingCapacity: true)
            do {
                while batch.count < batchSize, let unit = try nextUnit() {
                    if skipped < skip { skipped += 1; continue }
                    batch.append(unit)
                }
            } catch {
                try rollBack(run: run)
                throw .importFailed(file: label, unitsRead: skipped + read + batch.count, reason: String(describing: error))
            }
            finished = batch.count < batchSize
            for (offset, unit) in batch.enumerated() {
                if unit.source.isEmpty {
                    try rollBack(run: run);
                    throw .invalidUnit(file: label, unit: skipped + read + offset + 1, reason: "the source segment is empty")
                }
                if unit.sourceLanguage.isEmpty || unit.targetLanguage.isEmpty {
                    try rollBack(run: run)
                    throw .invalidUnit(file: label, unit: skipped + read + offset + 1, reason: "the unit has no source or target language")
                }
            }
            // Keys leave inline codes out: a lookup matches the words (and pays a small penalty for codes).
            let prepared = batch.map {
                (
                    $0, key(of: $0.plainSource), key(of: InlinePlaceholders.plainText($0.target, codes: $0.targetCodes)),
                    UnitContentHash.of($0)
                )
            }
            let batchCount = batch.count
            added += try guarded {
                try pool.write { db -> Int in
                    let insert = try db.cachedStatement(
                        sql: """
                            INSERT OR IGNORE INTO unit (contentHash, sourceLang, targetLang, source, target, sourceKey, targetKey,
                                document, previousSource, nextSource, createdAt, createdBy, changedAt, changedBy, score, origin, importRun,
                                qaOverride, sourceCodes, targetCodes, exchange)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    var inserted = 0
                    var counts: [String: Int] = [:]
                    for (unit, sourceKey, targetKey, hash) in prepared {
                        insert.setUncheckedArguments([
                            hash, unit.sourceLanguage, unit.targetLanguage, unit.source, unit.target, sourceKey, targetKey,
                            unit.document, unit.previousSource, unit.nextSource,
                            unit.createdAt.map { UTCDate.string(from: $0, .extended) }, unit.createdBy,
                            unit.changedAt.map { UTCDate.string(from: $0, .extended) }, unit.changedBy,
                            unit.score, unit.origin.rawValue, run, unit.qaOverride,
                            Self.codesColumn(unit.sourceCodes), Self.codesColumn(unit.targetCodes), unit.exchange?.column,
                        ])
                        try insert.execute()
                        if db.changesCount > 0 {
                            inserted += 1
                            Self.countDistinctKeys(of: sourceKey, into: &counts, delta: 1)
                        }
                    }
                    try Self.adjustKeyFrequencies(counts, db)
                    try db.execute(
                        sql: "UPDATE importRun SET unitsRead = unitsRead + ?, unitsAdded = unitsAdded + ? WHERE id = ?",
                        arguments: [batchCount, inserted, run])
                    return inserted
                }
            }
            read += batchCount
            progress?(skipped + read)
        }
        try guarded {
            try pool.write { db in
                try db.execute(
                    sql: "UPDATE importRun SET finishedAt = ? WHERE id = ?",
                    arguments: [UTCDate.string(from: Date(), .extended), run])
            }
        }
        return ImportReport(unitsRead: read, unitsAdded: added, resumedAfter: skip)
    }

    /// Adds units from an in-memory collection (see ``importUnits(file:label:batchSize:progress:_:)``).
    public func importUnits(_ units: some Sequence<MemoryUnit>, batchSize: Int = 2000) throws(MemoryStoreError) -> ImportReport {
        var iterator = units.makeIterator()
        return try importUnits(batchSize: batchSize) { iterator.next() }
    }

    /// Finds the unfinished run of this same file to resume, or starts a new one.
    private func startRun(file: String?) throws -> (run: Int64, skip: Int) {
        guard let file, file != "-" else {
            // Not resumable, but journalled all the same so a failure can be rolled back.
            return try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO importRun (file, fileSize, fileModified, startedAt) VALUES ('-', -1, 0, ?)",
                    arguments: [UTCDate.string(from: Date(), .extended)])
                return (db.lastInsertedRowID, 0)
            }
        }
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let attributes = try? FileManager.default.attributesOfItem(atPath: absolute)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return try pool.write { db in
            if let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, unitsRead FROM importRun
                    WHERE file = ? AND fileSize = ? AND fileModified = ? AND finishedAt IS NULL ORDER BY id DESC LIMIT 1
                    """, arguments: [absolute, size, modified])
            {
                return (row["id"], row["unitsRead"])
            }
            try db.execute(
                sql: "INSERT INTO importRun (file, fileSize, fileModified, startedAt) VALUES (?, ?, ?, ?)",
                arguments: [absolute, size, modified, UTCDate.string(from: Date(), .extended)])
            return (db.lastInsertedRowID, 0)
        }
    }

    /// Removes what a failed run added, so a malformed file is never half-imported.
    private func rollBack(run: Int64) throws(MemoryStoreError) {
        try guarded {
            try pool.write { db in
                _ = try Self.deleteUnits(where: "importRun = ?", arguments: [run], db)
                try db.execute(sql: "DELETE FROM importRun WHERE id = ?", arguments: [run])
            }
        }
    }
}
