import Testing
import TarjamaText

/// The English form a number is suggested in, and the English forms that are fractions or duals
/// rather than counts.
@Suite("Number style and fractions")
struct NumberStyleTests {
    @Test(
        "one to nine in words, 10 and up in figures, millions with their scale word; the other form is the alternative",
        arguments: [
            ("أربع قوافل", "four", ["4"]), ("٩ شاحنات", "nine", ["9"]), ("عشر سيارات", "10", ["ten"]),
            ("اثنان وأربعون مليونا", "42 million", ["42,000,000", "42000000", "42m"]),
            ("3.6 مليار", "3.6 billion", ["3,600,000,000", "3600000000", "3.6bn"]),
            ("مليون ومئتين وخمسين ألفا", "1.25 million", ["1,250,000", "1250000", "1.25m"]), ("ثلاثة وعشرون", "23", ["twenty-three"]),
            ("76.000", "76,000", ["76000"]),
            ("1.234.567", "1,234,567", ["1234567"]),
        ])
    func suggestionStyle(example: (String, String, [String])) throws {
        let found = try ArabicNumberParser.shared.numbers(in: example.0)
        #expect(found.map(\.englishRendering) == [example.1])
        #expect(found.map(\.englishAlternatives) == [example.2])
        // What is suggested reads back as the same value.
        #expect(EnglishNumberParser.shared.numbers(in: "sent \(example.1) trucks").map(\.value) == found.map(\.value))
    }

    @Test(
        "English fractions are not counts; half a million is",
        arguments: [
            ("two-thirds of the voters", [Int?]()), ("three quarters of them", []), ("a third of the city", []),
            ("a third term in office", [3]), ("half a million people", [500_000]), ("a half of it", []),
        ])
    func englishFractions(example: (String, [Int?])) {
        #expect(EnglishNumberParser.shared.numbers(in: example.0).map(\.value) == example.1)
    }

    @Test(
        "Arabic fractions and bare scale plurals are not counts",
        arguments: [
            "ثلثي السكان", "ثلثا الناخبين", "نصف المدينة", "ربع الأراضي", "مليارات الدولارات", "ملايين اللاجئين",
            "ثلاثة أرباعها من الخارج", "ثلاثة أرباع الأصول",
        ])
    func arabicFractions(text: String) throws {
        #expect(try ArabicNumberParser.shared.numbers(in: text).isEmpty)
    }

    @Test(
        "English scales and figures as news writes them",
        arguments: [
            ("3.1billion", 3_100_000_000), ("$3.6bn", 3_600_000_000), ("€2.2 billion", 2_200_000_000), ("76,000", 76_000),
            ("$5m", 5_000_000), ("(80) million", 80_000_000),
        ])
    func englishScales(example: (String, Int)) {
        #expect(EnglishNumberParser.shared.numbers(in: "about \(example.0) in aid").map(\.value) == [example.1])
    }

    @Test("round-the-clock idioms count nothing; the same figures before other words do")
    func roundTheClock() {
        #expect(EnglishNumberParser.shared.numbers(in: "The radio broadcasts 24 hours a day, 7 days a week").isEmpty)
        #expect(EnglishNumberParser.shared.numbers(in: "open 24 hours on 7 days").map(\.value) == [24, 7])
    }

    @Test("a bracketed figure takes only a scale word after it, not another word")
    func bracketedFigure() {
        #expect(EnglishNumberParser.shared.numbers(in: "Three (3) men came").map(\.value) == [3, 3])
        #expect(EnglishNumberParser.shared.numbers(in: "(80) people").map(\.value) == [80])
    }

    @Test(
        "a dual is read conservatively: تين/تان, ين and ان, never a nisba plural, a participle or a noun in ان",
        arguments: [
            ("أصدر تصريحين", 1), ("بين الدولتين", 1), ("اتفقت الحكومتان", 1), ("بعد يومين", 1),
            ("عضوان من الدول", 1), ("عقد مؤتمران", 1), ("اتفق الطرفان", 1),
            ("قتل المدنيين", 0), ("المسؤولين في باكستان", 0), ("أحد اللاجئين", 0), ("وصل البرلمان", 0), ("اثنين", 0),
            ("وقف الاستيطان في البيان", 0), ("وصل عدنان إلى لبنان", 0),
        ])
    func duals(example: (String, Int)) throws {
        #expect(try ArabicNumberParser.shared.duals(in: Array(example.0.utf16)).count == example.1)
    }
}
