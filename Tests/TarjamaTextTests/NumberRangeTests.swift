import Testing
import TarjamaText
import TestSupport

/// Numbers come from input and can be any length: a value past `Int.max` is found and reported
/// as out of range, and every value that fits is exact (no `Double` on the way).
@Suite("Numbers too large to take a value, and exact values")
struct NumberRangeTests {
    let arabic = ArabicNumberParser.shared
    let english = EnglishNumberParser.shared

    @Test(
        "a run of 19 or more digits in any script is one number, out of range, with a note",
        arguments: [
            "رقم الحساب 12345678901234567890.", "بلغ ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ شخصا", "هاتف ۰۹۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹",
            "الرقم 9223372036854775808", "10,000,000,000,000,000,000 ليرة", "٩٩٩٩٩٩٩٩٩٩٩٩٩ مليار",
        ])
    func outOfRangeArabic(sentence: String) throws {
        let found = try arabic.numbers(in: sentence)
        let tooLarge = found.filter { $0.value == nil }
        #expect(tooLarge.count == 1)
        #expect(tooLarge.first?.notes.contains(.outOfRange) == true)
        #expect(tooLarge.first?.englishRendering == nil)
        #expect(found.allSatisfy { $0.value != nil || $0.notes.contains(.outOfRange) })
    }

    @Test(
        "English digit runs, grouped figures and scales past Int.max are out of range, never a trap",
        arguments: [
            "account 12345678901234567890", "10,000,000,000,000,000,000 people", "9999999999999 billion",
        ])
    func outOfRangeEnglish(sentence: String) {
        let found = english.numbers(in: sentence)
        #expect(found.contains { $0.value == nil && $0.notes.contains(.outOfRange) })
    }

    @Test("an exponent is not a number, and 1e400 is not infinity")
    func exponents() throws {
        #expect(english.numbers(in: "1e400 and 2E10").isEmpty)
        #expect(english.numbers(in: "1e400 people, then 3 more").map(\.value) == [3])
        #expect(english.numbers(in: "9.5e18 billion").isEmpty)
        #expect(try arabic.numbers(in: "9.5e18 مليار").allSatisfy { ($0.value ?? 0) < 10_000_000_000 })  // e18 is no exponent
    }

    @Test(
        "values up to Int.max are exact, past 2^53 too",
        arguments: [
            ("9223372036854775807", Int.max), ("9007199254740993", 9_007_199_254_740_993),
            ("٩٠٠٧١٩٩٢٥٤٧٤٠٩٩٣", 9_007_199_254_740_993), ("9,007,199,254,740,993", 9_007_199_254_740_993),
            ("2.75 مليار", 2_750_000_000), ("1.5 مليون", 1_500_000), ("0.5 مليون", 500_000),
            ("1.000000000000000000000000 مليون", 1_000_000), ("9223372036 مليار", 9_223_372_036_000_000_000),
        ])
    func exactArabic(example: (String, Int)) {
        #expect(arabic.value(of: example.0) == example.1)
    }

    @Test(
        "English values are exact too",
        arguments: [
            ("9007199254740993", 9_007_199_254_740_993), ("9,223,372,036,854,775,807", Int.max),
            ("2.75 billion", 2_750_000_000), ("0.25 million", 250_000),
        ])
    func exactEnglish(example: (String, Int)) {
        #expect(english.numbers(in: example.0).map(\.value) == [example.1])
    }

    @Test("a bare decimal is read exactly; one too long to hold is no number")
    func bareDecimals() throws {
        let found = try arabic.numbers(in: "نسبة 2.5 بالمئة")
        #expect(found.map(\.exactValue?.description) == ["2.5"])
        #expect(found.map(\.value) == [nil], "a decimal has no whole value")
        #expect(found.first?.notes == [], "and is not out of range")
        #expect(try arabic.numbers(in: "نسبة 123456789012345678901234.5 بالمئة").isEmpty)
        #expect(english.numbers(in: "a rate of 123456789012345678901234.5 percent").isEmpty)
        #expect(english.numbers(in: "1.2345678 million").isEmpty)
    }

    @Test("an out-of-range number offers no alternative, and its note says why")
    func outOfRangeFlowsThroughRendering() throws {
        let found = try arabic.numbers(in: "12345678901234567890")
        #expect(found.count == 1)
        #expect(found.first?.englishAlternatives == [])
        #expect(found.first?.notes.first?.description.contains("too large") == true)
    }

    @Test("fuzz: digit runs of every script and length, separators, scale words and exponents never trap")
    func fuzz() throws {
        for sentence in HostileNumbers.named + HostileNumbers.generated(3_000) {
            let units = sentence.utf16.count
            for match in try arabic.numbers(in: sentence) + english.numbers(in: sentence) {
                #expect(match.range.lowerBound >= 0 && match.range.upperBound <= units && !match.range.isEmpty)
                #expect(match.value != nil || match.notes.contains(.outOfRange), "\(sentence.unicodeScalars.map { $0.value })")
                _ = match.englishRendering
                _ = match.englishAlternatives
            }
            _ = arabic.value(of: sentence)
        }
    }
}
