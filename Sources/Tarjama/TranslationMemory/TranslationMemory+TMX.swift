public import TarjamaText
import GRDB

extension TranslationMemory {
    /// Imports a TMX file as it streams: units with a source and a target are added, neighbouring
    /// units of the same document become each other's context unless the file gives it
    /// (`x-context-pre`/`x-context-post`). Resumable and rolled back on a malformed or cut-off
    /// file like ``importUnits(file:label:batchSize:progress:_:)``.
    ///
    /// `sourceLanguage` and `targetLanguage` choose each unit's pair by BCP 47 lookup (`fr`
    /// selects `fr-CA`); a unit without a variant in the target language is not added. Codes are
    /// stored in conventional case, so `AR`/`EN` and `ar`/`en` files give one language pair.
    public func importTMX(
        path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        progress: ((Int) -> Void)? = nil
    ) throws(MemoryStoreError) -> ImportReport {
        let reader: TMXReader
        do {
            reader = try TMXReader(path: path)
        } catch {
            throw .unreadableInput(message: error.description)
        }
        reader.preferredSourceLanguage = sourceLanguage
        reader.preferredTargetLanguage = targetLanguage
        return try importTMX(reader, file: path, progress: progress)
    }

    /// Imports a TMX document already in memory (a request body) as ``importTMX(path:sourceLanguage:targetLanguage:progress:)``
    /// imports a file, rolled back on a malformed or cut-off document but not resumable;
    /// messages call it `name`.
    public func importTMX(bytes: [UInt8], name: String, limits: XMLLimits = XMLLimits()) throws(MemoryStoreError) -> ImportReport {
        let reader: TMXReader
        do {
            reader = try TMXReader(name: name, bytes: bytes, limits: limits)
        } catch {
            throw .unreadableInput(message: error.description)
        }
        return try importTMX(reader, file: nil, label: name, progress: nil)
    }

    private func importTMX(
        _ reader: TMXReader, file: String?, label: String? = nil,
        progress: ((Int) -> Void)?
    ) throws(MemoryStoreError) -> ImportReport {
        let defaultSource = reader.header.sourceLanguage == "*all*" ? "" : reader.header.sourceLanguage
        var filler = UnitContextFiller {
            while let unit = try reader.read() {
                if let memoryUnit = MemoryUnit(unit, defaultSourceLanguage: defaultSource) { return memoryUnit }
            }
            return nil
        }
        var report = try importUnits(file: file, label: label, progress: progress) { try filler.next() }
        report.invalidDates = reader.invalidDates
        return report
    }

    /// Writes every unit to a TMX 1.4b file, `tuid`s `<document>:<n>` numbered per document, with
    /// document, score, context, users and origin as properties.
    public func exportTMX(to path: String) throws(MemoryStoreError) -> ExportReport {
        let sourceLanguage =
            try guarded {
                try pool.read { db in
                    try String.fetchOne(db, sql: "SELECT sourceLang FROM unit GROUP BY sourceLang ORDER BY count(*) DESC LIMIT 1")
                }
            } ?? "ar"
        var counters: [String: Int] = [:]
        do {
            let writer = try TMXWriter(
                path: path,
                header: TMXHeader(
                    sourceLanguage: sourceLanguage,
                    originalFormat: "Tarjama translation memory"))
            try forEachUnit { unit in
                let document = unit.document ?? "tm"
                counters[document, default: 0] += 1
                try writer.write(unit.translationUnit(tuid: "\(document):\(counters[document]!)"))
            }
            return try writer.commit()
        } catch let error as MemoryStoreError {
            throw error
        } catch {
            throw .unwritableOutput(message: String(describing: error))
        }
    }
}
