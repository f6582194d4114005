import Testing
import TarjamaText

@Suite("Unpunctuated headlines and lead verbs")
struct HeadlineBoundaryTests {
    private func sentences(_ text: String) throws -> [String] {
        let segmented = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("a headline run into its lead on one line ends before the lead's opening verb")
    func headlineRunIntoLead() throws {
        let text = "افتتاح الطريق الدولي بين حلب ودمشق امام المسافرين اعلنت محافظة حلب صباح اليوم اعادة افتتاح الطريق بعد اعمال صيانة."
        #expect(
            try sentences(text) == [
                "افتتاح الطريق الدولي بين حلب ودمشق امام المسافرين",
                "اعلنت محافظة حلب صباح اليوم اعادة افتتاح الطريق بعد اعمال صيانة.",
            ])
    }

    @Test("a headline on its own line, then a lead that opens with a verb, are two segments")
    func headlineLine() throws {
        let text = "قوافل مساعدات جديدة الى ريف حماة الشمالي\nاعلنت منظمة الهلال الاحمر ارسال اربع قوافل الى بلدتي كفرنبودة وقلعة المضيق."
        #expect(try sentences(text).count == 2)
    }

    @Test("a verb wrapped onto the next line after أن stays in the sentence: it is the clause's verb")
    func verbAfterComplementiser() throws {
        let text = "قال مدير الهلال الاحمر في حماه ان القوافل\nوصلت الى البلدة صباح اليوم."
        #expect(try sentences(text).count == 1)
    }

    @Test(
        "reported speech keeps its clause's verb however long the subject after إن; a headline of reported speech still ends where its verb is said again"
    )
    func reportedSpeechVerb() throws {
        let reported = "قال وزير الخارجية في دمشق إن الهجوم على إدلب أسفر عن مقتل تسعة وعشرين شخصا."
        #expect(try sentences(reported) == [reported])
        let headline = "قال المحافظ إن الطريق الدولي سيفتح قريبا قال محافظ حلب صباح اليوم إن اعمال الصيانة انتهت."
        #expect(
            try sentences(headline) == [
                "قال المحافظ إن الطريق الدولي سيفتح قريبا",
                "قال محافظ حلب صباح اليوم إن اعمال الصيانة انتهت.",
            ])
    }

    @Test("a verb after a comma continues the sentence")
    func verbAfterComma() throws {
        let text = "في ظل الظروف الصعبة التي تمر بها المنطقة، اعلنت المحافظة خطة جديدة لاعادة تأهيل الطرق والجسور في الريف."
        #expect(try sentences(text).count == 1)
    }

    @Test("a present-verb lead that names the headline's subject again opens a new segment on the same line")
    func presentVerbLeadRestatingHeadline() throws {
        let text = "ارتفاع اسعار الخبز في مدينة حلب بنسبة كبيرة يشكو سكان حلب من ارتفاع اسعار الخبز منذ بداية الشهر."
        #expect(
            try sentences(text) == [
                "ارتفاع اسعار الخبز في مدينة حلب بنسبة كبيرة",
                "يشكو سكان حلب من ارتفاع اسعار الخبز منذ بداية الشهر.",
            ])
    }

    @Test("a headline line, then a present-verb lead that names its place again, are two segments")
    func presentVerbLeadOnItsOwnLine() throws {
        let text = "فيضانات في ريف اللاذقية بعد امطار غزيرة\nيواجه سكان ريف اللاذقية اضرارا كبيرة في المنازل والطرق."
        #expect(
            try sentences(text) == [
                "فيضانات في ريف اللاذقية بعد امطار غزيرة",
                "يواجه سكان ريف اللاذقية اضرارا كبيرة في المنازل والطرق.",
            ])
    }

    @Test("a short subject before its own present verb is not taken for a headline")
    func presentVerbAfterShortSubject() throws {
        let text = "مجلس مدينة حلب يناقش خطة مدينة حلب للنقل العام في جلسته الاسبوعية."
        #expect(try sentences(text).count == 1)
    }

    @Test("a verbal noun of the تفعيل pattern is not a verb, even before a word of the sentence's start")
    func verbalNounDoesNotOpenLead() throws {
        let text = "بدأت محافظة حلب بالتعاون مع وزارة النقل تأهيل طرق حلب الرئيسية قبل فصل الشتاء."
        #expect(try sentences(text).count == 1)
    }

    @Test("a name that begins with س is not read as a future verb")
    func nameIsNotFutureVerb() throws {
        let text = "تعادل فريق ليفربول مع مانشستر سيتي بهدف لكل فريق في ملعب ليفربول مساء امس."
        #expect(try sentences(text).count == 1)
    }

    @Test("a future verb that restates the headline opens the lead")
    func futureVerbLeadRestatingHeadline() throws {
        let text = "افتتاح جسر جديد فوق نهر العاصي في مدينة حماة سيربط الجسر الجديد ضفتي النهر في حماة."
        #expect(
            try sentences(text) == [
                "افتتاح جسر جديد فوق نهر العاصي في مدينة حماة",
                "سيربط الجسر الجديد ضفتي النهر في حماة.",
            ])
    }
}
