import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("Arabic and English number words")
struct NumberParserTests {
    let parser = ArabicNumberParser.shared

    func found(_ text: String) throws -> [(String, Int?)] {
        let units = Array(text.utf16)
        return try parser.numbers(in: units).map { (String(decoding: units[$0.range], as: UTF16.self), $0.value) }
    }

    @Test(
        "the forms transcripts write",
        arguments: [
            ("اربع", 4), ("تسعمئة", 900), ("تسعمائة", 900), ("تسع مئة", 900), ("تسع مائة", 900),
            ("ثلاثة الاف وثلاثة وثلاثين", 3033), ("ثلاثة آلاف وثلاثة وثلاثين", 3033),
            ("سبعة واربعون الف", 47000), ("سبعة وأربعين ألفاً", 47000), ("تسع وعشرين", 29), ("تسع وعشرون", 29),
            ("الف", 1000), ("الفين وخمسمئة", 2500), ("سبعة عشر", 17), ("سبعة عشرة", 17), ("إحدى عشرة", 11),
            ("اثنا عشر", 12), ("مئة وخمسين", 150), ("عشرين", 20), ("ثلاثة", 3), ("ثلاثه", 3),
            ("ألفاً ومئتي", 1200), ("مئتان", 200), ("ثلاثمائة وخمسة وعشرون", 325),
            ("مليون وخمسمئة الف", 1_500_000), ("ثلاثة ملايين", 3_000_000), ("مئة الف", 100_000),
            ("ثلاثة و ثلاثين", 33), ("٣٬٠٣٣", 3033), ("3,033", 3033), ("٢٥ ألف", 25000), ("1.5 مليون", 1_500_000),
            ("مليارين", 2_000_000_000), ("صفر", 0), ("مليون ونصف", 1_500_000), ("نصف مليون", 500_000),
            ("ربع مليون", 250_000), ("ثلاثة ملايين ونصف", 3_500_000), ("الفين ونصف", 2500),
        ])
    func forms(example: (String, Int)) throws {
        #expect(parser.value(of: example.0) == example.1)
    }

    @Test("a leading و is not part of the number's span")
    func leadingWaw() throws {
        let result = try found("حملت تسعمئة سلة غذائية والفا ومئتي بطانية")
        #expect(result.map(\.0) == ["تسعمئة", "الفا ومئتي"])
        #expect(result.map(\.1) == [900, 1200])
    }

    @Test("numbers do not run across punctuation or unrelated و-joined words")
    func boundaries() throws {
        #expect(try found("ثلاثة، اربعة").map(\.1) == [3, 4])
        #expect(try found("خمسة وستة").map(\.1) == [5, 6])
        #expect(try found("عشرين بالمئة").map(\.1) == [20])
        #expect(try found("الآلاف من المدنيين وآلاف الجرحى").isEmpty)
        #expect(try found("لم يصب احد").isEmpty)
        #expect(try found("ساعة ونصف و ربع الساعة").isEmpty)
        #expect(try found("وجد ميتًا في الجانب ألفا").isEmpty)
        #expect(try found("في القرن التاسع عشر والحادي عشر").map(\.1) == [19, 11])  // ordinals, not ten
        #expect(try found("مئتين ومائتين").map(\.1) == [200, 200])
    }

    @Test("a repeated scale word is flagged, not counted")
    func strayScaleWord() throws {
        let text = "خروج أكثر من مئة وثمانية الاف ألف مدني"
        let numbers = try parser.numbers(in: text)
        #expect(numbers.count == 1)
        let units = Array(text.utf16)
        #expect(String(decoding: units[numbers[0].range], as: UTF16.self) == "مئة وثمانية الاف")
        #expect(numbers[0].value == 108_000)
        guard case let .strayScaleWord(range)? = numbers[0].notes.first else {
            Issue.record("no stray-word note"); return
        }
        #expect(String(decoding: units[range], as: UTF16.self) == "ألف")
    }

    @Test(
        "the pins of the real transcript",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcript() throws {
        let document = try Document.read(contentsOf: SharedData.url(SharedData.transcriptPath)!.path)
        let numbers = try parser.numbers(in: document.units)
        let pairs = numbers.map { (document.text(in: $0.range), $0.value) }
        for (text, value) in [
            ("اربع", 4), ("تسعمئة", 900), ("ثلاثة الاف وثلاثة وثلاثين", 3033),
            ("مئة وثمانية الاف", 108_000), ("سبعة واربعون الف", 47_000), ("تسع وعشرين", 29),
            ("الف", 1000),
        ] {
            #expect(pairs.contains { $0.0 == text && $0.1 == value }, "\(text) → \(value)")
        }
        #expect(numbers.first { $0.value == 108_000 }?.notes.count == 1)
        #expect(numbers.filter { $0.kind != .dual }.count == 7, "\(pairs)")
        // A dual noun with its demonstrative and adjective is one "two": هاتين البلدتين.
        #expect(numbers.contains { $0.kind == .dual && document.text(in: $0.range).split(separator: " ").count == 2 })
    }

    @Test("the bundled demo sample")
    func demoSample() throws {
        // DemoSample lives in the Tarjama module; its pins are in TarjamaTests. Here: the same forms.
        let text = "استمرت ثلاثة اشهر. اكثر من الفين وخمسمئة سيارة. سبعة عشر جسرا. مئة وخمسين حافلة. عشرين بالمئة. اربع قوافل"
        #expect(try found(text).map(\.1) == [3, 2500, 17, 150, 20, 4])
    }

    @Test(
        "English numbers in digits and words",
        arguments: [
            ("more than 2,500 cars", [2500]), ("seventeen bridges", [17]), ("150 buses", [150]),
            ("forty-seven thousand children", [47_000]), ("one hundred and fifty", [150]), ("a thousand people", [1000]),
            ("1.5 million", [1_500_000]), ("three months and 20 percent", [3, 20]), ("the one who left", []),
            ("3,033 fighters, 900 terrorists", [3033, 900]), ("twenty nine", [29]), ("two hundred thousand", [200_000]),
        ])
    func english(example: (String, [Int])) {
        #expect(EnglishNumberParser.shared.numbers(in: example.0).map(\.value) == example.1)
    }
}

@Suite("Ordinal numbers")
struct OrdinalNumberTests {
    @Test(
        "Arabic ordinals, bare, with the article, glued to و, and the teens",
        arguments: [
            ("المرة الأولى", 1), ("الدورة الثانية", 2), ("في القرن التاسع عشر", 19), ("الحادي عشر", 11),
            ("والثالث", 3), ("اليوم العاشر", 10), ("للمرة الرابعة", 4),
        ])
    func arabic(example: (String, Int)) throws {
        let found = try ArabicNumberParser.shared.numbers(in: example.0)
        #expect(found.map(\.value) == [example.1])
        #expect(found.map(\.kind) == [.ordinal])
    }

    @Test("a bare ثانية is a second of time, not an ordinal")
    func secondOfTime() throws {
        #expect(try ArabicNumberParser.shared.numbers(in: "خلال ثلاثين ثانية").map(\.value) == [30])
    }

    @Test(
        "English ordinals in words and digits",
        arguments: [
            ("the first few hours", 1), ("the twenty-first century", 21), ("the 3rd convoy", 3), ("its 100th day", 100),
            ("the nineteenth century", 19), ("one hundred and fifth", 105),
        ])
    func english(example: (String, Int)) {
        let found = EnglishNumberParser.shared.numbers(in: example.0)
        #expect(found.map(\.value) == [example.1])
        #expect(found.map(\.kind) == [.ordinal])
    }

    @Test(
        "numbers are rendered as English news writes them: grouped figures, millions with their scale word, ordinals in words to ninth",
        arguments: [
            ("تسع وعشرين", "29", ["twenty-nine"]), ("الفين وخمسمئة", "2,500", ["2500"]),
            ("مليون ومئتي الف", "1.2 million", ["1,200,000", "1200000", "1.2m"]),
            ("الساعات الاولى", "first", ["1st"]), ("الدورة الثالثة", "third", ["3rd"]), ("الحادي عشر", "11th", ["eleventh"]),
            ("القرن التاسع عشر", "19th", ["nineteenth"]), ("الدورة التاسعة والستون", "69th", ["sixty-ninth"]),
            ("الذكرى الثانية عشرة", "12th", ["twelfth"]),
        ])
    func englishRendering(example: (String, String, [String])) throws {
        let found = try ArabicNumberParser.shared.numbers(in: example.0)
        #expect(found.map(\.englishRendering) == [example.1])
        #expect(found.map(\.englishAlternatives) == [example.2])
        // What Tarjama suggests, the English side reads back as the same value.
        #expect(EnglishNumberParser.shared.numbers(in: "the \(example.1) day").map(\.value) == found.map(\.value))
    }
}
