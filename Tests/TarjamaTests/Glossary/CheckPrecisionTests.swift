import Tarjama
import TarjamaText
import Testing

/// `check` on correct translations raises no alarm for the ways a translator rightly writes a
/// number or a term differently, and still raises one where a number or a term is wrong.
@Suite("Check precision on correct translations")
struct CheckPrecisionTests {
    static let suggester = GlossarySuggester(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "إجلاء", target: "evacuation"),
            GlossaryEntry(source: "الأمين العام", target: "Secretary-General"),
            GlossaryEntry(source: "الأمم المتحدة", target: "United Nations", type: .organisation, alternatives: ["UN"]),
            GlossaryEntry(source: "قذائف الهاون", target: "mortar shells"),
            GlossaryEntry(source: "منظمة الصحة العالمية", target: "World Health Organisation", type: .organisation),
            GlossaryEntry(source: "الإرهاب", target: "terrorism"),
            GlossaryEntry(
                source: "التسوية", target: "settlement", context: try! TermContext(parsing: "also rendered: resolve | resolution")),
            GlossaryEntry(source: "فلسطين", target: "Palestine", type: .place),
            GlossaryEntry(source: "اللاذقية", target: "Latakia", type: .place, forbidden: ["Al-Ladhiqiyah"]),
            GlossaryEntry(source: "درعا", target: "Daraa", type: .place, forbidden: ["Dara'a"]),
            GlossaryEntry(source: "اليمن", target: "Yemen", type: .place),
            GlossaryEntry(
                source: "داعش", target: "Islamic State group", type: .organisation, variants: ["تنظيم داعش"], alternatives: ["ISIS"]),
        ]))

    @Test(
        "a one-word name in another Latin spelling of its Arabic is rendered",
        arguments: [
            ("استهدفت الجماعات المسلحة مدينة اللاذقية", "Armed groups struck the city of Ladhiqiyah"),
            ("دمر الضريح في مدينة نوى في درعا", "The shrine in the city of Nawa, Dar'a, was destroyed"),
            // The entry's own spelling is one word, though the text names it by a longer variant.
            ("في مواجهة خطر وشيك من تنظيم داعش الإرهابي", "Facing an imminent threat from the terrorist organization Deash"),
        ])
    func otherSpelling(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a name left out, or in a forbidden spelling, is still an alarm; two consonants from a weak letter match no name")
    func otherSpellingLimits() throws {
        #expect(try problems("استهدفت الجماعات المسلحة مدينة اللاذقية", "Armed groups struck the city").map(\.kind) == [.missingRendering])
        #expect(
            try problems("دمر الضريح في مدينة نوى في درعا", "The shrine in Nawa, Dara'a, was destroyed").map(\.kind) == [
                .forbiddenRendering
            ])
        // اليمن is y-m-n: its m-n alone does not make "Women" a spelling of it.
        #expect(try problems("ساعدت هيئة النساء في اليمن", "UN-Women helped").map(\.kind) == [.missingRendering])
    }

    func problems(_ source: String, _ target: String) throws -> [TermProblem] {
        try TermChecker(suggester: Self.suggester).check(BilingualRecord(id: "p:1", source: source, target: target), line: 1)
    }

    @Test(
        "figures written as Roman numerals, on the 12- or 24-hour clock, as labels or as footnotes are no alarm",
        arguments: [
            ("وإذ يتصرف المجلس بموجب الفصل السابع من الميثاق", "Acting under Chapter VII of the Charter"),
            ("تحيط علما بالقرار 512 (د-35) بشأن المياه", "Takes note of resolution 512 (XXXV) on water"),
            ("تعقد الجلسة يوم الاثنين الساعة 18:00", "The meeting will be held on Monday at 6 p.m."),
            ("تعقد الجلسة يوم الاثنين الساعة 15:30", "The meeting will be held on Monday at 3:30 pm"),
            ("بدأ القصف في الساعة 00/04 فجرا", "The shelling began at 0400"),
            ("ألف - الوضع الدستوري والسياسي", "A. Constitutional and political status"),
            ("23 - ترحب اللجنة بالتقرير", "22. The Committee welcomes the report"),
            ("اعتقل القائد في أيلول/سبتمبر 2014(42).", "The commander was arrested in September 2014.42"),
            ("خطة العمل لفترة السنتين 2016-2017", "the business plan for the biennium 20162017"),
            ("تبلغ مساحة المنطقة 400 كلم2", "The zone covers 400 km2"),
            ("شوهد ثلاثة رجال قرب الخط", "Three (3) men were observed near the line"),
            ("استمرت الحرب من 1950 وحتى 1953", "the 1950-53 war"),
        ])
    func numberForms(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test(
        "an ordinal or a one a translation words away is no alarm",
        arguments: [
            ("خلال المراحل الأولى من نشر البعثة", "during the early stages of the mission's deployment"),
            ("فتح الموظفون حسابات جديدة في غضون شهر واحد", "The staff opened new accounts within a month"),
            ("يجب أن يستمع المجلس أولا إلى الحكومة", "The Council must hear the Government first"),
            // "the two" as a pronoun for a pair named before.
            ("تمتلك الاثنتان معا حصة في الشركة", "The pair jointly own a stake in the firm"),
        ])
    func softNumbers(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test(
        "a dual its vowels mark is two, whatever its shape; a plural marked ـِين is not",
        arguments: [
            ("طلبت تعيين ميسّرَيْن مشاركَيْن", "It requested the appointment of two co-facilitators"),
            ("التقى المسؤولَيْن في الوزارة", "He met the two officials at the ministry"),
            ("زارت البعثة مرفقين في طرابلس", "The mission visited the two facilities in Tripoli"),
            ("تم إلغاء احتساب ركلتي جزاء", "Two penalty claims were waved away"),
            ("تتعاون الدولة مع جارتيها", "The state cooperates with its two neighbours"),
        ])
    func vowelledDuals(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test(
        "a wrong figure in any of those forms is still an alarm",
        arguments: [
            ("وإذ يتصرف المجلس بموجب الفصل السابع من الميثاق", "Acting under Chapter VI of the Charter"),
            ("تعقد الجلسة يوم الاثنين الساعة 18:00", "The meeting will be held on Monday at 7 p.m."),
            ("حل الفريق في المركز الثالث", "The team came fourth"),
            ("قتل 12 شخصا في الهجوم", "12 people were killed in the attack on 3 buses"),
            ("وصل الساعة 9:30", "He arrived at 9:40"),
        ])
    func wrongFigures(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).contains { $0.kind == .numberMismatch })
    }

    @Test("a plural in ـِين is no dual: \"two\" with it is an alarm")
    func vowelledPlural() throws {
        #expect(try problems("التقى المسؤولِين في الوزارة", "He met the two officials at the ministry").map(\.kind) == [.numberMismatch])
    }

    @Test(
        "a count inside an English compound word is no alarm",
        arguments: [
            ("تألق اللاعبان في مباريات الكرات الأربع", "The pair shone in the fourballs matches"),
            ("نمت الصادرات بثلاثة أضعاف", "Exports grew threefold"),
            ("خطة التنمية لما بعد عام 2015", "the post2015 development plan"),
            ("أصدر المؤتمر إعلانا من 12 نقطة", "The conference issued a 12point declaration"),
        ])
    func compounds(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test(
        "a compound carries only its own count; a number word is no compound",
        arguments: [
            ("نمت الصادرات بثلاثة أضعاف", "Exports grew fourfold"),
            ("قتل أربعة أشخاص", "Fourteen people were killed"),
            ("فحص الخبراء 3 عينات", "The experts tested B3C samples"),
        ])
    func notCompounds(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).contains { $0.kind == .numberMismatch })
    }

    @Test(
        "a term is found in the English forms of its rendering",
        arguments: [
            ("تم إجلاء حوالي ألفي شخص", "About 2,000 people were evacuated"),
            ("واصلت فرق الإنقاذ إجلاء السكان", "Rescue teams kept evacuating residents"),
            ("كما يقترح تقرير الأمين العام", "as the Secretary General's report suggests"),
            ("كما يقترح تقرير الأمين العام", "as the Secretary\u{2010}General suggests"),
            ("قال سفير لدى الأمم المتحدة", "an ambassador to the U.N. said"),
            ("سقطت قذائف الهاون على الحي", "A mortar shell hit the district"),
            ("حث بعثة الأمم المتحدة في مالي على الانتشار", "urges MINUSMA to deploy"),
            ("يلتزم المجتمع الدولي بتسوية الخلافات سلميا", "The international community is committed to resolving differences peacefully"),
            ("دعم برنامج بناء دولة فلسطين", "support the Palestinian State-building programme"),
        ])
    func renderingForms(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a term whose rendering is absent, or only a different word of its family, is still missing")
    func missingStaysMissing() throws {
        #expect(try problems("تم إجلاء حوالي ألفي شخص", "About 2,000 people were moved").map(\.kind) == [.missingRendering])
        // terrorism is no "terrorist": a glossary lists that rendering where it accepts it.
        #expect(try problems("ندين الإرهاب", "We condemn terrorist acts").map(\.kind) == [.missingRendering])
        // An acronym stands for an organisation only; a term is not covered by one.
        #expect(try problems("تم إجلاء السكان", "UNHCR moved residents").map(\.kind) == [.missingRendering])
        #expect(try problems("دعم دولة فلسطين", "support the Palestine State").isEmpty)
        #expect(try problems("دعم دولة فلسطين", "support the State").map(\.kind) == [.missingRendering])
    }

    @Test("a generic term rendered in part is paraphrased; a name rendered in part, or a term not at all, is missing")
    func partialRenderings() throws {
        #expect(try problems("سقطت قذائف الهاون على المدينة", "Mortar attacks hit the city").isEmpty)
        #expect(try problems("سقطت قذائف الهاون على المدينة", "The city was shelled").isEmpty)
        #expect(try problems("سقطت قذائف الهاون على المدينة", "Rockets hit the city").map(\.kind) == [.missingRendering])
        // A name is not rendered by part of another: the World Bank is no World Health Organisation.
        #expect(try problems("أفادت منظمة الصحة العالمية", "The World Bank reported").map(\.kind) == [.missingRendering])
    }

    @Test("apply leaves an `also rendered` word as it stands, and the context column writes it back")
    func alsoRenderedIsNotReplaced() throws {
        let applier = TermApplier(suggester: Self.suggester)
        let record = BilingualRecord(id: "p:2", source: "نرحب بالتسوية", target: "We welcome the resolution")
        #expect(try applier.apply(to: record).changes.isEmpty)
        let context = try TermContext(parsing: "also rendered: resolve | resolution; needs cue")
        #expect(context.alsoRendered == ["resolve", "resolution"])
        #expect(context.description == "also rendered: resolve | resolution; needs cue")
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "also rendered:") }
    }
}
