import Testing
import TarjamaText

/// Paragraphs and sentences that run on where a document's lines were joined: after a comma,
/// or after a heading that has no punctuation of its own (issue 24). All text written for the tests.
@Suite("Run-in paragraphs and headings")
struct RunInParagraphTests {
    static func sentences(_ text: String, language: SegmentationLanguage, tuning: SegmentationTuning = .shipped) throws -> [String] {
        let segmented = try SentenceSegmenter(language: language, tuning: tuning).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("Arabic: a numbered paragraph or وإذ after a comma starts a segment; a range after a comma does not")
    func arabicAfterComma() throws {
        let text = "وإذ ترحب بالتقرير الذي قدمته الأمانة، وإذ تلاحظ الجهود المبذولة في هذا المجال، 3 - تطلب إلى الدول الأعضاء تقديم الدعم."
        #expect(
            try Self.sentences(text, language: .arabic) == [
                "وإذ ترحب بالتقرير الذي قدمته الأمانة،",
                "وإذ تلاحظ الجهود المبذولة في هذا المجال،",
                "3 - تطلب إلى الدول الأعضاء تقديم الدعم.",
            ])
        #expect(try Self.sentences("تنطبق أحكام الفقرات 2، 4 - 6 على جميع الدول.", language: .arabic).count == 1)
    }

    @Test("Arabic: a numbered paragraph after an unpunctuated title starts a segment; after الفقرة or a particle it does not")
    func arabicAfterTitle() throws {
        let text = "مشروع قرار مقدم من الرئيس إلى اللجنة الفرعية 2 - تشجع الحكومات على مواصلة التعاون."
        #expect(
            try Self.sentences(text, language: .arabic) == [
                "مشروع قرار مقدم من الرئيس إلى اللجنة الفرعية",
                "2 - تشجع الحكومات على مواصلة التعاون.",
            ])
        #expect(try Self.sentences("وأشارت اللجنة إلى الفقرة 2 - وهي الفقرة التي نوقشت أمس.", language: .arabic).count == 1)
        #expect(try Self.sentences("وقد بلغ عدد الحالات في 12 - وفق التقرير - حدا كبيرا.", language: .arabic).count == 1)
    }

    @Test("English: a paragraph number after a comma or an unpunctuated heading opens its paragraph")
    func englishNumbers() throws {
        let text =
            "Recalling its earlier decisions on the matter, 2. Requests the secretariat to report. Organization of the session II. Opening of the meeting"
        #expect(
            try Self.sentences(text, language: .english) == [
                "Recalling its earlier decisions on the matter,",
                "2. Requests the secretariat to report.",
                "Organization of the session",
                "II. Opening of the meeting",
            ])
    }

    @Test("English: a number that a reference word, a month or a function word announces still ends its sentence")
    func englishReferences() throws {
        #expect(
            try Self.sentences(
                "The text is set out in annex II. The board agreed. The talks began on March 8. They ended later.", language: .english)
                == ["The text is set out in annex II.", "The board agreed.", "The talks began on March 8.", "They ended later."])
    }

    @Test("English: a preambular participle after a comma opens a paragraph; a name after a comma does not")
    func englishPreambles() throws {
        let text =
            "Welcoming the report of the Secretary-General, Noting with concern the delays in funding, Reaffirming its support for the mission,"
        #expect(try Self.sentences(text, language: .english).count == 3)
        #expect(try Self.sentences("Delegates came from Paris, Reading and Leeds.", language: .english).count == 1)
    }

    @Test("English: a sentence opener after an unpunctuated heading starts a sentence; The Hague and 'in The' do not")
    func englishHeadings() throws {
        let text = "Executive Board The report was adopted without a vote. Delegates met in The Hague and The Hague Group spoke."
        #expect(
            try Self.sentences(text, language: .english) == [
                "Executive Board",
                "The report was adopted without a vote.",
                "Delegates met in The Hague and The Hague Group spoke.",
            ])
        var off = SegmentationTuning()
        off.englishRunInHeadings = false
        #expect(try Self.sentences(text, language: .english, tuning: off).count == 2)
    }

    @Test("the new rules are explained: list items for numbers and participles, headline for a run-in opener")
    func explained() throws {
        let text =
            "Provisional agenda for the meeting 2. Adoption of the agenda, Noting the report, Executive Board The report was adopted."
        let segmenter = try SentenceSegmenter(language: .english)
        let segmented = try segmenter.segment(Document(name: "t", text: text))
        #expect(try segmenter.explain(segmented).map(\.rawValue) == ["start", "list-item", "list-item", "headline"])
    }
}
