import Testing
import TarjamaText

@Suite("Which rule started each segment (segment --explain)")
struct BoundaryExplanationTests {
    static let bulletin = """
        نشرة الأخبار

        وصلت القافلة إلى المدينة. وقال المحافظ في تصريح إن القافلة وصلت سالمة
        وقال مراسلنا إن الطريق مفتوح الآن؛ 21 - تؤكد اللجنة ذلك.
        """

    static func explained(_ text: String, language: SegmentationLanguage = .arabic) throws -> [String] {
        let segmenter = try SentenceSegmenter(language: language)
        let segmented = try segmenter.segment(Document(name: "t", text: text))
        let rules = try segmenter.explain(segmented)
        #expect(rules.count == segmented.segments.count)
        return zip(rules, segmented.segments).map { "\($0.0): \(segmented.text(of: $0.1).prefix(12))" }
    }

    @Test("paragraph, punctuation, unpunctuated line end and numbered paragraph are told apart")
    func bulletin() throws {
        #expect(
            try Self.explained(Self.bulletin) == [
                "start: نشرة الأخبار",
                "paragraph: وصلت القافلة",
                "punctuation: وقال المحافظ",
                "line-end: وقال مراسلنا",
                "list-item: 21 - تؤكد ال",
            ])
    }

    @Test("a headline run into its lead is cut by the headline rule")
    func headline() throws {
        let text = "حريق كبير في مصنع للنسيج شمال المدينة اندلع حريق كبير صباح اليوم في مصنع للنسيج شمال المدينة."
        #expect(try Self.explained(text).map { $0.prefix(while: { $0 != ":" }) } == ["start", "headline"])
    }

    @Test("English: a headline line ends at its line end, a paragraph number starts a list item")
    func english() throws {
        let text = "Council renews mission\nThe Council met on Monday and renewed the mission for a year; 4. Calls upon donors to help."
        #expect(
            try Self.explained(text, language: .english).map { $0.prefix(while: { $0 != ":" }) }
                == ["start", "line-end", "list-item"])
    }
}
