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
        #expect(try sentences(text) == ["افتتاح الطريق الدولي بين حلب ودمشق امام المسافرين",
                                        "اعلنت محافظة حلب صباح اليوم اعادة افتتاح الطريق بعد اعمال صيانة."])
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

    @Test("a verb after a comma continues the sentence")
    func verbAfterComma() throws {
        let text = "في ظل الظروف الصعبة التي تمر بها المنطقة، اعلنت المحافظة خطة جديدة لاعادة تأهيل الطرق والجسور في الريف."
        #expect(try sentences(text).count == 1)
    }
}
