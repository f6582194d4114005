import Tarjama
import TarjamaText
import Testing

@Suite("Name spotter: only names whose agency spelling is settled and whole")
struct NameSpotterAgencyTests {
    static let suggester = GlossarySuggester(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "دونالد ترامب", target: "Donald Trump", type: .person, variants: ["ترامب"]),
            GlossaryEntry(source: "هلسنكي", target: "Helsinki", type: .place),
        ]))

    func persons(_ text: String, guesses: Bool = false) throws -> [TermSuggestion] {
        var suggester = Self.suggester
        suggester.suggestsGuessedNames = guesses
        return try suggester.suggestions(in: text).filter { $0.origin == .romanised }
    }

    @Test("محمد and حسين are a coin toss (Mohammed or Muhammad, Hussein or Hossein): left out, with --guesses marked ambiguous")
    func coinTossNames() throws {
        #expect(try persons("وصل محمد العلي إلى حلب مساء").isEmpty)
        #expect(try persons("قال الدكتور حسين العلي إن المستشفى مفتوح").isEmpty)
        // Passed over whole: not read again from the surname (Gerrard alone is half the name).
        #expect(try persons("وصل ستيفن جيرارد إلى الملعب").isEmpty)
        let found = try persons("وصل محمد العلي إلى حلب مساء", guesses: true)
        #expect(found.map(\.rendering) == ["Mohammed al-Ali"])
        #expect(found.first?.confidence == "ambiguous")
        #expect(found.first?.alternatives.contains("Muhammad al-Ali") == true)
        // A name without such a word keeps its dictionary spelling and low confidence.
        #expect(try persons("وصل سامر العلي إلى حلب مساء").first?.confidence == "low")
        #expect(NameDictionary.shipped.entry(for: "محمد")?.isCoinToss == true)
        #expect(NameDictionary.shipped.entry(for: "سامر")?.isCoinToss == false)
    }

    @Test("the toss column is read: yes marks a coin toss, an empty or missing column does not")
    func tossColumn() throws {
        let dictionary = try NameDictionary(
            tsv:
                "arabic\tenglish\tkind\tordinary\ttoss\nمحمد\tMohammed|Muhammad\tgiven\t\tyes\nسامر\tSamer\tgiven\nكوب\tCupp\tforeign\t\t\n",
            file: "n.tsv")
        #expect(dictionary.entry(for: "محمد")?.isCoinToss == true)
        #expect(dictionary.entry(for: "سامر")?.isCoinToss == false)
        #expect(dictionary.entry(for: "كوب")?.isCoinToss == false)
        let name = try ArabicTransliterator.shared.suggestSpelling(ofName: "محمد سامر", names: dictionary)
        #expect(name.isCoinToss && name.tossedWords == 1 && name.isFromDictionary)
    }

    @Test("a lone forename before a word the dictionary lacks is half a name, not suggested")
    func forenameBeforeUnknownSurname() throws {
        #expect(try persons("وقال مايك كوبلتون إن المتاجر ستتغير").isEmpty)
        #expect(try persons("التقى أولغا فرينكوفا في العاصمة").isEmpty)
        // The whole name, or a forename the sentence goes on after, still is.
        #expect(try persons("التقى مايك بومبيو الوفد في العاصمة").map(\.rendering) == ["Mike Pompeo"])
        #expect(try persons("وقالت أولغا إن الفيلم جيد").map(\.rendering) == ["Olga"])
        #expect(try persons("وصل مايك وزوجته إلى العاصمة").map(\.rendering) == ["Mike"])
        #expect(NameDictionary.shipped.entry(for: "مايك")?.kind == .forename)
        // وي and وو begin a foreign surname (a W), not the conjunction on a word.
        #expect(try persons("وصلت هولي ويلبرتون إلى الاستوديو").isEmpty)
    }

    @Test("a known name that begins like a preposition on the article (بالترو, والتون) is still part of the name")
    func knownNameLookingLikeAPhrase() throws {
        #expect(try persons("التقت جوينيث بالترو الصحفيين أمس").map(\.rendering) == ["Gwyneth Paltrow"])
        #expect(try persons("وقال لوك والتون إن الفريق جاهز").map(\.rendering) == ["Luke Walton"])
    }

    @Test("a forename that is also an everyday word joins the name after it; a four-word dictionary name is taken whole")
    func ordinaryForenameAndLongNames() throws {
        #expect(try persons("يحتاج فريق جيم فيوريك إلى الفوز").map(\.rendering) == ["Jim Furyk"])
        // أن 'that' is also the forename آن (Anne), but a function word never starts a name.
        #expect(try persons("وأكد أن جونسون في لندن").map(\.rendering) == ["Johnson"])
        #expect(try persons("التقى أندريس مانويل لوبيز أوبرادور الوفد").map(\.rendering) == ["Andres Manuel Lopez Obrador"])
    }

    @Test("a name after the conjunction و is found, spelled without it")
    func conjoinedNames() throws {
        let found = try persons("التقى جيريمي كوربين وتيريزا ماي في لندن")
        #expect(found.map(\.rendering) == ["Jeremy Corbyn", "Theresa May"])
        #expect(found.last?.text == "تيريزا ماي")
        #expect(try persons("وصل بوتين وأولغا إلى المطار").map(\.rendering) == ["Putin", "Olga"])
        // و on an everyday word, or on no name at all, is no person.
        #expect(try persons("وصل الوفد وحسن الحظ حليفه").isEmpty)
        #expect(try persons("ووصلت المساعدات وورد الخبر").isEmpty)
    }

    @Test("a glossary term matched through a clitic covers its whole word: no name suggestion overlaps it")
    func cliticTermCoversItsWord() throws {
        let all = try Self.suggester.suggestions(in: "التقى بوتين وترامب في هلسنكي")
        #expect(all.map(\.rendering) == ["Putin", "Trump", "Helsinki"])
        #expect(all.filter { $0.origin == .romanised }.map(\.rendering) == ["Putin"])
    }

    @Test("a name cut short at a particle or an initial is not suggested")
    func particlesDoNotEndAName() throws {
        #expect(try persons("وقال توماس دي وال إن المنطقة هادئة").isEmpty)
        #expect(try persons("وصل لودفيغ فان بيتهوفن إلى فيينا").isEmpty)
        #expect(try persons("قال الرئيس جيريمي جيه").isEmpty)
    }

    @Test("a surname after a particle or an unknown given name is half a name, not suggested; after a verb or a noun it stands alone")
    func surnameCutShortBefore() throws {
        // The agency spells the whole name (Raheem Sterling, Ben Miller); the surname alone is not it.
        #expect(try persons("سجل رحيم سترلنج في الدقيقة الأخيرة").isEmpty)
        #expect(try persons("لعب دوره بن ميلر في الفيلم").isEmpty)
        // A verb or a noun in construct before the surname is the sentence, not a given name.
        #expect(try persons("سجل سترلنج في الدقيقة الأخيرة").map(\.rendering) == ["Sterling"])
        #expect(try persons("يقود سترلنج في الهجوم").map(\.rendering) == ["Sterling"])
        #expect(try persons("انتقد حكومة ثاتشر في البرلمان").map(\.rendering) == ["Thatcher"])
        // A known forename before the surname keeps the whole name.
        #expect(try persons("سجل رحيم سترلنج وجون ميلر في الدقيقة الأخيرة").map(\.rendering) == ["John Miller"])
    }
}
