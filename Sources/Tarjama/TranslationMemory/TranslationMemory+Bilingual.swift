import Foundation

extension TranslationMemory {
    /// Imports a bilingual segment file (JSONL): every record with both a source and a target
    /// becomes a unit; the document is the id's part before its last `:`, and neighbouring
    /// records of the same document become the unit's context. Resumable like
    /// ``importUnits(file:label:batchSize:progress:_:)``.
    public func importBilingual(
        path: String, sourceLanguage: String = "ar", targetLanguage: String = "en",
        origin: UnitOrigin = .imported, user: String? = nil,
        progress: ((Int) -> Void)? = nil
    ) throws(MemoryStoreError) -> ImportReport {
        let reader: BilingualJSONLReader
        do {
            reader = try BilingualJSONLReader(path: path)
        } catch {
            throw .unreadableInput(message: error.description)
        }
        let now = Date()
        var filler = UnitContextFiller {
            while let record = try reader.read() {
                if let unit = Self.unit(
                    of: record, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                    origin: origin, user: user, at: now)
                {
                    return unit
                }
            }
            return nil
        }
        return try importUnits(file: path, progress: progress) { try filler.next() }
    }

    /// Imports bilingual records already in memory (an alignment the service just made) as
    /// ``importBilingual(path:sourceLanguage:targetLanguage:origin:user:progress:)`` imports
    /// a file of them, without writing one.
    public func importBilingual(
        records: [BilingualRecord], sourceLanguage: String = "ar", targetLanguage: String = "en",
        origin: UnitOrigin = .imported, user: String? = nil
    ) throws(MemoryStoreError) -> ImportReport {
        let now = Date()
        var remaining = records[...]
        var filler = UnitContextFiller {
            while let record = remaining.popFirst() {
                if let unit = Self.unit(
                    of: record, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                    origin: origin, user: user, at: now)
                {
                    return unit
                }
            }
            return nil
        }
        return try importUnits { try filler.next() }
    }

    /// The unit for a record with both a source and a target; nil for a 1-0 or 0-1 pair.
    private static func unit(
        of record: BilingualRecord, sourceLanguage: String, targetLanguage: String,
        origin: UnitOrigin, user: String?, at now: Date
    ) -> MemoryUnit? {
        guard !record.source.isEmpty, !record.target.isEmpty else { return nil }
        return MemoryUnit(
            sourceLanguage: LanguageTag.canonical(record.sourceLang ?? sourceLanguage),
            targetLanguage: LanguageTag.canonical(record.targetLang ?? targetLanguage),
            source: record.source, target: record.target,
            document: document(ofSegmentID: record.id),
            createdAt: now, createdBy: user, score: record.score, origin: origin,
            sourceCodes: record.sourceCodes, targetCodes: record.targetCodes)
    }

    /// Writes every unit as a bilingual segment file (JSONL), ids `<document>:<n>` numbered per document.
    public func exportBilingual(to path: String) throws(MemoryStoreError) -> Int {
        var counters: [String: Int] = [:]
        do {
            let writer = try BilingualJSONLWriter(path: path)
            try forEachUnit { unit in
                let document = unit.document ?? "tm"
                counters[document, default: 0] += 1
                var record = BilingualRecord(
                    id: "\(document):\(counters[document]!)", source: unit.source, target: unit.target,
                    sourceLang: unit.sourceLanguage, targetLang: unit.targetLanguage,
                    status: unit.origin == .translated ? .translated : nil, score: unit.score)
                record.sourceCodes = unit.sourceCodes
                record.targetCodes = unit.targetCodes
                record.extra["origin"] = .string(unit.origin.rawValue)
                try writer.write(record)
            }
            try writer.commit()
            return writer.count
        } catch let error as MemoryStoreError {
            throw error
        } catch {
            throw .unwritableOutput(message: String(describing: error))
        }
    }

    /// `report:12` → `report`; an id without `:` has no document.
    static func document(ofSegmentID id: String) -> String? {
        guard let colon = id.lastIndex(of: ":"), colon != id.startIndex else { return nil }
        return String(id[..<colon])
    }
}
