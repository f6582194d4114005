import Tarjama
import TarjamaText
import Testing

@Suite("Name spotter: persons only with evidence, agency spellings, the glossary first")
struct NameSpotterTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(source: "دمشق", target: "Damascus", type: .place),
        GlossaryEntry(source: "بشار الأسد", target: "Bashar al-Assad", type: .person, forbidden: ["Bashar al-Asad"]),
        GlossaryEntry(source: "حمص", target: "Homs", type: .term, forbidden: ["Hamas"]),
    ])
    static let suggester = GlossarySuggester(glossary: glossary)

    func persons(_ text: String) throws -> [TermSuggestion] {
        try Self.suggester.suggestions(in: text).filter { $0.origin == .romanised }
    }

    @Test("ordinary words after a title are not a person: المحتملة للعدالة, وزير الإعلام السوري")
    func ordinaryWordsAreNotNames() throws {
        #expect(try persons("ناقش الوزير الآثار المحتملة للعدالة الانتقالية في البلاد").isEmpty)
        #expect(try persons("وقال المستشار المحتملة للعدالة").isEmpty)
        #expect(try persons("قال وزير الإعلام السوري إن الحكومة ماضية في خطتها").isEmpty)
        #expect(try persons("قال المتحدث باسم الشرطة إن الطريق مغلق").isEmpty)
        #expect(try persons("(د) تقييم مساهمة البرنامج في التعاون").isEmpty)
        #expect(try persons("تقديم الدعم الميداني دعم البعثة").isEmpty)
    }

    @Test("an office then a known given name: the name is the person, in agency spelling")
    func officeThenName() throws {
        let found = try persons("قال وزير الإعلام السوري باسل الزعبي إن الحكومة ماضية")
        #expect(found.map(\.text) == ["باسل الزعبي"])
        #expect(found.first?.rendering == "Bassel al-Zoubi")
    }

    @Test("evidence: a title, a reporting verb before a known name, or a known given name")
    func evidence() throws {
        #expect(try persons("وصل الدكتور باسل شحادة إلى دمشق").map(\.rendering) == ["Bassel Shahada"])
        #expect(try persons("وقال ترامب إن المحادثات مثمرة").map(\.rendering) == ["Trump"])
        #expect(try persons("وصل سامر العلي إلى دمشق صباحا").map(\.rendering) == ["Samer al-Ali"])
        // No evidence: an unknown pair of words, or an ordinary word that is also a given name.
        #expect(try persons("وصل وفد كبير إلى دمشق").isEmpty)
        #expect(try persons("كان الوضع حسن جدا").isEmpty)
    }

    @Test("a spelling the glossary forbids is never suggested")
    func forbiddenNeverSuggested() throws {
        let romanizer = GlossaryNameRomanizer(glossary: Self.glossary, names: NameDictionary())
        // Through the glossary's own words (بشار الأسد ↔ Bashar al-Assad), and where the rules
        // would give the forbidden form (حمص → Hamas), its rendering instead.
        #expect(try romanizer.romanize("بشار الاسد") == "Bashar al-Assad")
        #expect(try romanizer.romanize("ماهر الأسد") != "Mahir al-Asad")
        #expect(try romanizer.romanize("الأسد") == "al-Assad")
        #expect(try romanizer.romanize("حمص") == "Homs")
        // A nickname in one person's entry is not the desk's spelling of the given name.
        let jim = GlossaryNameRomanizer(glossary: Glossary(entries: [
            GlossaryEntry(source: "جيمس ماتيس", target: "Jim Mattis", type: .person),
        ]))
        #expect(try jim.romanize("جيمس جونسون") == "James Johnson")
        #expect(try jim.romanize("جيمس ماتيس") == "Jim Mattis")
        #expect(try ArabicTransliterator.shared.transliterate("حمص", scheme: .names, names: NameDictionary()) == "Hamas")
    }

    @Test("a house style applies to spotted names, and the glossary's forbidden forms still win")
    func styleThenGlossary() throws {
        let ap = GlossarySuggester(glossary: Self.glossary, nameStyle: .ap)
        let found = try ap.suggestions(in: "وصل سامر العلي إلى دمشق صباحا").filter { $0.origin == .romanised }
        #expect(found.map(\.rendering) == ["Samer Ali"])
        let un = GlossaryNameRomanizer(glossary: Glossary(entries: [
            GlossaryEntry(source: "سامر العلي", target: "Samer al-Ali", type: .person, forbidden: ["Samer Al-Ali"]),
        ]), style: .un)
        #expect(try un.romanize("سامر العلي") == "Samer al-Ali")
    }

    @Test("a person named by surname alone gets the short form, the full name as an alternative")
    func shortForms() throws {
        let suggester = GlossarySuggester(glossary: Glossary(entries: [
            GlossaryEntry(source: "دونالد ترامب", target: "Donald Trump", type: .person, variants: ["ترامب"]),
        ]))
        let found = try suggester.suggestions(in: "التقى دونالد ترامب الوفد، ثم قال ترامب إن اللقاء كان جيدا، وأكد وترامب")
            .filter { $0.origin == .glossary }
        #expect(found.map(\.rendering) == ["Donald Trump", "Trump", "Trump"])
        #expect(found.dropFirst().first?.alternatives == ["Donald Trump"])
    }
}
