import Testing
import TarjamaText

/// Month names are dates, not ordinals, on both sides; a date's English form follows the style
/// books ("15 December 2016", alternative "December 15, 2016").
@Suite("Dates as news writes them")
struct NumberDateTests {
    let arabic = ArabicNumberParser.shared
    let english = EnglishDateParser.shared

    func arabicDates(_ text: String) throws -> [(text: String, day: Int?, month: Int, year: Int?)] {
        let units = Array(text.utf16)
        return try arabic.dates(in: units).map { (String(decoding: units[$0.range], as: UTF16.self), $0.day, $0.month, $0.year) }
    }

    @Test(
        "the Levantine and Iraqi month names, كانون الثاني first",
        arguments: Array(
            [
                "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
                "كانون الأول",
            ].enumerated()))
    func levantineMonths(example: (offset: Int, element: String)) throws {
        let found = try arabicDates("في 3 \(example.element) 2019 عاد الوفد")
        #expect(found.map(\.month) == [example.offset + 1])
        #expect(found.first?.text == "3 \(example.element) 2019")
    }

    @Test(
        "the Egyptian and Gulf names with their variant spellings",
        arguments: [
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
            ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ])
    func egyptianMonths(example: (String, Int)) throws {
        #expect(try arabicDates("حتى 20 \(example.0) 2021").map(\.month) == [example.1])
    }

    @Test("a day, a month and a year in either digit script give the same English date")
    func fullDate() throws {
        for text in ["وقع الهجوم في 15 كانون الأول 2016 صباحا", "وقع الهجوم في ١٥ ديسمبر ٢٠١٦ صباحا"] {
            let date = try #require(try arabic.dates(in: text).first)
            #expect((date.day, date.month, date.year) == (15, 12, 2016))
            #expect(date.englishRendering == "15 December 2016")
            #expect(date.englishAlternatives == ["December 15, 2016", "Dec. 15, 2016"])
        }
    }

    @Test("the AP abbreviation is an alternative only for the months AP abbreviates")
    func apAbbreviations() throws {
        #expect(try arabic.dates(in: "في 4 تموز").map(\.englishAlternatives) == [["July 4"]])
        #expect(try arabic.dates(in: "في 9 أيلول 2001").map(\.englishAlternatives) == [["September 9, 2001", "Sept. 9, 2001"]])
        #expect(try arabic.dates(in: "في أيلول 2001").map(\.englishAlternatives) == [[]])
    }

    @Test("the two calendars' names side by side are one date")
    func pairedNames() throws {
        let found = try arabicDates("بدأت المحادثات في كانون الثاني/يناير 2017 وانتهت في تموز (يوليو) من العام نفسه")
        #expect(found.map(\.text) == ["كانون الثاني/يناير 2017", "تموز (يوليو)"])
        #expect(found.map(\.month) == [1, 7])
        #expect(found.map(\.year) == [2017, nil])
    }

    @Test("الأول and الثاني after كانون or تشرين name a month; they are no ordinal")
    func monthIsNotOrdinal() throws {
        #expect(try arabic.numbers(in: "عقدت الجلسة في كانون الثاني وتأجلت إلى تشرين الأول").isEmpty)
        #expect(try arabic.numbers(in: "في الفصل الثاني من الكتاب").map(\.value) == [2])
        let day = try arabicDates("وصل الأول من تشرين الثاني")
        #expect(day.map(\.day) == [1])
        #expect(day.map(\.month) == [11])
    }

    @Test(
        "a month name that is also a common word needs a day, a year or the word شهر",
        arguments: [
            ("زار أب الضحية المستشفى", false), ("في 15 آب الماضي", true), ("مارس ضغوطا على الحكومة", false),
            ("منذ مارس 2011", true), ("خلال شهر آب", true),
        ])
    func ambiguousMonths(example: (String, Bool)) throws {
        #expect(try !arabicDates(example.0).isEmpty == example.1)
    }

    @Test(
        "English dates in the forms news writes them",
        arguments: [
            ("on 15 December 2016 the", 15, 12, 2016), ("on December 15, 2016, the", 15, 12, 2016), ("since Dec. 15 the", 15, 12, nil),
            ("on the 3rd of May they", 3, 5, nil), ("in January 2017 the", nil, 1, 2017), ("in September the", nil, 9, nil),
        ] as [(String, Int?, Int, Int?)])
    func englishDates(example: (String, Int?, Int, Int?)) {
        let found = english.dates(in: example.0)
        #expect(found.count == 1)
        #expect(found.first.map { [$0.day, $0.month, $0.year] } == [example.1, example.2, example.3])
    }

    @Test("may, March as a verb and a lone abbreviation are no dates")
    func englishNonDates() {
        #expect(english.dates(in: "May they march on? Troops may leave; the Dec figures").isEmpty)
    }

    @Test("dates agree when month matches and day and year do not contradict")
    func agreement() throws {
        let arabicDate = try #require(try arabic.dates(in: "في 15 كانون الأول 2016").first)
        #expect(english.dates(in: "on December 15").allSatisfy { $0.agrees(with: arabicDate) })
        #expect(!english.dates(in: "on December 16, 2016").contains { $0.agrees(with: arabicDate) })
    }
}
