import Tarjama
import Testing

/// Words that look like a term but are not one: an adjective where a place name would stand,
/// a clitic letter whose written vowel says it is part of the word, a short term behind a
/// clitic with nothing around it to confirm the reading.
@Suite("Glossary matcher: readings the text rules out")
struct TermFalseMatchTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "الهامة", target: "al-Hameh", type: .place),
            GlossaryEntry(source: "القائم", target: "Qaim", type: .place),
            GlossaryEntry(source: "الرياض", target: "Riyadh", type: .place),
            GlossaryEntry(source: "دمشق", target: "Damascus", type: .place),
            GlossaryEntry(source: "حلب", target: "Aleppo", type: .place),
            GlossaryEntry(source: "نوى", target: "Nawa", type: .place),
            GlossaryEntry(source: "تلة", target: "hill"),
            GlossaryEntry(source: "الحصار", target: "siege"),
            GlossaryEntry(source: "العامرية", target: "Amiriyah", type: .place),
            GlossaryEntry(source: "التسوية", target: "settlement"),
            GlossaryEntry(source: "السلمية", target: "Salamiyah", type: .place),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("a definite place name right after a definite word is read as the adjective it looks like")
    func placeInAdjectivePosition() {
        #expect(Self.describe("ناقش الوزراء المسائل الهامة أمس").isEmpty)
        #expect(Self.describe("رفض الحل القائم على القوة").isEmpty)
        #expect(Self.describe("قصفت الطائرات بلدة الهامة") == ["الهامة→al-Hameh/exact"])
        #expect(Self.describe("وصل الجيش إلى القائم") == ["القائم→Qaim/exact"])
        // Apposition to a place noun, a clitic, or punctuation between: still the place.
        #expect(Self.describe("زار العاصمة الرياض") == ["الرياض→Riyadh/exact"])
        #expect(Self.describe("بين المعارك والهامة") == ["الهامة→al-Hameh/clitic"])
        #expect(Self.describe("في الجنوب، الهامة") == ["الهامة→al-Hameh/exact"])
        // After a name it is a compound or a list; after a common noun, its adjective.
        #expect(Self.describe("فتح معبر العامرية الهامة") == ["العامرية→Amiriyah/exact", "الهامة→al-Hameh/exact"])
        #expect(Self.describe("دعوا إلى التسوية السلمية") == ["التسوية→settlement/exact"])
    }

    @Test("a written vowel a clitic never takes makes the letter part of the word")
    func cliticVowels() {
        #expect(Self.describe("شكّل النواب كُتلة جديدة").isEmpty)
        #expect(Self.describe("مرّوا بِتلة صغيرة") == ["تلة→hill/clitic"])
        #expect(Self.describe("حذروا بُحصارهم").isEmpty)
        #expect(Self.describe("وَالحصار مستمر") == ["الحصار→siege/clitic"])
    }

    @Test("a short term behind a clitic needs a preposition or a match just before it")
    func shortTermsNeedContext() {
        #expect(Self.describe("شكلوا كتلة جديدة").isEmpty)
        #expect(Self.describe("ونوى الرحيل").isEmpty)
        #expect(Self.describe("دمشق وحلب") == ["دمشق→Damascus/exact", "حلب→Aleppo/clitic"])
        #expect(Self.describe("قصف بحلب ولنوى") == ["حلب→Aleppo/clitic", "نوى→Nawa/clitic"])
        #expect(Self.describe("صعدوا تلة ثم التلة") == ["تلة→hill/exact", "تلة→hill/clitic"])
        #expect(Self.describe("من مالطا، وحلب") == ["حلب→Aleppo/clitic"])
        #expect(Self.describe("الشمالي وتلة حلب") == ["تلة→hill/clitic", "حلب→Aleppo/exact"])
        #expect(Self.describe("ككتلة وكحلب").isEmpty)
    }
}
