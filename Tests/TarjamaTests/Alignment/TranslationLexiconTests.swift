import Testing
import Tarjama

@Suite("Learning word translations from aligned pairs")
struct TranslationLexiconTests {
    /// Pairs in which "حلب" and "Aleppo" always come together, "حماة"/"حماه" and "Hama" too
    /// (two spellings, one key), with words around them that vary.
    static func pairs(count: Int) -> [(source: String, target: String)] {
        let fillers = [
            ("وصلت القوافل", "convoys arrived"), ("اعلنت الحكومة", "government announced"),
            ("غادر المسلحون", "fighters left"), ("عاد السكان", "residents returned"),
        ]
        return (0..<count).map { index in
            let (arabic, english) = fillers[index % fillers.count]
            let city = index % 2 == 0 ? ("الى حلب", "to Aleppo") : (index % 4 == 1 ? ("الى حماة", "to Hama") : ("الى حماه", "to Hama"))
            return ("\(arabic) \(city.0) اليوم", "\(english) \(city.1) today")
        }
    }

    @Test("a word is linked to the word it keeps company with: clitics, article and spelling folded")
    func learnsLinks() throws {
        var settings = TranslationLexicon.Settings()
        settings.maximumShare = 0.6
        let lexicon = try #require(TranslationLexicon.learn(from: Self.pairs(count: 120), settings: settings))
        let byTarget = Dictionary(lexicon.links.map { ($0.target, $0.source) }, uniquingKeysWith: { first, _ in first })
        #expect(byTarget["aleppo"] == "حلب")
        #expect(byTarget["hama"] == "حماه")
        #expect(byTarget["convoys"] != nil || byTarget["arrived"] != nil)
        // Every word in at most one link.
        #expect(Set(lexicon.links.map(\.source)).count == lexicon.links.count)
        #expect(Set(lexicon.links.map(\.target)).count == lexicon.links.count)
        // The glossary the aligner's anchors use finds the stem again with a clitic.
        let matcher = GlossaryMatcher(glossary: lexicon.glossary)
        #expect(try matcher.matches(in: "وبحلب").map(\.kind) == [.clitic])
    }

    @Test("words in most pairs are function words and are never linked; too few pairs learn nothing")
    func refusesFunctionWordsAndSmallInputs() throws {
        let lexicon = try #require(TranslationLexicon.learn(from: Self.pairs(count: 120)))
        // اليوم/today is in every pair: above the 15% share.
        #expect(!lexicon.links.contains { $0.target == "today" || $0.source == "يوم" })
        #expect(TranslationLexicon.learn(from: Self.pairs(count: 99)) == nil)
    }
}
