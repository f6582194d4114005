import Testing
import TarjamaText

/// The rule choices an evaluation sets from training data (`Scripts/segmentation-cv.py`), and
/// the ICU-only baseline it compares with.
@Suite("Segmentation tuning and the ICU baseline")
struct SegmentationTuningTests {
    static func sentences(
        _ text: String, language: SegmentationLanguage = .arabic,
        tuning: SegmentationTuning = .shipped
    ) throws -> [String] {
        let segmenter = try SentenceSegmenter(language: language, tuning: tuning)
        let segmented = try segmenter.segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("a tuning file sets each choice, lead-opener lines add up, and comments and blank lines are skipped")
    func parsing() throws {
        let tuning = try SegmentationTuning(
            parsing: """
                # chosen on folds 2-5
                lead-openers غرقت وصل
                lead-openers انفجرت

                minimum-headline-words 3
                minimum-lead-words 8
                minimum-words-before-line-split 5
                restating-leads off
                open-line-share 0.2
                english-line-ends off
                """, source: "t.tuning")
        #expect(tuning.leadOpeners == ["غرقت", "وصل", "انفجرت"])
        #expect(tuning.minimumHeadlineWords == 3 && tuning.minimumLeadWords == 8 && tuning.minimumWordsBeforeLineSplit == 5)
        #expect(!tuning.restatingLeads && !tuning.englishLineEnds && tuning.openLineShareForLines == 0.2)
        #expect(try SegmentationTuning(parsing: "", source: "empty") == .shipped)
    }

    @Test("an unknown setting or a bad value is refused with the file and line")
    func refusals() {
        #expect(throws: SegmentationError.tuning(source: "t.tuning", line: 2, message: "unknown setting minimum-words")) {
            try SegmentationTuning(parsing: "# x\nminimum-words 3", source: "t.tuning")
        }
        #expect(throws: SegmentationError.tuning(source: "t.tuning", line: 1, message: "restating-leads: expected on or off")) {
            try SegmentationTuning(parsing: "restating-leads yes", source: "t.tuning")
        }
        #expect(throws: SegmentationError.self) { try SegmentationTuning(parsing: "minimum-lead-words -1", source: "t") }
        #expect(throws: SegmentationError.self) { try SegmentationTuning(parsing: "open-line-share 2", source: "t") }
    }

    static let headlineIntoLead = "سفينة شحن كبيرة قرب سواحل اليونان غرقت سفينة شحن تحمل مئات الحاويات في بحر إيجة يوم الأحد."

    @Test("a tuned lead-opener list decides where an unpunctuated headline ends")
    func tunedLeadOpeners() throws {
        #expect(try Self.sentences(Self.headlineIntoLead).count == 1)
        var tuning = SegmentationTuning()
        tuning.leadOpeners = ["غرقت"]
        #expect(
            try Self.sentences(Self.headlineIntoLead, tuning: tuning)
                == ["سفينة شحن كبيرة قرب سواحل اليونان", "غرقت سفينة شحن تحمل مئات الحاويات في بحر إيجة يوم الأحد."])
        tuning.minimumHeadlineWords = 7
        #expect(try Self.sentences(Self.headlineIntoLead, tuning: tuning).count == 1)
    }

    @Test("a tuned list replaces the shipped event verbs but keeps the general reporting verbs")
    func generalOpenersStay() throws {
        var tuning = SegmentationTuning()
        tuning.leadOpeners = []
        let reported = "سفينة شحن كبيرة قرب سواحل اليونان قال خفر السواحل إن السفينة غرقت قرب جزيرة كريت يوم الأحد."
        #expect(try Self.sentences(reported, tuning: tuning).count == 2)
        let event = "حريق كبير في مصنع للنسيج شمال المدينة اندلع حريق كبير صباح اليوم في مصنع للنسيج شمال المدينة."
        #expect(try Self.sentences(event).count == 2)
        #expect(try Self.sentences(event, tuning: tuning).count == 1)
    }

    @Test("ICU alone breaks after the initial in د. that Tarjama's rules keep")
    func icuOnly() throws {
        let document = Document(name: "t", text: "وصل د. أحمد إلى المدينة. ثم غادر.")
        let segmenter = try SentenceSegmenter(language: .arabic)
        #expect(try segmenter.segment(document).segments.count == 2)
        let raw = try segmenter.segmentWithICUOnly(document)
        #expect(raw.segments.map { raw.text(of: $0) } == ["وصل د.", "أحمد إلى المدينة.", "ثم غادر."])
    }

    @Test("the open-line share decides how many open long lines a one-per-line text may have")
    func layoutShare() {
        let text = Document(
            name: "t",
            text: """
                The council met on Monday to discuss the budget for the coming year and
                the mayor said the city would borrow less than it did the year before.
                The vote is next week.
                Members asked for more time to read the report before they decide on it
                Some want a public hearing first.
                The hearing would be held in March at the earliest, officials said.
                """)
        #expect(!SentenceSegmenter.looksLikeOneSegmentPerLine(text, openLineShare: 0.15))
        #expect(SentenceSegmenter.looksLikeOneSegmentPerLine(text, openLineShare: 0.5))
    }
}
