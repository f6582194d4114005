import Tarjama
import TarjamaText
import Testing

/// `check` on number idioms of UN and news texts: ranges, frequencies, duals a translator writes
/// as "two", a conjunction before a figure. No alarm where the English says the same; an alarm
/// still where a figure differs.
@Suite("Number idioms in QA")
struct NumberIdiomCheckTests {
    static let suggester = GlossarySuggester(glossary: Glossary())

    func problems(_ source: String, _ target: String) throws -> [TermProblem] {
        try TermChecker(suggester: Self.suggester).check(BilingualRecord(id: "n:1", source: source, target: target), line: 1)
    }

    @Test("a range left over is one finding, naming the range on each side")
    func rangeIsOneFinding() throws {
        let changed = try problems("انظر التقرير (الصفحتان 44-45).", "See the report (pp. 34-35).")
        #expect(changed.map(\.kind) == [.numberMismatch])
        #expect(changed.first?.expected == "44-45" && changed.first?.found == "34-35")
        let added = try problems("ارتفعت نسبة النساء العاملات.", "The share of working women aged 15–44 rose.")
        #expect(added.map(\.kind) == [.numberMismatch])
        #expect(added.first?.found == "15–44")
        // Figures not joined by a dash stay apart.
        #expect(try problems("ارتفعت نسبة النساء العاملات.", "The share rose in 2013 and 2014.").count == 2)
    }

    @Test("a count of months after كل agrees with the frequency word that says it; another count does not")
    func frequencies() throws {
        #expect(
            try problems("وتتم متابعة التوصيات الجوهرية كل ثلاثة أشهر.", "Follow-up on critical recommendations is conducted quarterly.")
                .isEmpty)
        #expect(try problems("تقدم التقارير كل ستة أشهر.", "Reports are submitted semi-annually.").isEmpty)
        #expect(
            try problems("تستأنف المدفوعات المقدمة كل أربعة أشهر.", "Quarterly payments will resume.").map(\.kind) == [.numberMismatch])
    }

    @Test("و standing before a figure is the conjunction, so a range run together still matches its two ends")
    func conjunctionBeforeFigure() throws {
        #expect(try problems("النساء اللواتي تراوح أعمارهن بين 15 و64 سنة", "women aged 1564").isEmpty)
        let changed = try problems("النساء اللواتي تراوح أعمارهن بين 15 و64 سنة", "women aged 1565")
        #expect(!changed.isEmpty && changed.allSatisfy { $0.kind == .numberMismatch })
    }

    @Test(
        "duals the English writes as two: a verbal noun in ان, a masculine dual in construct, a dual and a half",
        arguments: [
            ("واعترف تقريران بأن شيخوخة السكان تشكل تحديا.", "Two reports recognised population ageing as a challenge."),
            ("بشأن إصدار إشعاري تنبيه غير قانونيين إلى الطيارين", "regarding the illegally issued two notices to airmen"),
            ("عمل في المدينة سنتين ونصف", "He worked in the city for 2.5 years"),
            ("وصلت المساعدات الطبية إلى النصف مليون شخص", "Medical assistance reached 500,000 persons"),
        ])
    func dualsAndHalves(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a dual and a half is 2.5, not the dual's two; a definite half of a scale is half of it")
    func halvesStillCompared() throws {
        #expect(try problems("عمل في المدينة سنتين ونصف", "He worked in the city for two years").map(\.kind) == [.numberMismatch])
        #expect(
            try problems("وصلت المساعدات الطبية إلى النصف مليون شخص", "Medical assistance reached 50,000 persons").map(\.kind) == [
                .numberMismatch
            ])
    }
}
