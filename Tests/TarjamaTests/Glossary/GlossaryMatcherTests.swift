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
        return try! matcher.matches(in: text).map { match in
            let surface = String(decoding: units[match.range], as: UTF16.self)
            return "\(surface)→\(matcher.glossary.entries[match.entryIndex].target)/\(match.kind.rawValue)"
        }
    }

    static func isLetter(_ unit: UInt16) -> Bool {
        (0x0621...0x064A).contains(unit) || (0x0671...0x06D3).contains(unit)
    }

    @Test("spellings, clitics and variants match with the right kind and span")
    func kinds() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "حماة", target: "Hama", type: .place),
            GlossaryEntry(source: "إدلب", target: "Idlib", type: .place),
            GlossaryEntry(source: "الفوعة", target: "Foua", type: .place, variants: ["الفوعا"]),
            GlossaryEntry(source: "مجلس الشعب", target: "People's Assembly", type: .organisation),
            GlossaryEntry(source: "المسلحين", target: "militants"),
            GlossaryEntry(source: "الرقة", target: "Raqqa", type: .place),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(
            Self.describe("حماة وحماه وإدلب ادلب", matcher) == [
                "حماة→Hama/exact", "حماه→Hama/clitic", "إدلب→Idlib/clitic", "ادلب→Idlib/normalised",
            ])
        #expect(
            Self.describe("جلسة لمجلس الشعب، للمسلحين والرقة والفوعا", matcher)
                == ["مجلس الشعب→People's Assembly/clitic", "لمسلحين→militants/contracted", "الرقة→Raqqa/clitic", "الفوعا→Foua/variant"])
        let clitics = try matcher.matches(in: "للمسلحين والرقة").map(\.clitics)
        #expect(clitics == ["ل+ال", "و"])
    }

    @Test("no match inside a larger word, and short stems are never stripped into a term")
    func wordBoundaries() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "حلب", target: "Aleppo", type: .place),
            GlossaryEntry(source: "لد", target: "Lod", type: .place),
            GlossaryEntry(source: "بري", target: "Berri", type: .person),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(try matcher.matches(in: "الحلبي حلبية ولد بلد").isEmpty)
        // A bare و in front of a short name needs a match before it (TermFalseMatchTests).
        #expect(Self.describe("بحلب وحلب", matcher) == ["حلب→Aleppo/clitic", "حلب→Aleppo/clitic"])
    }

    @Test("the longest term wins and spans cross a hard line wrap")
    func longestMatch() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "الهلال الأحمر", target: "Red Crescent", type: .organisation),
            GlossaryEntry(source: "الهلال الأحمر العربي السوري", target: "Syrian Arab Red Crescent", type: .organisation),
            GlossaryEntry(source: "الحالات الإنسانية", target: "humanitarian cases"),
        ])
        let matcher = GlossaryMatcher(glossary: glossary)
        #expect(
            Self.describe("ارسل الهلال الاحمر العربي السوري والهلال الأحمر", matcher)
                == ["الهلال الاحمر العربي السوري→Syrian Arab Red Crescent/normalised", "الهلال الأحمر→Red Crescent/clitic"])
        #expect(Self.describe("اخراج الحالات\nالإنسانية", matcher) == ["الحالات\nالإنسانية→humanitarian cases/normalised"])
    }

    @Test("diacritics and tatweel stay inside the reported span")
    func diacriticSpans() {
        let matcher = GlossaryMatcher(glossary: Glossary(entries: [GlossaryEntry(source: "دمشق", target: "Damascus")]))
        #expect(Self.describe("في دِمَشْقَ اليوم و دمـــشق", matcher) == ["دِمَشْقَ→Damascus/normalised", "دمـــشق→Damascus/normalised"])
    }

    @Test(
        "on the sample transcript every name is suggested, in every spelling",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcript() throws {
        let text = try String(contentsOf: SharedData.url(SharedData.transcriptPath)!, encoding: .utf8)
        let found = Self.describe(text)
        #expect(
            found == [
                "حلب→Aleppo/exact",
                "الجماعات الارهابية→terrorist groups/normalised",
                "المسلحين→militants/exact",
                "حلب→Aleppo/exact",
                "الرئيس السوري→Syrian President/exact",
                "بشار الاسد→Bashar al-Assad/normalised",
                "المسلحين→militants/exact",
                "الارهابيين→terrorists/normalised",
                "الاحياء الشرقية→eastern neighbourhoods/normalised",
                "حلب→Aleppo/exact",
                "سيارات الاسعاف→ambulances/normalised",
                "الدفاع المدني→civil defence/clitic",
                "الجماعات المسلحة→armed groups/exact",
                "معبر→crossing/exact",
                "العامرية→Amiriyah/exact",
                "الراموسة→Ramouseh/exact",
                "المسلحون→militants/variant",
                "حلب→Aleppo/exact",
                "الجيش السوري→Syrian army/exact",
                "قيادة الأركان الروسية→Russian General Staff/exact",
                "المسلحين→militants/exact",
                "الارهابيين→terrorists/normalised",
                "حلب→Aleppo/exact",
                "حلب→Aleppo/exact",
                "الممرات الإنسانية→humanitarian corridors/exact",
                "حلب→Aleppo/exact",
                "الإرهابيين→terrorists/exact",
                "سوريا→Syria/clitic",
                "قيادة الاركان الروسية→Russian General Staff/normalised",
                "لمسلحين→militants/contracted",
                "حلب→Aleppo/exact",
                "وزير الإعلام→Information Minister/exact",
                "محمد رامز ترجمان→Mohammad Ramez Tourjman/exact",
                "الارهابيين→terrorists/normalised",
                "حلب→Aleppo/exact",
                "مجلس الشعب→People's Assembly/clitic",
                "ترجمان→Tourjman/exact",
                "الجيش السوري→Syrian army/exact",
                "حلب→Aleppo/exact",
                "الإرهابيين→terrorists/exact",
                "تدمر→Palmyra/exact",
                "دير الزور→Deir ez-Zor/clitic",
                "إدلب→Idlib/clitic",
                "الرقة→Raqqa/clitic",
                "المسلحين→militants/exact",
                "حلب الشرقية→eastern Aleppo/exact",
                "اجلاء→evacuation/variant",
                "الحالات الانسانية→humanitarian cases/normalised",
                "كفريا→Kafraya/exact",
                "الفوعا→Foua/variant",
                "ريف→countryside/exact",
                "ادلب→Idlib/normalised",
                "وكالة سانا→SANA/exact",
                "محافظ→governor/exact",
                "حماة→Hama/exact",
                "محمد الحزوري→Mohammad al-Hazouri/exact",
                "سيارات إسعاف→ambulances/variant",
                "كفريا→Kafraya/exact",
                "الفوعة→Foua/clitic",
                "ريف→countryside/clitic",
                "إدلب→Idlib/exact",
                "الحالات\nالإنسانية→humanitarian cases/normalised",
                "القائد الميداني→field commander/exact",
                "الفوعة→Foua/exact",
                "كفريا→Kafraya/clitic",
                "غسان حمزة→Ghassan Hamza/exact",
                "محافظ→governor/exact",
                "حماه→Hama/normalised",
                "سيارات الاسعاف→ambulances/clitic",
            ])
        // No span starts or ends inside a word, except after the proclitics it reports.
        let units = Array(text.utf16)
        for match in try Self.shipped.matches(in: text) {
            let end = match.range.upperBound
            #expect(end == units.count || !Self.isLetter(units[end]), "a match ends inside a word at \(end)")
            let before = units[..<match.range.lowerBound].reversed().prefix { Self.isLetter($0) }
            let clitics = String(decoding: before.reversed(), as: UTF16.self)
            #expect(clitics.allSatisfy { "وفبكل".contains($0) }, "a match starts inside a word at \(match.range.lowerBound)")
            #expect(
                clitics == match.clitics.replacingOccurrences(of: "+", with: "").replacingOccurrences(of: "ال", with: ""),
                "clitics at \(match.range.lowerBound)")
        }
        // The spellings the design note names, each suggested.
        for surface in ["حماة", "حماه", "إدلب", "ادلب", "الفوعا", "الفوعة", "لمسلحين", "قيادة الاركان الروسية", "مجلس الشعب"] {
            #expect(found.contains { $0.hasPrefix(surface + "→") }, "\(surface) was not suggested")
        }
    }

    @Test("on the bundled demo sample every name is suggested")
    func demoSample() {
        let found = Self.describe(DemoSample.arabic)
        #expect(
            found == [
                "محافظة حلب→Aleppo governorate/exact",
                "الطريق الدولي→international highway/exact",
                "حلب→Aleppo/exact",
                "دمشق→Damascus/clitic",
                "محافظ→governor/exact",
                "حلب→Aleppo/exact",
                "وكالة سانا→SANA/exact",
                "ريف→countryside/exact",
                "ادلب→Idlib/normalised",
                "ريف→countryside/clitic",
                "حماه→Hama/normalised",
                "وزارة النقل→Ministry of Transport/exact",
                "محافظات→governorate/plural",
                "حماة→Hama/exact",
                "مجلس المدينة→city council/exact",
                "مجلس الشعب→People's Assembly/exact",
                "إدلب→Idlib/exact",
                "الرقة→Raqqa/clitic",
                "دير الزور→Deir ez-Zor/clitic",
                "حلب→Aleppo/exact",
                "الرقة→Raqqa/exact",
                "النقل العام→public transport/exact",
                "وزارة النقل→Ministry of Transport/exact",
                "ريف→countryside/exact",
                "حماة→Hama/exact",
                "الهلال الاحمر العربي السوري→Syrian Arab Red Crescent/normalised",
                "كفرنبودة→Kafr Nabuda/exact",
                "قلعة المضيق→Qalaat al-Madiq/clitic",
                "وكالة سانا→SANA/exact",
                "حماه→Hama/normalised",
            ])
    }
}
