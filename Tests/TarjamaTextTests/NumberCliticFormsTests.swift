import Testing
import TarjamaText

/// Number words as they take the article and a glued preposition in running news text.
@Suite("Numbers with the article or a glued preposition")
struct NumberCliticFormsTests {
    func arabicNumbers(_ text: String) throws -> [(String, Int?)] {
        let units = Array(text.utf16)
        return try ArabicNumberParser.shared.numbers(in: units).map { (String(decoding: units[$0.range], as: UTF16.self), $0.value) }
    }

    @Test("a definite cardinal counts a definite group (the four states, the five others)")
    func definiteCardinals() throws {
        let found = try arabicNumbers("اجتمعت الدول الأربع مع الخمسة الآخرين خلال الأيام العشرة الماضية")
        #expect(found.map(\.0) == ["الأربع", "الخمسة", "العشرة"])
        #expect(found.map(\.1) == [4, 5, 10])
    }

    @Test("'the one' and Monday are not numbers")
    func definiteOneAndMonday() throws {
        #expect(try arabicNumbers("وصل يوم الاثنين وكان الواحد منهم متعبا").isEmpty)
    }

    @Test("a number word after a glued preposition is read, its span without the preposition")
    func gluedPreposition() throws {
        let found = try arabicNumbers("فاز بأربعة أهداف لثلاثة ولأول مرة كخمسة أعوام")
        #expect(found.map(\.0) == ["أربعة", "ثلاثة", "أول", "خمسة"])
        #expect(found.map(\.1) == [4, 3, 1, 5])
    }

    @Test("preposition readings that are ordinary words are not numbers (لست, لواحد, بأحد)")
    func prepositionFalseReadings() throws {
        #expect(try arabicNumbers("لست أدري لواحد منهم بأحد الأيام").isEmpty)
    }
}
