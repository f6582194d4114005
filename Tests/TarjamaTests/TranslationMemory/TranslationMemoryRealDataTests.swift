import Foundation
import Tarjama
import TestSupport
import Testing

/// Lookups on the development data in ../shared/ref (skipped where it is absent).
@Suite("Translation memory on real text")
struct TranslationMemoryRealDataTests {
    static let ntrexArabic = "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt"
    static let ntrexEnglish = "ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt"
    static let ntrexDocuments = "ref/parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv"
    static let unArabic = "ref/parallel/un-devset/UNv1.0.devset.ar"
    static let unEnglish = "ref/parallel/un-devset/UNv1.0.devset.en"

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOf: SharedData.url(path)!, encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.isEmpty }
    }

    /// NTREX as the desk would hold it: one unit per line, documents from the id file, neighbours as context.
    static func ntrexMemory() throws -> (TranslationMemory, arabic: [String], documents: [String]) {
        let arabic = try lines(ntrexArabic), english = try lines(ntrexEnglish), documents = try lines(ntrexDocuments)
        let memory = try TranslationMemory(path: try TarjamaBinary.temporaryDirectory().appendingPathComponent("tm.sqlite").path)
        let units = arabic.indices.map { index in
            MemoryUnit(
                sourceLanguage: "ar", targetLanguage: "en", source: arabic[index], target: english[index],
                document: documents[index],
                previousSource: index > 0 && documents[index - 1] == documents[index] ? arabic[index - 1] : nil,
                nextSource: index + 1 < arabic.count && documents[index + 1] == documents[index] ? arabic[index + 1] : nil,
                origin: .aligned)
        }
        _ = try memory.importUnits(units)
        return (memory, arabic, documents)
    }

    @Test(
        "every NTREX line looked up is found at 100%, and at 101% with its neighbours",
        .enabled(if: SharedData.has(ntrexArabic), Comment(rawValue: SharedData.missingReason(ntrexArabic))))
    func exactAndContextMatches() throws {
        let (memory, arabic, documents) = try Self.ntrexMemory()
        for index in stride(from: 1, to: arabic.count - 1, by: 37)
        where documents[index - 1] == documents[index] && documents[index + 1] == documents[index] {
            let best = try #require(try memory.lookup(arabic[index]).first)
            #expect(best.percentage == 100 && best.unit.source == arabic[index], "line \(index + 1)")
            let context = SegmentContext(previous: arabic[index - 1], next: arabic[index + 1])
            #expect(try memory.lookup(arabic[index], context: context).first?.percentage == 101, "line \(index + 1)")
        }
    }

    @Test(
        "an NTREX line with one word replaced gets the word-level percentage with that word marked",
        .enabled(if: SharedData.has(ntrexArabic), Comment(rawValue: SharedData.missingReason(ntrexArabic))))
    func oneWordReplaced() throws {
        let (memory, arabic, _) = try Self.ntrexMemory()
        let tokenizer = MatchTokenizer()
        var checked = 0
        for index in stride(from: 3, to: arabic.count, by: 53) {
            let tokens = tokenizer.tokens(in: arabic[index])
            let words = tokens.filter { $0.kind == .word && $0.surface.count > 3 }
            guard tokens.count >= 8, words.count >= 4 else { continue }
            let replaced = words[words.count / 2]
            var units = Array(arabic[index].utf16)
            units.replaceSubrange(replaced.range, with: "المزرعة".utf16)
            let query = String(decoding: units, as: UTF16.self)
            let length = tokens.reduce(0.0) { $0 + ($1.kind == .punctuation ? 0.2 : 1) }
            let expected = Int((100 * (1 - 1 / length)).rounded(.down))
            let best = try #require(try memory.lookup(query).first, "line \(index + 1)")
            #expect(best.unit.source == arabic[index], "line \(index + 1)")
            #expect(best.percentage == expected, "line \(index + 1)")
            #expect(best.differences.count == 1, "line \(index + 1)")
            #expect(best.differences.first?.unitRange == replaced.range, "line \(index + 1)")
            #expect(best.differences.first.flatMap(\.queryRange).map(query.utf16Slice) == "المزرعة", "line \(index + 1)")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test(
        "the index finds the same best match as a scan of every unit, for edited NTREX lines",
        .enabled(if: SharedData.has(ntrexArabic), Comment(rawValue: SharedData.missingReason(ntrexArabic))))
    func indexAgreesWithScan() throws {
        let (memory, arabic, _) = try Self.ntrexMemory()
        for index in stride(from: 11, to: arabic.count, by: 100) {
            var words = arabic[index].split(separator: " ").map(String.init)
            guard words.count >= 6 else { continue }
            words[words.count / 3] = "والمزرعة"
            words[2 * words.count / 3] = words[2 * words.count / 3].replacingOccurrences(of: "ة", with: "ه")
            let query = words.joined(separator: " ")
            let indexed = try memory.lookup(query, limit: 1).first
            let scanned = try memory.scanLookup(query, limit: 1).first
            #expect(indexed?.unit.id == scanned?.unit.id, "line \(index + 1)")
            #expect(indexed?.percentage == scanned?.percentage, "line \(index + 1)")
        }
    }

    @Test(
        "the UN sentence spelling إدلب is found from ادلب",
        .enabled(if: SharedData.has(unArabic), Comment(rawValue: SharedData.missingReason(unArabic))))
    func idlibWithoutHamza() throws {
        let arabic = try Self.lines(Self.unArabic), english = try Self.lines(Self.unEnglish)
        let memory = try TranslationMemory(path: try TarjamaBinary.temporaryDirectory().appendingPathComponent("tm.sqlite").path)
        _ = try memory.importUnits(
            arabic.indices.map {
                MemoryUnit(sourceLanguage: "ar", targetLanguage: "en", source: arabic[$0], target: english[$0], document: "un")
            })
        let index = try #require(arabic.firstIndex { $0.contains("إدلب") })
        let variant = arabic[index].replacingOccurrences(of: "إدلب", with: "ادلب")
        let best = try #require(try memory.lookup(variant).first)
        #expect(best.unit.source == arabic[index])
        #expect(best.percentage == 99)
        #expect(best.differences.map(\.kind) == [.spelling])
        #expect(best.differences.first?.unitRange.map(arabic[index].utf16Slice) == "إدلب")
    }

    @Test(
        "in the real transcript, حماه finds the line that spells it حماة and the one that spells it حماه",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func hamaInTheTranscript() throws {
        let lines = try Self.lines(SharedData.transcriptPath)
        let memory = try TranslationMemory(path: try TarjamaBinary.temporaryDirectory().appendingPathComponent("tm.sqlite").path)
        _ = try memory.importUnits(
            lines.enumerated().map {
                MemoryUnit(
                    sourceLanguage: "ar", targetLanguage: "en", source: $1, target: "transcript line \($0 + 1)", document: "aleppo-radio")
            })
        let hits = try memory.concordance("حماه", side: .source)
        let spellings = Set(hits.flatMap { hit in hit.sourceRanges.map(hit.unit.source.utf16Slice) })
        #expect(spellings == ["حماة", "حماه"])
        #expect(
            try memory.concordance("محافظ حماة", side: .source).flatMap { hit in hit.sourceRanges.map(hit.unit.source.utf16Slice) } == [
                "محافظ حماه"
            ])
        let withTa = try #require(lines.first { $0.contains("حماة") })
        let best = try #require(try memory.lookup(withTa.replacingOccurrences(of: "حماة", with: "حماه")).first)
        #expect(best.unit.source == withTa)
        #expect(best.differences.map(\.kind) == [.spelling])
    }
}
