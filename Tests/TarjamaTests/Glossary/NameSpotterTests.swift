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
        #expect(try persons("وصل الدكتور باسل الزعبي إلى دمشق").map(\.rendering) == ["Bassel al-Zoubi"])
        #expect(try persons("وقال ترامب إن المحادثات مثمرة").map(\.rendering) == ["Trump"])
        #expect(try persons("وصل سامر العلي إلى دمشق صباحا").map(\.rendering) == ["Samer al-Ali"])
        // No evidence: an unknown pair of words, or an ordinary word that is also a given name.
        #expect(try persons("وصل وفد كبير إلى دمشق").isEmpty)
        #expect(try persons("كان الوضع حسن جدا").isEmpty)
    }

    @Test(
        "the issue's given names, each in a sentence, take the agency spelling",
        arguments: [
            ("وصل سامر العلي إلى حلب مساء", "Samer al-Ali"), ("قال العميد ماهر الخطيب إن الطريق مفتوح", "Maher al-Khatib"),
            ("استقبل الوزير باسل الزعبي الوفد", "Bassel al-Zoubi"), ("التقى غسان الحلبي عددا من الطلاب", "Ghassan al-Halabi"),
            ("وكتب هيثم المصري مقالا طويلا", "Haitham al-Masri"), ("أكد السيد وائل الحداد أن العمل مستمر", "Wael al-Haddad"),
            ("سافر فراس العمر إلى بيروت", "Firas al-Omar"), ("قال الشيخ أسامة النجار إن المسجد مفتوح", "Osama al-Najjar"),
            ("وصل عمار الشامي أمس", "Ammar al-Shami"), ("تحدث ياسر الحسن عن الانتخابات", "Yasser al-Hassan"),
        ])
    func issueGivenNames(example: (String, String)) throws {
        #expect(try persons(example.0).map(\.rendering) == [example.1])
    }

    @Test("أسامة is Osama for the agencies and Usama in UN style")
    func osamaPerStyle() throws {
        let sentence = "قال الشيخ أسامة النجار إن المسجد مفتوح"
        let un = GlossarySuggester(glossary: Self.glossary, nameStyle: .un)
        #expect(try un.suggestions(in: sentence).filter { $0.origin == .romanised }.map(\.rendering) == ["Usama Al-Najjar"])
        #expect(try persons(sentence).map(\.rendering) == ["Osama al-Najjar"])
    }

    @Test("حمص is Homs in a sentence, never Hamas, with or without the glossary")
    func homsInSentence() throws {
        let sentence = "وصل سامر العلي إلى حمص"
        #expect(try Self.suggester.suggestions(in: sentence).map(\.rendering) == ["Samer al-Ali", "Homs"])
        let bare = GlossaryNameRomanizer(glossary: Glossary())
        let romanized = try bare.romanize(sentence)
        #expect(romanized.hasSuffix(" Homs") && !romanized.contains("Hamas"))
    }

    @Test("a name the rules would have to guess is left out, unless guesses are asked for, then marked")
    func guessesLeftOutUnlessAsked() throws {
        let sentence = "وصل الدكتور باسل شحادة إلى دمشق"
        #expect(try persons(sentence).isEmpty)
        var guessing = Self.suggester
        guessing.suggestsGuessedNames = true
        let found = try guessing.suggestions(in: sentence).filter { $0.origin == .romanised }
        #expect(found.map(\.text) == ["باسل شحادة"])
        #expect(found.first?.match == "guess" && found.first?.isGuess == true)
        #expect(found.first?.json().objectValue?["confidence"]?.stringValue == "guess")
        #expect(found.first?.textLine.contains("guessed spelling") == true)
        // A name spelled from the dictionary is not a guess.
        let known = try persons("وصل سامر العلي إلى دمشق")
        #expect(known.first?.match == "dictionary" && known.first?.json().objectValue?["confidence"]?.stringValue == "low")
    }

    @Test("an unknown word after two known names is the sentence going on, not a third name")
    func trailingGuessedWordDropped() throws {
        #expect(try persons("التقى جيريمي كوربين مسؤولين في لندن").map(\.rendering) == ["Jeremy Corbyn"])
        #expect(try persons("وقالت كريستين بلازي\nشاهدة").map(\.rendering) == ["Christine Blasey"])
    }

    @Test("a name whose agency spelling is a coin toss is left out, unless asked for: then ambiguous, the other spellings as alternatives")
    func ambiguousNameAlternatives() throws {
        let sentence = "وقال الحكم ستيفن طومسون إن الهدف صحيح"
        #expect(try persons(sentence).isEmpty)
        var guessing = Self.suggester
        guessing.suggestsGuessedNames = true
        let found = try guessing.suggestions(in: sentence).filter { $0.origin == .romanised }
        #expect(found.map(\.rendering) == ["Stephen Thompson"])
        #expect(found.first?.alternatives == ["Steven Thompson", "Stephen Thomson"])
        #expect(found.first?.match == "ambiguous" && found.first?.isAmbiguous == true)
        #expect(found.first?.json().objectValue?["confidence"]?.stringValue == "ambiguous")
        #expect(found.first?.textLine.contains("ambiguous spelling") == true)
    }

    @Test("a word with written tanween is never part of a name: قائدًا, ضغوطًا")
    func tanweenEndsAName() throws {
        #expect(try persons("ظل جيريمي قائدًا للحزب").map(\.rendering) == ["Jeremy"])
        #expect(try persons("واجه جوكو ضغوطًا كبيرة").map(\.rendering) == ["Joko"])
    }

    @Test("a foreign name after سان, سانت, ريو or ملعب names a place; جورجيا is the country")
    func placesAreNotPersons() throws {
        #expect(try persons("فاز الفريق على ملعب سان باولو في نابولي").isEmpty)
        #expect(try persons("وصلت المساعدات إلى جزيرة سانت مارتن").isEmpty)
        #expect(try persons("عبر النهر إلى ريو غراندي").isEmpty)
        #expect(try persons("وقعت جورجيا اتفاقا مع الاتحاد").isEmpty)
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
        let jim = GlossaryNameRomanizer(
            glossary: Glossary(entries: [
                GlossaryEntry(source: "جيمس ماتيس", target: "Jim Mattis", type: .person)
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
        let un = GlossaryNameRomanizer(
            glossary: Glossary(entries: [
                GlossaryEntry(source: "سامر العلي", target: "Samer al-Ali", type: .person, forbidden: ["Samer Al-Ali"])
            ]), style: .un)
        #expect(try un.romanize("سامر العلي") == "Samer al-Ali")
    }

    @Test("a person named by surname alone gets the short form, the full name as an alternative")
    func shortForms() throws {
        let suggester = GlossarySuggester(
            glossary: Glossary(entries: [
                GlossaryEntry(source: "دونالد ترامب", target: "Donald Trump", type: .person, variants: ["ترامب"])
            ]))
        let found = try suggester.suggestions(in: "التقى دونالد ترامب الوفد، ثم قال ترامب إن اللقاء كان جيدا، وأكد وترامب")
            .filter { $0.origin == .glossary }
        #expect(found.map(\.rendering) == ["Donald Trump", "Trump", "Trump"])
        #expect(found.dropFirst().first?.alternatives == ["Donald Trump"])
        // The names romanisation (translit) writes the short form the same way.
        let romanizer = GlossaryNameRomanizer(glossary: suggester.glossary)
        #expect(try romanizer.romanize("ترامب") == "Trump")
        #expect(try romanizer.romanize("دونالد ترامب") == "Donald Trump")
    }
}
