import Testing
@testable import TarjamaText

@Suite("Name dictionary: agency spellings before guessed vowels")
struct NameDictionaryTests {
    let transliterator = ArabicTransliterator.shared

    @Test(
        "common given names take the spelling agencies print, not the guessed vowels",
        arguments: [
            ("سامر", "Samer"), ("ماهر", "Maher"), ("باسل", "Bassel"), ("غسان", "Ghassan"), ("هيثم", "Haitham"),
            ("وائل", "Wael"), ("فراس", "Firas"), ("أسامة", "Osama"), ("عمار", "Ammar"), ("ياسر", "Yasser"),
        ])
    func givenNames(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test("حمص is Homs, not the movement Hamas")
    func homs() throws {
        #expect(try transliterator.transliterate("حمص", scheme: .names) == "Homs")
        #expect(try transliterator.transliterate("قصف على حمص", scheme: .names).hasSuffix(" Homs"))
    }

    @Test(
        "foreign names go back to their own spelling; an initial spelled out is the letter",
        arguments: [
            ("جيه جونسون", "J. Johnson"), ("ترامب", "Trump"), ("فلاديمير بوتين", "Vladimir Putin"),
            ("رجب طيب أردوغان", "Recep Tayyip Erdogan"), ("إيمانويل ماكرون", "Emmanuel Macron"),
        ])
    func foreignNames(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test("spelling variants find the entry through the matching key: hamza, ta marbuta, alef, tashkeel")
    func variants() throws {
        for spelling in ["أسامة", "اسامة", "اسامه", "أُسامة"] {
            #expect(try transliterator.transliterate(spelling, scheme: .names) == "Osama")
        }
        #expect(NameDictionary.shipped.entry(for: "وايل")?.spelling == "Wael")
    }

    @Test("a known name with the article is the family name; unknown words are still guessed")
    func mixed() throws {
        #expect(try transliterator.transliterate("سامر العلي", scheme: .names) == "Samer al-Ali")
        #expect(try transliterator.transliterate("سامر الحزوري", scheme: .names) == "Samer al-Hazuri")
        #expect(try transliterator.transliterate("باسل، حلب", scheme: .names) == "Bassel, Aleppo")
    }

    @Test(
        "a conjunction or preposition before a known name is dropped, the name spelled as the dictionary has it",
        arguments: [
            ("وبشار الأسد", "Bashar al-Assad"), ("وبشار", "Bashar"), ("فسامر العلي", "Samer al-Ali"), ("للأسد", "al-Assad"),
            ("بالأسد", "al-Assad"), ("وبالأسد", "al-Assad"), ("وترامب", "Trump"), ("والعلي", "al-Ali"),
        ])
    func proclitics(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test("a name that starts with a clitic letter is the name itself, not a clitic on a shorter one")
    func cliticLetterNames() throws {
        for (arabic, latin) in [
            ("باسل", "Bassel"), ("وائل", "Wael"), ("فراس", "Firas"), ("وسيم", "Wassim"), ("كريم", "Karim"), ("لينا", "Lina"),
        ] {
            #expect(try transliterator.transliterate(arabic, scheme: .names) == latin)
        }
        #expect(ArabicTransliterator.proclitic(stemsOf: "باسل").isEmpty)
        #expect(ArabicTransliterator.proclitic(stemsOf: "ولبشار") == ["لبشار"])
    }

    @Test(
        "foreign names frequent in Arabic news: Western, Russian, Turkish, Persian, Korean",
        arguments: [
            ("جيمس جونز", "James Jones"), ("روان أتكينسون", "Rowan Atkinson"), ("ستيفن جيرارد", "Stephen Gerrard"),
            ("كيم جونج أون", "Kim Jong Un"), ("كيم جونغ أون", "Kim Jong Un"), ("فيكتور أوربان", "Viktor Orban"),
            ("أنتوني بلينكن", "Antony Blinken"), ("يفغيني بريغوجين", "Yevgeny Prigozhin"), ("ألكسندر نوفاك", "Alexander Novak"),
            ("سليمان صويلو", "Suleyman Soylu"), ("علي أكبر ولايتي", "Ali Akbar Velayati"), ("جورجيا ميلوني", "Giorgia Meloni"),
        ])
    func moreForeignNames(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test("an ambiguous spelling carries the others agencies print, one word changed at a time")
    func alternatives() throws {
        let dictionary = try NameDictionary(
            tsv: "arabic\tenglish\tkind\tordinary\nستيفن\tStephen|Steven\tforeign\t\nطومسون\tThompson | Thomson\tforeign\t\n", file: "n.tsv"
        )
        #expect(dictionary.entry(for: "ستيفن")?.spelling == "Stephen")
        #expect(dictionary.entry(for: "ستيفن")?.alternatives == ["Steven"])
        let name = try transliterator.suggestSpelling(ofName: "ستيفن طومسون", names: dictionary)
        #expect(name.suggestion == "Stephen Thompson" && name.isFromDictionary)
        #expect(name.alternatives == ["Steven Thompson", "Stephen Thomson"])
        #expect(try transliterator.transliterate("ستيفن", scheme: .names, names: dictionary) == "Stephen")
    }

    @Test("جورجيا alone is the country; روان alone the Arabic given name")
    func homographs() throws {
        #expect(NameDictionary.shipped.entry(for: "جورجيا")?.kind == .place)
        #expect(try transliterator.transliterate("جورجيا", scheme: .names) == "Georgia")
        #expect(try transliterator.transliterate("روان", scheme: .names) == "Rawan")
    }

    @Test("without the dictionary the rules still guess (the spellings the dictionary corrects)")
    func rulesAlone() throws {
        let none = NameDictionary()
        #expect(try transliterator.transliterate("سامر", scheme: .names, names: none) == "Samir")
        #expect(try transliterator.transliterate("حمص", scheme: .names, names: none) == "Hamas")
        #expect(try transliterator.transliterate("بشّار", scheme: .names, names: none) == "Bashshar")
    }

    @Test("the shipped dictionary loads; a malformed file is refused naming the line")
    func loading() throws {
        #expect(NameDictionary.shipped.count > 900)
        #expect(NameDictionary.shipped.entry(for: "محمد")?.isPersonEvidence == true)
        #expect(NameDictionary.shipped.entry(for: "حسن")?.isPersonEvidence == false)
        #expect(
            throws: NameDictionaryError.badLine(
                file: "n.tsv", line: 3, reason: "kind must be one of given, forename, family, foreign, place, initial")
        ) {
            try NameDictionary(tsv: "# c\narabic\tenglish\tkind\tordinary\nسامر\tSamer\tperson\t\n", file: "n.tsv")
        }
        #expect(throws: NameDictionaryError.missingHeader(file: "n.tsv", line: 1)) {
            try NameDictionary(tsv: "سامر\tSamer\tgiven\t\n", file: "n.tsv")
        }
    }

    @Test("house styles: AP drops the article after a given name, UN capitalises it; Gaddafi, Gadhafi, Qadhafi")
    func houseStyles() throws {
        let name = try transliterator.transliterate("بشار الأسد", scheme: .names)
        #expect(NameStyle.reuters.apply(to: name) == "Bashar al-Assad")
        #expect(NameStyle.ap.apply(to: name) == "Bashar Assad")
        #expect(NameStyle.un.apply(to: name) == "Bashar Al-Assad")
        #expect(NameStyle.ap.apply(to: "al-Baghdadi") == "al-Baghdadi")
        #expect(
            NameStyle.allCases.map { $0.apply(to: "Muammar Gaddafi") }
                == ["Muammar Gaddafi", "Muammar Gadhafi", "Muammar Gaddafi", "Muammar Qadhafi"])
        #expect(NameStyle.reuters.apply(to: "al-Qaeda") == "al Qaeda" && NameStyle.ap.apply(to: "al-Qaeda") == "al-Qaida")
        // أسامة: Osama for the agencies, Usama in UN documents.
        let osama = try transliterator.transliterate("أسامة بن لادن", scheme: .names)
        #expect(
            NameStyle.allCases.map { $0.apply(to: osama) }
                == ["Osama bin Laden", "Osama bin Laden", "Osama bin Laden", "Usama bin Laden"])
    }
}
