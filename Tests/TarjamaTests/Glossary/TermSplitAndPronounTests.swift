import Tarjama
import Testing

/// A construct broken by ل as news writes it, and attached pronouns on the last word: both made
/// from the glossary when it loads, both reported with their own kind.
@Suite("Glossary matcher: split constructs and attached pronouns")
struct TermSplitAndPronounTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "وقف إطلاق النار", target: "ceasefire"),
            GlossaryEntry(source: "وزير الخارجية", target: "foreign minister"),
            GlossaryEntry(source: "مخيم اللاجئين", target: "refugee camp"),
            GlossaryEntry(source: "غارة جوية", target: "air strike"),
            GlossaryEntry(source: "قافلة مساعدات", target: "aid convoy"),
            GlossaryEntry(source: "مجلس الأمن", target: "Security Council", type: .organisation),
            GlossaryEntry(source: "حقوق", target: "rights"),
            GlossaryEntry(source: "حقوق الإنسان", target: "human rights"),
            GlossaryEntry(source: "الحكومة", target: "government"),
            GlossaryEntry(source: "محافظ", target: "governor"),
            GlossaryEntry(source: "محافظة", target: "governorate"),
            GlossaryEntry(source: "معارض", target: "dissident"),
            GlossaryEntry(source: "المسلحين", target: "militants"),
            GlossaryEntry(source: "مال", target: "money"),
            GlossaryEntry(source: "يد", target: "hand"),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("a construct takes ل on its second word, the article contracting, with the exact span")
    func splitConstruct() throws {
        #expect(Self.describe("دعت الأمم المتحدة إلى وقف لإطلاق النار في المدينة") == ["وقف لإطلاق النار→ceasefire/split"])
        // The head's accusative tanween leaves its alef; ل + ال is لل, and لل alone before a stem in ل.
        #expect(Self.describe("أعلن الطرفان وقفاً لإطلاق النار") == ["وقفاً لإطلاق النار→ceasefire/split"])
        #expect(Self.describe("عُيّن سفيرا ثم وزيرا للخارجية") == ["وزيرا للخارجية→foreign minister/split"])
        #expect(Self.describe("زار الوفد مخيما للاجئين") == ["مخيما للاجئين→refugee camp/split"])
        let text = "وبوقف لإطلاق النار"
        let match = try #require(try Self.matcher.matches(in: text).first)
        #expect(match.range == 2..<text.utf16.count)
        #expect(match.clitics == "و+ب")
    }

    @Test("an adjective phrase, an indefinite construct and a name are never split")
    func noSplitOutsideDefiniteConstructs() {
        #expect(Self.describe("شنت الطائرات غارة لجوية").isEmpty)
        #expect(Self.describe("وصلت قافلة لمساعدات").isEmpty)
        #expect(Self.describe("دعا مجلس للأمن القومي").isEmpty)
    }

    @Test("a pronoun on the last word, ة becoming ت, behind clitics too")
    func attachedPronouns() throws {
        #expect(
            Self.describe("طالب المحتجون بحقوقهم وبحقوق الإنسان")
                == ["حقوقهم→rights/pronoun", "حقوق الإنسان→human rights/clitic"])
        #expect(Self.describe("انتقد الوزير حكومته ثم دافع عن حكومتنا") == ["حكومته→government/pronoun", "حكومتنا→government/pronoun"])
        #expect(try Self.matcher.matches(in: "وحقوقها").map(\.clitics) == ["و"])
        #expect(Self.describe("استقبل محافظها الوفد") == ["محافظها→governor/pronoun"])
    }

    @Test("no pronoun after the article, on a word with the article, or where it shadows another word")
    func pronounsThatDoNotMatch() {
        #expect(Self.describe("الحقوقهم والحكومته").isEmpty)
        // محافظ + ه folds like the entry محافظة; مال + ك is the name Malik.
        #expect(Self.describe("زار محافظة حلب") == ["محافظة→governorate/exact"])
        #expect(Self.describe("قال مالك إن مالهم ضاع") == ["مالهم→money/pronoun"])
        // No pronoun ends in ة: معارضة is not معارض + ه.
        #expect(Self.describe("انتقدت معارضة الداخل").isEmpty)
        #expect(Self.describe("التقى معارضه") == ["معارضه→dissident/pronoun"])
        // A stem of two letters, and a sound masculine plural (its ن drops), take none.
        #expect(Self.describe("رفع يده ولوح").isEmpty)
        #expect(Self.describe("مسلحينهم").isEmpty)
    }

    @Test("the forms listed for the glossary owner are the ones the matcher uses")
    func listedForms() throws {
        let entries = Self.matcher.glossary.entries
        let ceasefire = try #require(entries.firstIndex { $0.target == "ceasefire" })
        let forms = Self.matcher.generatedForms(ofEntry: ceasefire)
        #expect(forms.contains(GeneratedTermForm(key: "وقف لاطلاق النار", kind: .split, takenBy: nil)))
        let governor = try #require(entries.firstIndex { $0.target == "governor" })
        let governorate = try #require(entries.firstIndex { $0.target == "governorate" })
        let governorForms = Self.matcher.generatedForms(ofEntry: governor)
        #expect(governorForms.contains(GeneratedTermForm(key: "محافظها", kind: .pronoun, takenBy: nil)))
        #expect(governorForms.contains(GeneratedTermForm(key: "محافظه", kind: .pronoun, takenBy: governorate)))
        let council = try #require(entries.firstIndex { $0.target == "Security Council" })
        #expect(Self.matcher.generatedForms(ofEntry: council).isEmpty)
    }
}
