import Tarjama
import TarjamaText
import Testing

/// `check` on figures one side says again, definite number words, codes and footnotes: no
/// alarm where the English says the same, an alarm still where a figure changed.
@Suite("Repeated figures, definite number words and codes in QA")
struct NumberRepeatCheckTests {
    static let suggester = GlossarySuggester(glossary: Glossary())

    func problems(_ source: String, _ target: String) throws -> [TermProblem] {
        try TermChecker(suggester: Self.suggester).check(BilingualRecord(id: "r:1", source: source, target: target), line: 1)
    }

    @Test(
        "a figure said again on one side, referred back to on the other, is no alarm",
        arguments: [
            (
                "وافق المجلس على القرار 1540 (2004) وطلب تنفيذ القرار 1540 (2004) كاملا",
                "The Council approved resolution 1540 (2004) and asked that it be implemented in full"
            ),
            (
                "قررت اللجنة فيما يتعلق بعام 2015 أن تعتمد ميزانية عام 2015",
                "The Committee decided, for the year 2015, to adopt the budget for the year"
            ),
            (
                "أوصت اللجنة بالتزامات قدرها 5 ملايين دولار",
                "The Committee recommended commitments of $5 million, and a further grant of $5 million"
            ),
        ])
    func repeats(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a repeated figure changed in one place is still an alarm")
    func changedRepeat() throws {
        let found = try problems(
            "وافق المجلس على القرار 1540 وطلب تنفيذ القرار 1540 كاملا",
            "The Council approved resolution 1540 and asked that resolution 1560 be implemented")
        #expect(found.map(\.kind) == [.numberMismatch])
        #expect(found.first?.expected == "1540")
        #expect(found.first?.found == "1560")
    }

    @Test("a figure said a third time beside a changed one is no second alarm: the changed one is")
    func repeatBesideChange() throws {
        let found = try problems(
            "حدد قانون عام 1999 سن الخامسة عشرة، ومنع الزواج قبل الخامسة عشرة، ومعاقبة من يزوج فتاة دون الخامسة عشرة",
            "The 1992 law set the age at 15, banned marriage before 15, and punished whoever married off a girl under that age")
        #expect(found.map(\.kind) == [.numberMismatch])
        #expect(found.first?.expected == "1999" && found.first?.found == "1992")
        // A repeat whose other mention changed is still the alarm.
        let changed = try problems("سن الخامسة عشرة، ومنع الزواج قبل الخامسة عشرة", "the age of 15, and banned marriage before 16")
        #expect(changed.map(\.kind) == [.numberMismatch])
        #expect(changed.first?.found == "16")
    }

    @Test("ten glued to a measure where a hyphen was lost is the count; ten opening another word is not")
    func tenInCompound() throws {
        #expect(try problems("أعدت الحكومة خطة العشر سنوات للتنمية", "The Government prepared a tenyear development plan").isEmpty)
        #expect(
            try problems("أعدت الحكومة خطة العشر سنوات للتنمية", "The Government prepared a tenant development plan").map(\.kind) == [
                .numberMismatch
            ])
    }

    @Test(
        "a definite tens counting years, and a definite thousand, agree with figures and words",
        arguments: [
            ("ارتفع عدد السكان خلال السنوات العشرين الماضية", "The population rose in the past 20 years"),
            ("على مدار الأعوام العشرين المنقضية", "Over the twenty years that have passed"),
            ("خلال فترة العشرين عاماً التي انقضت", "During the twenty years that have passed"),
            ("الأمم المتحدة في سنتها السبعين", "The United Nations at 70"),
            ("خلال الألف يوم الأولى من حياة الطفل", "During the first 1,000 days of a child's life"),
            ("خط أنابيب نورد ستريم الثانٍ", "The Nord Stream 2 pipeline"),
        ])
    func definiteNumberWords(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a definite tens that disagrees with the English is an alarm")
    func wrongDefiniteTens() throws {
        #expect(
            try problems("ارتفع عدد السكان خلال السنوات العشرين الماضية", "The population rose in the past 30 years").map(\.kind) == [
                .numberMismatch
            ])
    }

    @Test("the letter ألف in brackets and round-the-clock idioms are no counts; a real count beside them still is")
    func lettersAndIdioms() throws {
        #expect(
            try problems("ينبذ الدستور هذه الممارسات (المادة 51 (ألف))", "The Constitution renounces these practices (Article 51(A))")
                .isEmpty)
        #expect(
            try problems("تبث الإذاعة على مدار الساعة وطوال أيام الأسبوع", "The radio broadcasts 24 hours a day, 7 days a week").isEmpty)
        #expect(try problems("تبث الإذاعة طوال أيام الأسبوع", "The radio broadcasts 24 hours on weekdays").map(\.kind) == [.numberMismatch])
    }

    @Test("a UN slash time agrees with the same time in four figures; another time does not")
    func slashTimeInFourFigures() throws {
        #expect(try problems("في الساعة 10/13، أصيب الجندي", "At 1310, the soldier was wounded").isEmpty)
        #expect(try !problems("في الساعة 10/13، أصيب الجندي", "At 1320, the soldier was wounded").isEmpty)
    }

    @Test("a dual in construct with a pronoun stands for the English two")
    func constructDualWithPronoun() throws {
        #expect(try problems("سجل ضعفيها قبل الحفرة التاسعة", "He made two doubles before the ninth hole").isEmpty)
    }

    @Test("a figure of an Arabic chemical name and a footnote after a full stop are no counts; an English code's figure is")
    func codesAndFootnotes() throws {
        #expect(try problems("للحد من انبعاثات الكربون الهيدروفلوري-23", "to limit HFC-23 emissions").isEmpty)
        #expect(try problems("مما يدل على أن الأعمال كان مخططا لها", "indicating a certain level of planning.[23]").isEmpty)
        #expect(try problems("نقل وظيفة برتبة ف-4", "One P-5 post is redeployed").map(\.kind) == [.numberMismatch])
    }
}
