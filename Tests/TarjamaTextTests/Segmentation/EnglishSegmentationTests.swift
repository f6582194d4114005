import Testing
import TarjamaText

@Suite("English sentence rules")
struct EnglishSegmentationTests {
    static func sentences(_ text: String) throws -> [String] {
        let segmented = try SentenceSegmenter(language: .english).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("titles, months before a day and numbered references do not end a sentence")
    func abbreviations() throws {
        #expect(
            try Self.sentences("Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5 in room No. 3. They talked.")
                == ["Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5 in room No. 3.", "They talked."])
    }

    @Test("U.S. inside a sentence stays; U.S. before a sentence opener ends it")
    func initialisms() throws {
        #expect(
            try Self.sentences("The U.S. Navy said so. It left the U.S. The ship sailed.")
                == ["The U.S. Navy said so.", "It left the U.S.", "The ship sailed."])
    }

    @Test("questions and exclamations end sentences, as does a full stop before a capital")
    func basics() throws {
        #expect(try Self.sentences("Will it rain? Maybe! Officials say so.") == ["Will it rain?", "Maybe!", "Officials say so."])
    }

    @Test("language tags are read as BCP 47, region and case ignored; unknown ones are refused by name")
    func languageTags() {
        #expect(SegmentationLanguage(bcp47: "ar-SY") == .arabic)
        #expect(SegmentationLanguage(bcp47: "EN_gb") == .english)
        #expect(throws: SegmentationError.unsupportedLanguage("fr")) { try SegmentationLanguage.named("fr") }
    }
}

@Suite("English headlines on their own line")
struct EnglishLineEndTests {
    static func sentences(_ text: String, tuning: SegmentationTuning = .shipped) throws -> [String] {
        let segmented = try SentenceSegmenter(language: .english, tuning: tuning).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    static let article = """
        Macedonians go to polls in referendum on changing country's name
        Voters will vote Sunday on whether to change their country's name to the "Republic of North Macedonia."
        The vote was set up to resolve a dispute with Greece.
        """

    @Test("a short unpunctuated line before a line that opens a sentence is a headline, not a wrap")
    func headline() throws {
        #expect(
            try Self.sentences(Self.article) == [
                "Macedonians go to polls in referendum on changing country's name",
                "Voters will vote Sunday on whether to change their country's name to the \"Republic of North Macedonia.\"",
                "The vote was set up to resolve a dispute with Greece.",
            ])
    }

    @Test("the rule can be switched off, and then the headline runs into the lead as before")
    func switchedOff() throws {
        var tuning = SegmentationTuning()
        tuning.englishLineEnds = false
        #expect(try Self.sentences(Self.article, tuning: tuning).count == 2)
    }

    @Test("a hard wrap before a capitalised name, or after a function word, does not split")
    func hardWraps() throws {
        let wrapped = """
            The committee heard evidence from the chief executive and the head of
            the regulator, who told members that the plan agreed with the Treasury
            Department would not be ready before the summer. Members asked about
            The Times report and the minister said it was wrong.
            """
        #expect(try Self.sentences(wrapped).count == 2)
    }
}

@Suite("English numbered paragraphs")
struct EnglishParagraphNumberTests {
    static func sentences(_ text: String, tuning: SegmentationTuning = .shipped) throws -> [String] {
        let segmented = try SentenceSegmenter(language: .english, tuning: tuning).segment(Document(name: "t", text: text))
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("a paragraph number after ; or . opens its paragraph instead of ending a sentence")
    func numberedParagraphs() throws {
        let text =
            "Welcomes the support of the international community in both fields; 4. Calls upon donors to remain engaged. 5. Invites donors to align their aid. V. Final provisions"
        #expect(
            try Self.sentences(text) == [
                "Welcomes the support of the international community in both fields;",
                "4. Calls upon donors to remain engaged.",
                "5. Invites donors to align their aid.",
                "V. Final provisions",
            ])
        var off = SegmentationTuning()
        off.englishParagraphNumbers = false
        #expect(try Self.sentences(text, tuning: off).first == "Welcomes the support of the international community in both fields; 4.")
    }

    @Test("a number that ends a sentence after a word still ends it")
    func numberEndingSentence() throws {
        #expect(
            try Self.sentences("The Council referred to paragraph 4. The vote was taken at 10. It passed.")
                == ["The Council referred to paragraph 4.", "The vote was taken at 10.", "It passed."])
    }
}
