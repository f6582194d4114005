import Foundation
import GRDB
@testable import Tarjama
import TestSupport
import Testing

@Suite("Translation memory store")
struct TranslationMemoryStoreTests {
    func makeMemory() throws -> (TranslationMemory, URL) {
        let directory = try TarjamaBinary.temporaryDirectory()
        return (try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path), directory)
    }

    @Test("importing the same units twice adds them once")
    func importIsIdempotent() throws {
        let (memory, _) = try makeMemory()
        #expect(try memory.importUnits(TeamSentences.units()).unitsAdded == TeamSentences.pairs.count)
        let again = try memory.importUnits(TeamSentences.units())
        #expect(again.unitsAdded == 0 && again.duplicates == TeamSentences.pairs.count)
        #expect(try memory.statistics().units == TeamSentences.pairs.count)
    }

    @Test("a reader failing half-way removes what the run had committed and names the unit count")
    func failedImportRollsBack() throws {
        struct CutOff: Error {}
        let (memory, _) = try makeMemory()
        _ = try memory.importUnits(TeamSentences.units(document: "kept"))
        var index = 0
        #expect(throws: MemoryStoreError.importFailed(file: memory.path, unitsRead: 2500, reason: "CutOff()")) {
            try memory.importUnits(batchSize: 1000) {
                index += 1
                if index > 2500 { throw CutOff() }
                return MemoryUnit(sourceLanguage: "ar", targetLanguage: "en", source: "الوحدة رقم \(index)", target: "Unit \(index)")
            }
        }
        #expect(try memory.statistics().units == TeamSentences.pairs.count)
        #expect(try memory.integrityProblems().isEmpty)
    }

    @Test("units are removed by document and by origin, and the index forgets them")
    func deletion() throws {
        let (memory, _) = try makeMemory()
        _ = try memory.importUnits(TeamSentences.units(document: "a"))
        let translated = TeamSentences.units(document: "b").map { unit -> MemoryUnit in
            var copy = unit
            copy.origin = .translated
            return copy
        }
        _ = try memory.importUnits(translated)
        #expect(try memory.deleteUnits(document: "a") == TeamSentences.pairs.count)
        #expect(try memory.lookup(TeamSentences.pairs[0].arabic).map(\.unit.document) == ["b"])
        #expect(try memory.deleteUnits(origin: .translated) == TeamSentences.pairs.count)
        #expect(try memory.lookup(TeamSentences.pairs[0].arabic).isEmpty)
        #expect(try memory.statistics().units == 0)
        #expect(try memory.integrityProblems().isEmpty)
    }

    @Test("concordance finds a word behind clitics and spelling variants and highlights it on both sides")
    func concordance() throws {
        let (memory, _) = try makeMemory()
        _ = try memory.importUnits(TeamSentences.units())
        let hits = try memory.concordance("المسلحين")
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.sourceRanges.map(hit.unit.source.utf16Slice) == ["للمسلحين"])
        #expect(hit.highlightedSource().contains("[للمسلحين]"))

        let hama = try memory.concordance("حماه", side: .source)
        #expect(hama.count == 2)
        #expect(hama.allSatisfy { $0.sourceRanges.map($0.unit.source.utf16Slice) == ["حماة"] })

        let phrase = try memory.concordance("ريف حماه الشمالي")
        #expect(phrase.first?.sourceRanges.map { phrase[0].unit.source.utf16Slice($0) } == ["ريف حماة الشمالي"])

        let english = try memory.concordance("hama", side: .target)
        #expect(english.count == 2 && english.allSatisfy { $0.targetRanges.map($0.unit.target.utf16Slice) == ["Hama"] })
        #expect(try memory.concordance("hama", side: .source).isEmpty)
    }

    @Test("a lookup reads the index: few postings, FTS5 index and rowid fetches in the plan")
    func lookupUsesTheIndex() throws {
        let (memory, _) = try makeMemory()
        let places = ["حماة", "حلب", "إدلب", "الرقة", "دير الزور", "اللاذقية", "طرطوس"]
        let words = ["الطلاب", "المرضى", "العمال", "المسافرين", "الجرحى", "الموظفين", "الاطفال", "النازحين"]
        var units: [MemoryUnit] = []
        for index in 0..<4000 {
            units.append(
                MemoryUnit(
                    sourceLanguage: "ar", targetLanguage: "en",
                    source:
                        "نقلت \(index) حافلة \(words[index % 8]) من \(places[index % 7]) الى \(places[(index / 7) % 7]) في اليوم \(index % 31)",
                    target: "Unit \(index)"))
        }
        _ = try memory.importUnits(units)
        let query = units[1234].source  // نقلت 1234 حافلة العمال من إدلب الى حلب في اليوم 25
        let explanation = try memory.explainLookup(query)
        #expect(explanation.units == 4000)
        #expect(explanation.keys.first == "1234")
        #expect(explanation.postings < explanation.units / 4)
        #expect(explanation.plan.contains { $0.contains("keyFrequency USING PRIMARY KEY") })
        #expect(explanation.plan.contains { $0.contains("VIRTUAL TABLE INDEX") })
        #expect(explanation.plan.contains { $0.contains("USING INTEGER PRIMARY KEY") })
        #expect(!explanation.plan.contains { $0.hasPrefix("SCAN unit ") || $0 == "SCAN unit" })
        let best = try #require(try memory.lookup(query).first)
        #expect(best.unit.target == "Unit 1234")
        #expect(best.percentage == 100)
        let changed = try #require(try memory.lookup(query.replacingOccurrences(of: "1234", with: "1235")).first)
        #expect(changed.unit.target == "Unit 1234")
        #expect(changed.differences.map(\.kind) == [.number])
    }

    @Test("a memory whose keys came from an older tokenizer is re-indexed when opened")
    func reindexOnNewKeyVersion() throws {
        let (memory, directory) = try makeMemory()
        _ = try memory.importUnits(TeamSentences.units())
        try memory.pool.write { db in
            try db.execute(sql: "UPDATE unit SET sourceKey = 'stale', targetKey = 'stale'")
            try db.execute(sql: "UPDATE setting SET value = '1' WHERE name = 'keyVersion'")
        }
        #expect(try memory.lookup(TeamSentences.pairs[0].arabic).isEmpty)
        let reopened = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        #expect(try reopened.lookup(TeamSentences.pairs[0].arabic).first?.percentage == 100)
        #expect(try reopened.integrityProblems().isEmpty)
    }

    @Test("TMX export and import keep text, languages, document, context, dates and origin")
    func tmxRoundTrip() throws {
        let (memory, directory) = try makeMemory()
        var units = TeamSentences.units()
        units[0].createdAt = Date(timeIntervalSince1970: 1_480_000_000)
        units[0].createdBy = "hana"
        units[0].score = 0.75
        _ = try memory.importUnits(units)
        let path = directory.appendingPathComponent("tm.tmx").path
        #expect(try memory.exportTMX(to: path).units == units.count)
        let copy = try TranslationMemory(path: directory.appendingPathComponent("copy.sqlite").path)
        #expect(try copy.importTMX(path: path).unitsAdded == units.count)
        var read: [MemoryUnit] = []
        try copy.forEachUnit { read.append($0) }
        #expect(
            read.map {
                var unit = $0; unit.id = nil; return unit
            } == units)
    }

    @Test("a file that is not a memory is refused with its name")
    func foreignFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("notes.sqlite").path
        try "plain text".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try TranslationMemory(path: path)
        } throws: { error in
            (error as? MemoryStoreError).map { String(describing: $0).hasPrefix(path + ":") } ?? false
        }
    }
}
