import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("Transliteration schemes")
struct TransliterationTests {
    let transliterator = ArabicTransliterator.shared

    @Test("Buckwalter and Safe Buckwalter spell letters, hamza seats and tashkeel one to one")
    func buckwalterLetters() throws {
        #expect(
            try transliterator.transliterate("قتلٍ مسلحاً إدلب الأركان مسؤول شيء", scheme: .buckwalter)
                == "qtlK mslHAF <dlb Al>rkAn ms&wl $y'")
        #expect(
            try transliterator.transliterate("قتلٍ مسلحاً إدلب الأركان مسؤول شيء", scheme: .safeBuckwalter)
                == "qtlK mslHAF Idlb AlOrkAn msWwl cyC")
        #expect(try transliterator.transliterate("mslHAF", scheme: .buckwalter, reverse: true) == "مسلحاً")
    }

    @Test(
        "Buckwalter and Safe Buckwalter round-trip the whole real transcript",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))),
        arguments: [TransliterationScheme.buckwalter, .safeBuckwalter])
    func transcriptRoundTrip(scheme: TransliterationScheme) throws {
        let text = try Document.read(contentsOf: SharedData.url(SharedData.transcriptPath)!.path).text
        let latin = try transliterator.transliterate(text, scheme: scheme)
        #expect(!latin.unicodeScalars.contains { (0x0621...0x0652).contains($0.value) })
        #expect(try transliterator.transliterate(latin, scheme: scheme, reverse: true) == text)
    }

    @Test("Safe Buckwalter output has no XML, regex or shell metacharacters")
    func safeIsSafe() throws {
        let every = String(String.UnicodeScalarView((0x0621...0x0652).compactMap(Unicode.Scalar.init)))
        let safe = try transliterator.transliterate(every, scheme: .safeBuckwalter)
        #expect(!safe.contains { "'|>&<}*$`{".contains($0) })
        #expect(try transliterator.transliterate(safe, scheme: .safeBuckwalter, reverse: true) == every)
    }

    @Test("ICU's system Arabic-Latin gives its scholarly skeleton")
    func icuScheme() throws {
        let latin = try transliterator.transliterate("حلب", scheme: .icu)
        #expect(latin.hasPrefix("ḥ"))
    }

    @Test(
        "names: article, guessed short vowels, long vowels, ta marbuta, shadda",
        arguments: [
            ("بشار الاسد", "Bashar al-Assad"), ("حلب", "Aleppo"), ("حماة", "Hama"), ("الحزوري", "al-Hazuri"),
            ("محمد", "Mohammed"), ("ترجمان", "Tarjaman"), ("كفريا", "Kafrya"), ("الفوعة", "al-Fu'a"),
            ("بشّار", "Bashar"), ("عبد الله الخطيب", "Abdullah al-Khatib"), ("عبد الرحمن", "Abdul Rahman"),
            ("غسان حمزة حسن العمر", "Ghassan Hamza Hassan al-Omar"),
        ])
    func names(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test(
        "names: a word-initial hamza keeps its own vowel, fāʿil takes i, common given names are known",
        arguments: [
            ("أحمد", "Ahmed"), ("إبراهيم", "Ibrahim"), ("ابراهيم", "Ibrahim"), ("خالد", "Khaled"), ("رامز", "Ramez"),
            ("ماهر الأسد", "Maher al-Assad"), ("محمد رامز ترجمان", "Mohammed Ramez Tarjaman"), ("حسين", "Hussein"),
            ("سعيد", "Saeed"),
        ])
    func namesVowels(example: (String, String)) throws {
        #expect(try transliterator.transliterate(example.0, scheme: .names) == example.1)
    }

    @Test("names options: sun letters assimilate, ta marbuta as ah")
    func nameOptions() throws {
        let options = NameRomanizationOptions(assimilatesSunLetters: true, taMarbutaAsAh: true)
        // The rules alone: the dictionary spells الرقة as agencies do (Raqqa), whatever the options.
        #expect(try transliterator.transliterate("الرقة", scheme: .names, nameOptions: options, names: NameDictionary()) == "ar-Raqah")
        #expect(try transliterator.transliterate("الرقة", scheme: .names, names: NameDictionary()) == "al-Raqa")
        #expect(try transliterator.transliterate("الرقة", scheme: .names, nameOptions: options) == "Raqqa")
        let ou = NameRomanizationOptions(writesWawAsOu: true)
        #expect(try transliterator.transliterate("محمد الحزوري", scheme: .names, nameOptions: ou) == "Mohammed al-Hazouri")
        #expect(try transliterator.suggestSpelling(ofName: "الحزوري").description.contains("suggested"))
        #expect(try transliterator.suggestSpelling(ofName: "حلب").isFromDictionary)
    }

    @Test("bad input: names cannot be reversed, a lone surrogate is refused, mixed scripts pass")
    func badInput() throws {
        #expect(throws: TransliterationError.notReversible(.names)) {
            try transliterator.transliterate("Halab", scheme: .names, reverse: true)
        }
        #expect(throws: TransliterationError.unpairedSurrogate(offset: 1)) {
            try transliterator.transliterate([0x0628, 0xD800], scheme: .buckwalter)
        }
        #expect(try transliterator.transliterate("SANA: حلب ١٢", scheme: .buckwalter) == "SANA: Hlb ١٢")
        let huge = String(repeating: "ب", count: 1 << 20)
        #expect(try transliterator.transliterate(huge, scheme: .buckwalter).count == 1 << 20)
    }

    @Test("Callers transliterating at once each get the answer a lone caller gets")
    func concurrentCallersAgree() async throws {
        // Two slots and eight callers: some run in parallel on separate compiled schemes, the
        // rest wait for a slot; none may see another's half-finished transform.
        let pooled = ArabicTransliterator(concurrency: 2)
        let inputs = ["بشار الأسد", "مسلحاً في إدلب", "سامر الحلبي", "قتلٍ الأركان مسؤول"]
        let expected = try inputs.map { try (pooled.transliterate($0, scheme: .names), pooled.transliterate($0, scheme: .buckwalter)) }
        let answers = try await withThrowingTaskGroup(of: [Bool].self) { group in
            for caller in 0..<8 {
                group.addTask {
                    try (0..<50).map { round in
                        let index = (caller + round) % inputs.count
                        return try pooled.transliterate(inputs[index], scheme: .names) == expected[index].0
                            && pooled.transliterate(inputs[index], scheme: .buckwalter) == expected[index].1
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0 += $1 }
        }
        #expect(answers.count == 400)
        #expect(answers.allSatisfy { $0 })
    }
}
