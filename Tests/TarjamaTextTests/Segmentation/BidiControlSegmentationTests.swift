import Testing
import TarjamaText

@Suite("Bidi controls pasted into the text do not move sentence boundaries")
struct BidiControlSegmentationTests {
    static func segmented(_ text: String) throws -> (texts: [String], ranges: [Range<Int>]) {
        let segmented = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: text))
        return (segmented.segments.map { segmented.text(of: $0) }, segmented.segments.map(\.range))
    }

    @Test("an abbreviation point wrapped in LRE…PDF (as web pages paste it) is still an abbreviation")
    func wrappedAbbreviationPoint() throws {
        let text = "قال د\u{202A}.\u{202C} ديفيد سميث ان الوضع صعب. وأضاف ان المساعدات وصلت."
        let result = try Self.segmented(text)
        #expect(result.texts == ["قال د\u{202A}.\u{202C} ديفيد سميث ان الوضع صعب.", "وأضاف ان المساعدات وصلت."])
    }

    @Test("controls around a sentence's full stop and at its start stay inside that sentence, and offsets point into the original")
    func controlsStayWithTheirSentence() throws {
        let text = "\u{202B}وصل الوفد الى دمشق\u{200F}.\u{202C} وقال المتحدث ان المحادثات ستستمر\u{200F}."
        let result = try Self.segmented(text)
        #expect(result.texts == ["\u{202B}وصل الوفد الى دمشق\u{200F}.\u{202C}", "وقال المتحدث ان المحادثات ستستمر\u{200F}."])
        #expect(result.ranges.first?.lowerBound == 0)
        #expect(result.ranges.last?.upperBound == text.utf16.count)
    }

    @Test("text without controls segments as before")
    func plainTextUnchanged() throws {
        #expect(try Self.segmented("وصل الوفد. وغادر.").texts == ["وصل الوفد.", "وغادر."])
    }
}
