import Testing
import TarjamaText

@Suite("ICU shim")
struct ICUShimTests {
    @Test("the sentence iterator breaks after the Arabic question mark")
    func sentenceBreaksAfterArabicQuestionMark() throws {
        let iterator = try BreakIterator(.sentence, locale: "ar")
        let text = Array("هل يعود النقل؟ المسؤولون يقولون ذلك.".utf16)
        try iterator.setText(text)
        #expect(iterator.boundaries() == [15, text.count])
    }

    @Test("bidi finds the Latin run inside an Arabic paragraph")
    func bidiRuns() throws {
        let bidi = try Bidi()
        try bidi.setParagraph(Array("وكالة SANA للأنباء".utf16))
        #expect(bidi.direction == .mixed)
        #expect(bidi.paragraphLevel == 1)
        let runs = try bidi.visualRuns()
        #expect(runs.contains { $0.direction == .leftToRight && $0.start == 6 && $0.length == 4 })
    }

    @Test("NFC composes alef with hamza above")
    func nfc() throws {
        #expect(try Normalizer.normalize("\u{0627}\u{0654}") == "\u{0623}")
    }

    @Test("a transliterator compiled from rules reports the line of a syntax error")
    func ruleErrors() throws {
        let good = try Transliterator(id: "t-good", rules: "ب > b;")
        #expect(try good.transform("ب") == "b")
        #expect(throws: ICUError.self) { try Transliterator(id: "t-bad", rules: "ب > ;\n( > x;") }
    }

    @Test("ICU regular expressions see past the region with transparent bounds")
    func regexRegion() throws {
        let regex = try ICURegex("(?<=\\.)\\s")
        try regex.setText(Array("a. b".utf16))
        try regex.setRegion(2..<4)
        #expect(try regex.prefixMatch() == 2..<3)
    }

    @Test("Arabic-Indic digits have their decimal values")
    func digits() {
        #expect(UnicodeProperties.digitValue(of: "٣") == 3)
        #expect(UnicodeProperties.digitValue(of: "۷") == 7)
        #expect(UnicodeProperties.script(of: "ب") == .arabic)
    }
}
