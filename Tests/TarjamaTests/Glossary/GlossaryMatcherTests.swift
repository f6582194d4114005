import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("Glossary matcher")
struct GlossaryMatcherTests {
    static let shipped: GlossaryMatcher = {
        let path = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path
        return GlossaryMatcher(glossary: try! Glossary.load(paths: [path]))
    }()

    /// Each match as `text-in-original→rendering/kind`.
    static func describe(_ text: String, _ matcher: GlossaryMatcher = shipped) -> [String] {
        let units = Array(text.utf16)
        return matcher.matches(in: text).map { match in
            let surface = String(decoding: units[match.range], as: UTF16.self)
            return "\(surface)→\(matcher.glossary.entries[match.entryIndex].target)/\(match.kind.rawValue)"
        }
    }

    @Test("spellings, clitics and variants match with the right kind and span")
    func kinds() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "حماة", target: "Hama", type: .place),
            GlossaryEntry(source: "إدلب", target: "Idlib", type: .place),
            GlossaryEntry(source: "الفوعة", target: "Foua", type: .place, variants: ["الفوعا"]),
            GlossaryEntry(source: "مجلس الشعب", target: "People's Assembly", type: .organisation),
            GlossaryEntry(source: "المسلحين", target: "militants"),
            GlossaryEntry(source: "الرقة", target: "Raqqa", type: .place),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(Self.describe("حماة وحماه وإدلب ادلب", matcher) == ["حماة→Hama/exact", "حماه→Hama/clitic", "إدلب→Idlib/clitic", "ادلب→Idlib/normalised"])
        #expect(Self.describe("جلسة لمجلس الشعب، للمسلحين والرقة والفوعا", matcher)
            == ["مجلس الشعب→People's Assembly/clitic", "لمسلحين→militants/clitic", "الرقة→Raqqa/clitic", "الفوعا→Foua/variant"])
        let clitics = matcher.matches(in: "للمسلحين والرقة").map(\.clitics)
        #expect(clitics == ["ل+ال", "و"])
    }

    @Test("no match inside a larger word, and short stems are never stripped into a term")
    func wordBoundaries() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "حلب", target: "Aleppo", type: .place),
            GlossaryEntry(source: "لد", target: "Lod", type: .place),
            GlossaryEntry(source: "بري", target: "Berri", type: .person),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(matcher.matches(in: "الحلبي حلبية ولد بلد").isEmpty)
        #expect(Self.describe("وحلب بحلب", matcher) == ["حلب→Aleppo/clitic", "حلب→Aleppo/clitic"])
    }

    @Test("the longest term wins and spans cross a hard line wrap")
    func longestMatch() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "الهلال الأحمر", target: "Red Crescent", type: .organisation),
            GlossaryEntry(source: "الهلال الأحمر العربي السوري", target: "Syrian Arab Red Crescent", type: .organisation),
            GlossaryEntry(source: "الحالات الإنسانية", target: "humanitarian cases"),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(Self.describe("ارسل الهلال الاحمر العربي السوري والهلال الأحمر", matcher)
            == ["الهلال الاحمر العربي السوري→Syrian Arab Red Crescent/normalised", "الهلال الأحمر→Red Crescent/clitic"])
        #expect(Self.describe("اخراج الحالات\nالإنسانية", matcher) == ["الحالات\nالإنسانية→humanitarian cases/normalised"])
    }

    @Test("diacritics and tatweel stay inside the reported span")
    func diacriticSpans() {
        let matcher = GlossaryMatcher(glossary: Glossary(entries: [GlossaryEntry(source: "دمشق", target: "Damascus")]))
        #expect(Self.describe("في دِمَشْقَ اليوم و دمـــشق", matcher) == ["دِمَشْقَ→Damascus/normalised", "دمـــشق→Damascus/normalised"])
    }

    @Test("on the sample transcript every name is suggested, in every spelling", .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcript() throws {
        let text = try String(contentsOf: SharedData.url(SharedData.transcriptPath)!, encoding: .utf8)
        let found = Self.describe(text)
        print(found)
    }

    @Test("on the bundled demo sample every name is suggested")
    func demoSample() {
        let found = Self.describe(DemoSample.arabic)
        print(found)
    }
}
