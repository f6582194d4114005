import Tarjama
import Testing

/// An adjective that shares its letters with an entry agrees with the noun for people before it.
@Suite("Glossary matcher: adjectives agreeing with a noun")
struct TermAgreementTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "المسلحين", target: "militants", variants: ["المسلحون"]),
            GlossaryEntry(source: "سوريا", target: "Syria", type: .place, variants: ["سورية"]),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("after an indefinite plural or dual for people a word in ين, ون or ان is its adjective")
    func pluralAdjective() {
        #expect(Self.describe("اقتحم رجال مسلحين المبنى").isEmpty)
        #expect(Self.describe("شوهد أربعة أشخاص مسلحين قرب الحاجز").isEmpty)
        #expect(Self.describe("شوهد رجلان مسلحان قرب الحاجز").isEmpty)
        #expect(Self.describe("اعتقلت الشرطة رجلين مسلحين").isEmpty)
        #expect(Self.describe("هاجم المسلحين الحاجز") == ["المسلحين→militants/exact"])
        #expect(Self.describe("اشتبك الجيش مع مسلحين في الريف") == ["مسلحين→militants/indefinite"])
        // A conjunction ends the agreement: a list of two groups.
        #expect(Self.describe("قتل جنود ومسلحين") == ["مسلحين→militants/indefinite"])
    }

    @Test("after a singular accusative or feminine noun for people a place's letters are the gentilic")
    func gentilicAdjective() {
        #expect(Self.describe("قتل خمسون مواطنا سوريا في القصف").isEmpty)
        #expect(Self.describe("التقيت امرأة سورية في المخيم").isEmpty)
        // A construct (no tanween) or a noun for things keeps the country.
        #expect(Self.describe("عاد مواطني سوريا إلى بيوتهم") == ["سوريا→Syria/exact"])
        #expect(Self.describe("يحلم أطفال سوريا بالسلام") == ["سوريا→Syria/exact"])
        #expect(Self.describe("زار وفد سوريا") == ["سوريا→Syria/exact"])
    }
}
