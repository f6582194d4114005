import Tarjama
import TarjamaText
import Testing

/// `check` compares dates as dates, takes an Arabic dual for "two", and accepts the ways news
/// writes percentages, fractions and ordinals; suggestions follow the news style.
@Suite("Number and date QA")
struct NumberCheckTests {
    static let suggester = GlossarySuggester(glossary: Glossary())

    func problems(_ source: String, _ target: String) throws -> [TermProblem] {
        try TermChecker(suggester: Self.suggester).check(BilingualRecord(id: "n:1", source: source, target: target), line: 1)
    }

    @Test(
        "a date agrees with its English forms, whatever the order and the digits",
        arguments: [
            "The attack came on 15 December 2016.", "The attack came on December 15, 2016.", "The attack came on Dec. 15.",
        ])
    func datesAgree(target: String) throws {
        #expect(try problems("وقع الهجوم في 15 كانون الأول 2016", target).isEmpty)
        #expect(try problems("وقع الهجوم في ١٥ ديسمبر ٢٠١٦", target).isEmpty)
    }

    @Test("a month's الثاني raises no number alarm; a wrong day is one date problem")
    func monthNames() throws {
        #expect(try problems("عاد الوفد في كانون الثاني", "The delegation returned in January").isEmpty)
        let wrong = try problems("وقع الهجوم في 15 كانون الأول 2016", "The attack came on December 16, 2016.")
        #expect(wrong.map(\.kind) == [.dateMismatch])
        #expect(wrong.first?.expected == "15 December 2016")
        #expect(wrong.first?.found == "December 16, 2016")
    }

    @Test(
        "an Arabic dual stands for two",
        arguments: [
            ("أصدر الوزير تصريحين", "The minister issued two statements"), ("بين الدولتين", "between the two states"),
            ("بعد يومين من القصف", "2 days after the shelling"), ("اتفقت الحكومتان", "Both governments agreed"),
        ])
    func dualIsTwo(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("a plural is no dual: two in the English with none in the Arabic is still flagged")
    func pluralIsNotDual() throws {
        #expect(try problems("قتل المدنيين في القصف", "Two civilians were killed in the shelling").map(\.kind) == [.numberMismatch])
    }

    @Test(
        "ordinals agree in words and figures",
        arguments: [
            ("المرحلة الأولى", "the first stage"), ("المرحلة الأولى", "the 1st stage"), ("الجولة الثانية", "the second round"),
            ("الجولة الثانية", "the 2nd round"), ("الدورة الثالثة", "the third session"),
        ])
    func ordinals(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("percentages in any of the forms news writes", arguments: ["rose 5 per cent", "rose 5 percent", "rose 5%"])
    func percent(target: String) throws {
        #expect(try problems("ارتفع بنسبة 5 في المئة", target).isEmpty)
        #expect(try problems("ارتفع بنسبة ٥٪", target).isEmpty)
    }

    @Test(
        "fractions on both sides raise no alarm",
        arguments: [
            ("صوت ثلثا الناخبين", "Two-thirds of voters voted"), ("دمر نصف المدينة", "Half of the city was destroyed"),
            ("نصف مليون لاجئ", "half a million refugees"), ("ربع السكان", "a quarter of the population"),
        ])
    func fractions(example: (String, String)) throws {
        #expect(try problems(example.0, example.1).isEmpty)
    }

    @Test("suggestions: small numbers in words, millions with their scale, dates in the British order")
    func suggestions() throws {
        let found = try Self.suggester.suggestions(in: "وصلت أربع قوافل تحمل اثنين وأربعين مليون دولار في 15 كانون الأول 2016")
        #expect(found.map(\.rendering) == ["four", "$42 million", "15 December 2016"])
        #expect(
            found.map(\.alternatives) == [["4"], ["$42,000,000", "$42m", "42 million dollars"], ["December 15, 2016", "Dec. 15, 2016"]])
        #expect(found.map(\.type) == ["number", "money", "date"])
        #expect(found.map(\.text) == ["أربع", "اثنين وأربعين مليون دولار", "15 كانون الأول 2016"])
    }

    @Test(
        "money is written in figures with its sign first, the currency word in the span",
        arguments: [
            ("رصد 3.6 مليار دولار للإعمار", "3.6 مليار دولار", "$3.6 billion"), ("بقيمة ٥٠٠ دولارا", "٥٠٠ دولارا", "$500"),
            ("نحو مليوني يورو", "مليوني يورو", "€2 million"), ("دفع ثلاثة دولارات", "ثلاثة دولارات", "$3"),
        ])
    func money(example: (String, String, String)) throws {
        let found = try Self.suggester.suggestions(in: example.0).filter { $0.type == "money" }
        #expect(found.map(\.text) == [example.1])
        #expect(found.map(\.rendering) == [example.2])
        // What is suggested reads back as the same amount.
        let amount = try ArabicNumberParser.shared.numbers(in: example.1).map(\.value)
        #expect(EnglishNumberParser.shared.numbers(in: "paid \(example.2) in all").map(\.value) == amount)
    }

    @Test("a figure in Latin digits before a currency word is left as it stands")
    func latinMoney() throws {
        #expect(try Self.suggester.suggestions(in: "دفع 500 دولار").isEmpty)
    }
}
