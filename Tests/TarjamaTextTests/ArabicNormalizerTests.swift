import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("Arabic matching keys and offset maps")
struct ArabicNormalizerTests {
    let normalizer = ArabicNormalizer.matching

    func key(_ text: String) throws -> String { try normalizer.key(for: text) }

    @Test(
        "spelling variants of the same word get the same key",
        arguments: [
            ("حماة", "حماه"), ("إدلب", "ادلب"), ("الأركان", "الاركان"), ("الفوعة", "الفوعه"),
            ("مستشفى", "مستشفي"), ("مسؤول", "مسوول"), ("رئيس", "رييس"), ("آلاف", "الاف"),
            ("قتلٍ", "قتل"), ("مسلحاً", "مسلحا"), ("حلـــب", "حلب"), ("کتاب", "كتاب"),
        ])
    func variantsShareAKey(pair: (String, String)) throws {
        #expect(try key(pair.0) == key(pair.1))
    }

    @Test("digits of every Arabic script fold to ASCII, with the Arabic separators")
    func digitsFold() throws {
        #expect(try key("٣٬٠٣٣") == "3,033")
        #expect(try key("۱۲۳") == "123")
        #expect(try key("٣٫٥") == "3.5")
    }

    @Test("bidi and zero-width controls disappear; Latin is case folded")
    func controlsAndCase() throws {
        #expect(try key("\u{200F}حلب\u{200E} SANA\u{200B}") == "حلب sana")
        #expect(try key("\u{2067}ﻻ\u{2069}") == "لا")
    }

    @Test("each folding step can be left out")
    func stepsAreOptional() throws {
        let keepTaMarbuta = ArabicNormalizer(folding: ArabicFolding.matching.subtracting(.taMarbuta))
        #expect(try keepTaMarbuta.key(for: "حماة") == "حماة")
        let light = ArabicNormalizer(folding: .light)
        #expect(try light.key(for: "إدلبُ") == "إدلب")
        #expect(ArabicFolding(stepName: "ta-marbuta") == .taMarbuta)
    }

    @Test("removed tashkeel belongs to the letter before it, so a span covers the whole word")
    func diacriticsMapBack() throws {
        let text = "في حَمَاةُ اليوم"
        let result = try normalizer.normalize(text)
        #expect(result.string == "في حماه اليوم")
        let keyRange = try #require(range(of: "حماه", in: result.string))
        let original = result.originalRange(of: keyRange)
        #expect(substring(text, original) == "حَمَاةُ")
    }

    @Test("removed bidi controls are left outside the span")
    func controlsLeftOutside() throws {
        let text = "قال \u{200F}ترجمان\u{200F} ان"
        let result = try normalizer.normalize(text)
        let keyRange = try #require(range(of: "ترجمان", in: result.string))
        #expect(substring(text, result.originalRange(of: keyRange)) == "ترجمان")
    }

    @Test("text that is not NFC is normalised and still maps back to whole characters")
    func decomposedTextMapsBack() throws {
        // ا + hamza above (U+0654) is NFC أ; then alef folding makes it ا.
        let text = "قيادة \u{0627}\u{0654}لاركان"
        let result = try normalizer.normalize(text)
        #expect(result.string == "قياده الاركان")
        let keyRange = try #require(range(of: "الاركان", in: result.string))
        #expect(substring(text, result.originalRange(of: keyRange)) == "\u{0627}\u{0654}لاركان")
        let noFolding = ArabicNormalizer(folding: [])
        #expect(try noFolding.key(for: "\u{0627}\u{0654}") == "أ")
    }

    @Test("presentation forms expand to letters, each letter pointing at its ligature, however many there are")
    func expansionsGrow() throws {
        let text = String(repeating: "\u{FDFA}", count: 200) + " ﻻ"
        let result = try normalizer.normalize(text)
        #expect(result.count > 200 * 10)
        #expect(result.originalRange(of: 0..<result.count) == 0..<202)
        #expect(result.originalRange(of: (result.count - 2)..<result.count) == 201..<202)
        #expect(result.string.hasSuffix(" لا"))
    }

    @Test("keys of a document slice report document offsets")
    func sliceOffsets() throws {
        let units = Array("محطة فاصلة في حلب".utf16)
        let result = try normalizer.normalize(units, in: 14..<17)
        #expect(result.string == "حلب")
        #expect(result.originalRange(of: 0..<3) == 14..<17)
        #expect(result.originalRange(of: 3..<3) == 17..<17)
    }

    @Test(
        "every key unit of the real transcript points at a character that folds to it",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcriptMapsBack() throws {
        let document = try Document.read(contentsOf: SharedData.url(SharedData.transcriptPath)!.path)
        let result = try normalizer.normalize(document.units)
        #expect(result.count < document.count)  // the transcript has tanween, which the key drops
        for index in 0..<result.count {
            let original = result.originalRange(of: index..<(index + 1))
            let source = document.text(in: original)
            #expect(try normalizer.key(for: source).utf16.contains(result.units[index]))
        }
        // The doubled spellings in the transcript meet in the key.
        let words = Set(WordScanner.shared.words(in: result.units).map { result.string(in: $0) })
        #expect(words.contains("حماه"))
        #expect(words.contains("ادلب"))
        #expect(words.contains("الاركان"))
    }

    @Test("bad input: an unpaired surrogate is a typed error with its offset; NUL and a 1 MB word pass")
    func badInput() throws {
        #expect(throws: NormalizationError.unpairedSurrogate(offset: 3)) {
            try normalizer.normalize([0x062D, 0x0644, 0x0628, 0xD800, 0x0020])
        }
        #expect(throws: NormalizationError.unpairedSurrogate(offset: 0)) {
            try normalizer.normalize([0xDC00])
        }
        #expect(throws: NormalizationError.rangeOutOfBounds(lower: 0, upper: 9, count: 2)) {
            try normalizer.normalize([0x41, 0x42], in: 0..<9)
        }
        #expect(try normalizer.normalize([0x062D, 0x0000, 0x0628]).units == [0x062D, 0x0000, 0x0628])
        let emoji = try normalizer.normalize("حلب 😀 A")
        #expect(emoji.string == "حلب 😀 a")
        let huge = [UInt16](repeating: 0x0628, count: 1 << 20) + [0x064E]
        let result = try normalizer.normalize(huge)
        #expect(result.count == 1 << 20)
        #expect(result.originalRange(of: 0..<result.count) == 0..<huge.count)
        #expect(WordScanner.shared.words(in: huge) == [0..<huge.count])
        #expect(NormalizationError.unpairedSurrogate(offset: 3).description.contains("offset 3"))
    }

    @Test("the word scanner finds Arabic, Latin and digit runs and skips punctuation")
    func wordScanner() {
        let text = Array("قال: حلب، و SANA 3,033 ٣٠".utf16)
        let words = WordScanner.shared.words(in: text).map { String(decoding: text[$0], as: UTF16.self) }
        #expect(words == ["قال", "حلب", "و", "SANA", "3", "033", "٣٠"])
    }

    func range(of needle: String, in haystack: String) -> Range<Int>? {
        let hay = Array(haystack.utf16), pattern = Array(needle.utf16)
        guard pattern.count <= hay.count else { return nil }
        for start in 0...(hay.count - pattern.count) where Array(hay[start..<(start + pattern.count)]) == pattern {
            return start..<(start + pattern.count)
        }
        return nil
    }

    func substring(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf16)[range], as: UTF16.self)
    }
}
