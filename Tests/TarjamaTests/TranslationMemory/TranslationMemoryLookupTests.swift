import Foundation
@testable import Tarjama
import TestSupport
import Testing

@Suite("Translation memory lookups")
struct TranslationMemoryLookupTests {
    let directory: URL
    let memory: TranslationMemory

    init() throws {
        directory = try TarjamaBinary.temporaryDirectory()
        memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        _ = try memory.importUnits(TeamSentences.units())
    }

    @Test("a segment that is in the memory scores 100% with nothing marked")
    func identicalSegment() throws {
        let segment = TeamSentences.pairs[1].arabic
        let best = try #require(try memory.lookup(segment).first)
        #expect(best.percentage == 100)
        #expect(best.unit.target == TeamSentences.pairs[1].english)
        #expect(best.differences.isEmpty)
    }

    @Test("one word changed scores the word-level edit percentage and marks that word on both sides")
    func oneWordChanged() throws {
        let original = TeamSentences.pairs[2].arabic  // ارسلت الوزارة خمسين حافلة لنقل الطلاب الى الجامعة.
        let changed = original.replacingOccurrences(of: "الجامعة", with: "المدرسة")
        let best = try #require(try memory.lookup(changed).first)
        // 8 words and a full stop (a fifth of a word): one substitution costs 1 of 8.2.
        #expect(best.percentage == Int((100 * (1 - 1 / 8.2)).rounded(.down)))
        #expect(best.percentage == 87)
        #expect(best.differences.count == 1)
        let difference = try #require(best.differences.first)
        #expect(difference.kind == .changed)
        #expect(difference.queryRange.map(changed.utf16Slice) == "المدرسة")
        #expect(difference.unitRange.map(original.utf16Slice) == "الجامعة")
    }

    @Test("حماه finds the unit written with حماة, as a light spelling difference")
    func spellingVariantOfAName() throws {
        let variant = "وصل وفد الهلال الأحمر الى مدينة حماه صباح اليوم."
        let best = try #require(try memory.lookup(variant).first)
        #expect(best.unit.source == TeamSentences.pairs[0].arabic)
        #expect(best.percentage == 97)  // two spelling differences (أ/ا, ه/ة) cost 0.2 of 9.2: 97.8
        #expect(best.differences.map(\.kind) == [.spelling, .spelling])
        #expect(best.differences.compactMap(\.queryRange).map(variant.utf16Slice) == ["الأحمر", "حماه"])
    }

    @Test("a word with other clitics (الرقة for بالرقة) is still found")
    func cliticVariant() throws {
        let query = "دعا اعضاء في مجلس الشعب الى تأهيل الطرق التي تربط ادلب والرقة."
        let best = try #require(try memory.lookup(query).first)
        #expect(best.unit.source == TeamSentences.pairs[3].arabic)
        #expect(best.differences.map(\.kind) == [.spelling, .clitic])
        #expect(best.percentage == 96)  // 0.1 + 0.3 of 11.2
    }

    @Test("an identical segment whose neighbours match too is a 101% context match")
    func contextMatch() throws {
        let pairs = TeamSentences.pairs
        let context = SegmentContext(previous: pairs[1].arabic, next: pairs[3].arabic)
        let best = try #require(try memory.lookup(pairs[2].arabic, context: context).first)
        #expect(best.percentage == 101)
        #expect(best.isContextMatch)
        let otherContext = SegmentContext(previous: pairs[4].arabic, next: nil)
        #expect(try memory.lookup(pairs[2].arabic, context: otherContext).first?.percentage == 100)
    }

    @Test("a number changed costs less than a word changed")
    func numberDifference() throws {
        let query = "ارسلت الوزارة 50 حافلة لنقل الطلاب الى الجامعة."
        let withNumber = try #require(try memory.lookup("ارسلت الوزارة 40 حافلة لنقل الطلاب الى الجامعة.").first)
        let withWord = try #require(try memory.lookup(query).first)
        // The memory says خمسين: the digits are another word there; 40 vs 50 against each other is a number change.
        _ = try memory.importUnits([MemoryUnit(sourceLanguage: "ar", targetLanguage: "en", source: query, target: "50 buses")])
        let numeric = try #require(try memory.lookup("ارسلت الوزارة 40 حافلة لنقل الطلاب الى الجامعة.").first)
        #expect(numeric.unit.source == query)
        #expect(numeric.differences.map(\.kind) == [.number])
        #expect(numeric.percentage > withNumber.percentage)
        #expect(withWord.percentage == withNumber.percentage)
    }

    @Test("an unrelated sentence finds nothing above the threshold")
    func unrelatedSentence() throws {
        #expect(try memory.lookup("انخفضت درجات الحرارة بشكل ملحوظ في الساحل.").isEmpty)
        #expect(try memory.lookup("...").isEmpty)
        #expect(try memory.lookup("").isEmpty)
    }

    @Test("the source language filter keeps ar-SY units for ar and drops other languages")
    func languageFilter() throws {
        let segment = TeamSentences.pairs[0].arabic
        #expect(try memory.lookup(segment, sourceLanguage: "ar").count >= 1)
        #expect(try memory.lookup(segment, sourceLanguage: "fa").isEmpty)
    }
}
