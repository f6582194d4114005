import Foundation
import Tarjama
import Testing

/// Terms as running news text inflects them: the contracted article, the article on every word
/// of a phrase, sound plurals and duals, and the readings that must not match.
@Suite("Glossary matcher: term forms")
struct TermFormsTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "اللاجئين", target: "refugees", variants: ["اللاجئون"]),
            GlossaryEntry(source: "المسلحين", target: "militants"),
            GlossaryEntry(source: "المنطقة العازلة", target: "buffer zone"),
            GlossaryEntry(source: "البراميل المتفجرة", target: "barrel bombs"),
            GlossaryEntry(source: "المساعدات الإنسانية", target: "humanitarian aid"),
            GlossaryEntry(source: "غارة جوية", target: "air strike"),
            GlossaryEntry(source: "سيارة مفخخة", target: "car bomb"),
            GlossaryEntry(source: "ريف", target: "countryside"),
            GlossaryEntry(source: "محافظ", target: "governor"),
            GlossaryEntry(source: "القذيفة", target: "shell", variants: ["القذائف"]),
            GlossaryEntry(source: "الجيش التركي", target: "Turkish army"),
            GlossaryEntry(source: "دوما", target: "Douma", type: .place),
            GlossaryEntry(source: "مجلس الأمن", target: "Security Council", type: .organisation),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("ل + ال written لل matches the definite term, also before a stem starting with ل")
    func contractedArticle() throws {
        #expect(
            Self.describe("قدمت المنظمة الغذاء للاجئين في المخيم")
                == ["لاجئين→refugees/contracted"])
        #expect(Self.describe("وصلت الدوريات للمنطقة العازلة صباحا") == ["لمنطقة العازلة→buffer zone/contracted"])
        #expect(try Self.matcher.matches(in: "وللاجئين").map(\.clitics) == ["و+ل+ال"])
    }

    @Test("concordance keys of the contracted, definite and bare word are one key")
    func contractedArticleInMemoryKeys() {
        let tokenizer = MatchTokenizer()
        let keys = ["للاجئين", "اللاجئين", "لاجئين", "واللاجئين"].map { tokenizer.keys(in: $0) }
        #expect(Set(keys).count == 1, "\(keys)")
        #expect(tokenizer.keys(in: "للإجلاء") == tokenizer.keys(in: "الإجلاء"))
    }

    @Test("the article comes and goes on every word of a phrase together, never a mix")
    func articleOnEveryWord() {
        #expect(Self.describe("أقيمت منطقة عازلة على الحدود") == ["منطقة عازلة→buffer zone/indefinite"])
        #expect(Self.describe("ألقت الطائرات براميل متفجرة على الحي") == ["براميل متفجرة→barrel bombs/indefinite"])
        #expect(Self.describe("وصلت ومساعدات إنسانية") == ["مساعدات إنسانية→humanitarian aid/indefinite"])
        #expect(Self.describe("نفذت الغارة الجوية فجرا") == ["الغارة الجوية→air strike/definite"])
        #expect(Self.describe("المنطقة عازلة ومنطقة العازلة").isEmpty)
    }

    @Test("sound plurals in both cases, and ة → ات on the head noun")
    func soundPlurals() {
        #expect(Self.describe("انسحب المسلحون من القرية") == ["المسلحون→militants/plural"])
        // مسلحين is the entry's own case and number, only without the article.
        #expect(
            Self.describe("هاجم مسلحون الحاجز واعتقل مسلحين آخرين")
                == ["مسلحون→militants/plural", "مسلحين→militants/indefinite"])
        #expect(Self.describe("عاد لاجئين كثر وعاد اللاجئون") == ["لاجئين→refugees/indefinite", "اللاجئون→refugees/variant"])
        #expect(
            Self.describe("شنت الطائرات غارات جوية ثم توقفت الغارات الجوية")
                == ["غارات جوية→air strike/plural", "الغارات الجوية→air strike/plural"])
    }

    @Test("a broken plural is still the variants column, and its forms follow it")
    func brokenPluralVariant() {
        #expect(Self.describe("سقطت القذائف على الحي") == ["القذائف→shell/variant"])
        #expect(Self.describe("سقطت قذائف وقذيفة") == ["قذائف→shell/indefinite", "قذيفة→shell/indefinite"])
        #expect(Self.describe("سقطت قذيفتان") == ["قذيفتان→shell/dual"])
    }

    @Test("duals in both cases, the adjective agreeing")
    func duals() {
        #expect(Self.describe("انفجرت سيارتان مفخختان قرب السوق") == ["سيارتان مفخختان→car bomb/dual"])
        #expect(Self.describe("نفذت الطائرات غارتين جويتين") == ["غارتين جويتين→air strike/dual"])
        #expect(Self.describe("اتفق الجيشان التركيان") == ["الجيشان التركيان→Turkish army/dual"])
    }

    @Test("written tanween rules out a name, a part of a name is not the name, a short entry has no forms")
    func noFalseMatches() {
        #expect(Self.describe("كان دومًا يقول ذلك").isEmpty)
        #expect(Self.describe("قصفت الطائرات دوما") == ["دوما→Douma/exact"])
        #expect(Self.describe("ناقش الأمن والاستقرار").isEmpty)
        #expect(Self.describe("اجتمع مجلس الأمن") == ["مجلس الأمن→Security Council/exact"])
        #expect(Self.describe("ريفان وريفين وريفات").isEmpty)
        // A lone masculine word + ين is often another word ('conservatives').
        #expect(Self.describe("فاز حزب المحافظين").isEmpty)
    }
}
