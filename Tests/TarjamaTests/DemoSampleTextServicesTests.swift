import Tarjama
import TarjamaText
import Testing

@Suite("Text services on the bundled demo sample")
struct DemoSampleTextServicesTests {
    @Test("every written-out number in the demo sample is found with its value")
    func numbers() throws {
        let document = Document(name: "demo.ar", text: DemoSample.arabic)
        let numbers = try ArabicNumberParser.shared.numbers(in: document.units)
        let found = numbers.filter { $0.kind == .cardinal }.map { (document.text(in: $0.range), $0.value) }
        let expected: [(String, Int)] = [
            ("ثلاثة", 3), ("الفين وخمسمئة", 2500), ("سبعة عشر", 17), ("مئة وخمسين", 150), ("عشرين", 20),
            ("اربع", 4), ("تسعمئة", 900), ("الفا ومئتي", 1200),
        ]
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
        // الساعات الاولى, "the first few hours".
        #expect(numbers.filter { $0.kind == .ordinal }.map(\.value) == [1])
    }

    @Test("the English translation carries the same values, ordinals included")
    func englishValues() throws {
        let arabic = try ArabicNumberParser.shared.numbers(in: DemoSample.arabic).map { "\($0.value) \($0.kind)" }
        let english = EnglishNumberParser.shared.numbers(in: DemoSample.english).map { "\($0.value) \($0.kind)" }
        #expect(english == arabic)
        #expect(english.count == 9)
    }
}
