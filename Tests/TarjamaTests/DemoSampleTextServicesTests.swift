import Tarjama
import TarjamaText
import Testing

@Suite("Text services on the bundled demo sample")
struct DemoSampleTextServicesTests {
    @Test("every written-out number in the demo sample is found with its value")
    func numbers() throws {
        let document = Document(name: "demo.ar", text: DemoSample.arabic)
        let found = try ArabicNumberParser.shared.numbers(in: document.units)
            .map { (document.text(in: $0.range), $0.value) }
        let expected: [(String, Int)] = [
            ("ثلاثة", 3), ("الفين وخمسمئة", 2500), ("سبعة عشر", 17), ("مئة وخمسين", 150), ("عشرين", 20),
            ("اربع", 4), ("تسعمئة", 900), ("الفا ومئتي", 1200),
        ]
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test("the English translation carries the same values")
    func englishValues() {
        let values = EnglishNumberParser.shared.numbers(in: DemoSample.english).map(\.value)
        #expect(values == [3, 2500, 17, 150, 20, 4, 900, 1200])
    }
}
