import Testing
import TarjamaText

/// Numbers as news writes them, beyond the spelled-out forms of a transcript: figures glued to
/// words, dot and space digit groups, compound ordinals, glued scales and clock times.
@Suite("Numbers as news writes them")
struct NumberNewsFormsTests {
    let arabic = ArabicNumberParser.shared
    let english = EnglishNumberParser.shared

    func arabicNumbers(_ text: String) throws -> [(String, Int?)] {
        let units = Array(text.utf16)
        return try arabic.numbers(in: units).map { (String(decoding: units[$0.range], as: UTF16.self), $0.value) }
    }

    func englishValues(_ text: String) -> [Int?] { english.numbers(in: text).map(\.value) }

    @Test("figures glued to Arabic words are read, with the span of the figure only")
    func gluedFigures() throws {
        let found = try arabicNumbers("في عام2020 و18ولاية الـ12 حوالي200 مرة")
        #expect(found.map(\.0) == ["2020", "18", "12", "200"])
        #expect(found.map(\.1) == [2020, 18, 12, 200])
        #expect(try arabicNumbers("طائرة A320 وقمة G20").isEmpty, "Latin names keep their figures")
    }

    @Test(
        "a definite unit with و and the definite tens is one count; وأحد عشر after a hundred is its teen",
        arguments: [
            ("على مدار الساعات الأربع والعشرين", "الأربع والعشرين", 24), ("خلال الأربعة والعشرين ساعة", "الأربعة والعشرين", 24),
            ("لم ينشئ مائة وأحد عشر بلدا", "مائة وأحد عشر", 111), ("انضم وأحد عشر لاعبا", "أحد عشر", 11),
        ])
    func definiteCompounds(example: (String, String, Int)) throws {
        let found = try arabicNumbers(example.0)
        #expect(found.map(\.0) == [example.1])
        #expect(found.map(\.1) == [example.2])
    }

    @Test("a currency glued to its figure is read apart from it: Euro1.5 million")
    func gluedCurrency() {
        #expect(englishValues("Finland contributed over Euro1.5 million and EUR20 in fees") == [1_500_000, 20])
        #expect(englishValues("the Eurofighter and the US20 route") == [])
    }

    @Test("a UN decimal with its thousands group shown to its left: 630.8 1 is 1,630.8")
    func spacedDecimal() throws {
        let units = Array("بلغت النفقات 630.8 1 مليون دولار و 12.5 في المائة".utf16)
        let found = try arabic.numbers(in: units)
        #expect(found.map { $0.exactValue?.description } == ["1630800000", "12.5"])
    }

    @Test(
        "a definite tens alone is still a rank, and a one is still a one",
        arguments: [
            ("في القرن العشرين", 20), ("قتل شخص واحد", 1),
        ])
    func definiteTensAlone(example: (String, Int)) throws {
        #expect(try arabicNumbers(example.0).map(\.1) == [example.1])
    }

    @Test(
        "dot groups of three are thousands; one group before a scale word is a fraction",
        arguments: [
            ("قتل 76.000 شخص", 76_000), ("نزوح 360.000 مدني", 360_000), ("1.250.000 طفل", 1_250_000),
            ("2.500 مليون دولار", 2_500_000), ("2.5 مليون", 2_500_000),
        ])
    func dotGroups(example: (String, Int)) throws {
        #expect(try arabicNumbers(example.0).map(\.1) == [example.1])
    }

    @Test(
        "space groups read in the order an Arabic line shows them, else in stored order; never a phone number",
        arguments: [
            ("بلغ 000 228 لاجئ", [228_000]), ("بلغ 228 000 لاجئ", [228_000]), ("مبلغ 918 483 دولار", [483_918]),
            ("في 5 300 سيارة", [5_300]), ("الرقم 111 555 0800", [111, 555, 800]), ("عام 2016 300 قتيل", [2016, 300]),
        ])
    func spaceGroups(example: (String, [Int])) throws {
        #expect(try arabicNumbers(example.0).map(\.1) == example.1)
    }

    @Test(
        "compound ordinals: units, و, and the tens with the article",
        arguments: [
            ("الدورة التاسعة والستون", 69), ("الدورة الثامنة والخمسين", 58), ("الحادي والعشرين", 21),
            ("السابعة والأربعين", 47), ("التعديل الخامس والعشرين", 25),
        ])
    func compoundOrdinals(example: (String, Int)) throws {
        let found = try arabic.numbers(in: example.0)
        #expect(found.map(\.value) == [example.1])
        #expect(found.first?.kind == .ordinal)
    }

    @Test("a bare tens word with the article is an ordinal only after a noun counted in ranks or before a month")
    func bareOrdinalTens() throws {
        #expect(try arabicNumbers("الدول العشرين").isEmpty, "the twenty states: not read alone")
        for text in ["احتفلنا بالذكرى العشرين", "في دورتها السبعين", "في القرن الواحد والعشرين", "ولد في العشرين من أيار"] {
            let found = try arabic.numbers(in: text)
            #expect(found.count == 1 && found.first?.kind == .ordinal, "\(text)")
        }
    }

    @Test(
        "a bare definite tens counting a span of time is a cardinal; a definite thousand and الثانٍ are read",
        arguments: [
            ("خلال السنوات العشرين الماضية", "العشرين", 20), ("فترة العشرين عاماً", "العشرين", 20),
            ("خلال الألف يوم من حياة الطفل", "الألف", 1_000), ("نورد ستريم الثانٍ", "الثانٍ", 2),
        ])
    func definiteCounts(example: (String, String, Int)) throws {
        let found = try arabic.numbers(in: example.0)
        #expect(found.map(\.value) == [example.2])
        #expect(try arabicNumbers(example.0).map(\.0) == [example.1])
        #expect(found.first?.kind == (example.1 == "الثانٍ" ? .ordinal : .cardinal))
    }

    @Test("trillions on both sides", arguments: [("3 تريليونات دولار", 3_000_000_000_000), ("تريليون", 1_000_000_000_000)])
    func trillions(example: (String, Int)) throws {
        #expect(try arabicNumbers(example.0).map(\.1) == [example.1])
        #expect(englishValues("2 trillion and $1.2tn") == [2_000_000_000_000, 1_200_000_000_000])
    }

    @Test(
        "English scales glued to figures; k, m and b only after a currency sign",
        arguments: [
            ("the UK's £2.8bn beauty market", [2_800_000_000]), ("sold for £125m", [125_000_000]),
            // "the 100m final" is a distance: never 100 million.
            ("a £11million deal", [11_000_000]), ("3.1billion people", [3_100_000_000]), ("the 100m final", []),
            ("$3.6bn and €2.2 billion", [3_600_000_000, 2_200_000_000]), ("a $5k fine", [5_000]),
        ])
    func gluedScales(example: (String, [Int])) {
        #expect(englishValues(example.0) == example.1)
    }

    @Test(
        "a clock time is read as its hour and its minutes (none for 00), on both sides and in display order",
        arguments: [
            ("at 04:00 BST", "الساعة 4:00", [4], [4]), ("at 9:30", "الساعة 9:30", [9, 30], [9, 30]),
            ("at 11 a.m.", "الساعة 00:11", [11], [11]), ("at 7:05pm", "الساعة 19:05", [7, 5], [19, 5]),
        ])
    func clockTimes(example: (String, String, [Int], [Int])) throws {
        #expect(englishValues(example.0) == example.2)
        #expect(try arabicNumbers(example.1).map(\.1) == example.3)
        let minutes = try arabic.numbers(in: example.1).filter { $0.kind == .minutes }
        #expect(minutes.count == example.3.count - 1, "the minutes are of their own kind")
    }
}
