import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("QA against the translation memory: the same source translated another way")
struct MemoryConsistencyTests {
    static let source = "وصلت قافلة مساعدات إنسانية إلى مدينة حماة صباح اليوم."

    static func memory() throws -> TranslationMemory {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("desk.sqlite").path
        let memory = try TranslationMemory(path: path)
        var unit = BilingualRecord(
            id: "bulletin-3:4", source: source, target: "A humanitarian aid convoy arrived in Hama this morning.")
        unit.sourceLang = "ar"
        unit.targetLang = "en"
        _ = try memory.importBilingual(records: [unit], user: "hana")
        return memory
    }

    static func check(_ target: String, source: String = source, memory: TranslationMemory) throws -> [TermProblem] {
        let checker = QAChecker(terms: nil, memory: MemoryConsistencyCheck(memory: memory))
        var record = BilingualRecord(id: "today:2", source: source, target: target)
        record.sourceLang = "ar"
        record.targetLang = "en"
        return try checker.check(record, line: 7).filter { $0.kind == .inconsistentWithMemory }
    }

    @Test("a source the memory holds with another translation is a warning naming what the memory says and who")
    func differentTranslation() throws {
        let memory = try Self.memory()
        let findings = try Self.check("An aid convoy reached the city of Hama this morning.", memory: memory)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning && finding.code == "inconsistent-with-memory")
        #expect(finding.id == "today:2" && finding.line == 7 && finding.pair == 1)
        #expect(finding.expected == "A humanitarian aid convoy arrived in Hama this morning.")
        #expect(finding.detail.contains("by hana") && finding.detail.contains("in bulletin-3"))
    }

    @Test("the same translation up to case, articles, quotes and final punctuation, or another spelling of the source, is consistent")
    func sameTranslation() throws {
        let memory = try Self.memory()
        #expect(try Self.check("a humanitarian aid convoy arrived in Hama this morning", memory: memory).isEmpty)
        // Hamza and ta marbuta spelled otherwise: the memory's matching is spelling-neutral.
        let respelled = "وصلت قافلة مساعدات انسانيه الى مدينة حماه صباح اليوم."
        #expect(try Self.check("A humanitarian aid convoy arrived in Hama this morning.", source: respelled, memory: memory).isEmpty)
    }

    @Test("an empty target, a short label and a source the memory lacks give no finding")
    func nothingToCompare() throws {
        let memory = try Self.memory()
        #expect(try Self.check("", memory: memory).isEmpty)
        #expect(try Self.check("Annex", source: "المرفق", memory: memory).isEmpty)
        #expect(try Self.check("The talks resumed in Geneva.", source: "استؤنفت المحادثات في جنيف اليوم.", memory: memory).isEmpty)
    }
}
