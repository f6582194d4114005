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
        #expect(try Self.sentences("Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5 in room No. 3. They talked.")
            == ["Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5 in room No. 3.", "They talked."])
    }

    @Test("U.S. inside a sentence stays; U.S. before a sentence opener ends it")
    func initialisms() throws {
        #expect(try Self.sentences("The U.S. Navy said so. It left the U.S. The ship sailed.")
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
