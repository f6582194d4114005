import Tarjama
import TarjamaText
import Testing

/// `check` on the number kinds the reader gives beyond whole counts: duals, decimals, clock
/// minutes and fractions before a measure raise no alarm where the English says the same.
@Suite("Number kinds in QA")
struct NumberKindsCheckTests {
    static let suggester = GlossarySuggester(glossary: Glossary())

    func problems(_ source: String, _ target: String) throws -> [TermProblem] {
        try TermChecker(suggester: Self.suggester).check(BilingualRecord(id: "k:1", source: source, target: target), line: 1)
    }

    @Test(
        "a dual is no alarm with two, both, twice or a plural",
        arguments: [
            ("أمضى الوفد يومين في المدينة", "The delegation spent two days in the city"),
            ("أمضى الوفد يومين في المدينة", "The delegation spent a couple of days in the city"),
            ("اتفق الطرفان على الهدنة", "Both sides agreed to the truce"),
            ("زار الوزير المدينة مرتين", "The minister visited the city twice"),
            ("زار الوزير المدينة مرتين", "The minister visited the city 2 times"),
        ])
    func duals(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("decimals are compared exactly")
    func decimals() throws {
        #expect(try problems("ارتفع التضخم بنسبة 7.5 بالمئة", "Inflation rose 7.5 per cent").isEmpty)
        #expect(try problems("ارتفع التضخم بنسبة ٧٫٥ بالمئة", "Inflation rose 7.50 per cent").isEmpty)
        let wrong = try problems("ارتفع التضخم بنسبة 7.5 بالمئة", "Inflation rose 7.6 per cent")
        #expect(wrong.map(\.kind) == [.numberMismatch])
        #expect(wrong.first?.description.contains("in the source, but 7.6 in the target") == true)
    }

    @Test(
        "a time agrees in any of the forms either side writes it",
        arguments: [
            ("وصل الساعة 19:30", "He arrived at 7.30pm"), ("وصل الساعة 7.55 صباحا", "He arrived at 7:55am"),
            ("بدأت الجلسة الساعة 10:15", "The meeting began at 10.15 a.m."), ("وصل الساعة 9:30", "He arrived at 9:30"),
        ])
    func times(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("wrong minutes are an alarm")
    func wrongMinutes() throws {
        #expect(try !problems("وصل الساعة 9:30", "He arrived at 9:40").isEmpty)
    }

    @Test("half an hour is no alarm, and a section written 2-1 agrees with 2.1")
    func fractionsAndSections() throws {
        #expect(try problems("انتظر نصف ساعة", "He waited half an hour").isEmpty)
        #expect(try problems("وفقا للمادة 2-1 من النظام", "Under article 2.1 of the statute").isEmpty)
    }

    @Test("the paragraph number opening a segment is a label the translation may leave out; the same number in the text is not")
    func paragraphLabels() throws {
        #expect(try problems("10 - تقرر اللجنة عقد خمس جلسات", "The Committee decides to hold five meetings").isEmpty)
        #expect(try problems("(٣) يطلب إلى الأمين العام تقديم تقرير", "Requests the Secretary-General to submit a report").isEmpty)
        #expect(try problems("10 - تقرر اللجنة عقد خمس جلسات", "10. The Committee decides to hold five meetings").isEmpty)
        #expect(try problems("قررت اللجنة عقد 10 جلسات", "The Committee decided to hold meetings").map(\.expected) == ["10"])
        #expect(try problems("10 - تقرر اللجنة عقد خمس جلسات", "The Committee decides to hold six meetings").map(\.expected).contains("5"))
    }
}
