import Foundation
import Testing
import TarjamaText
import TestSupport

/// Boundary F1 on NTREX: each Arabic document's lines joined with a space into one paragraph,
/// segmented, and the segment starts compared with the original line starts.
@Suite("Boundary F1 on NTREX Arabic news")
struct NTREXBoundaryEvaluationTests {
    static let arabicPath = "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt"
    static let englishPath = "ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt"
    static let idsPath = "ref/parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv"

    /// Precision, recall and F1 of predicted boundaries against gold ones, summed over documents.
    struct Score: CustomStringConvertible {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(format: "F1 %.4f (P %.4f, R %.4f; tp %d fp %d fn %d)", f1, precision, recall,
                   truePositives, falsePositives, falseNegatives)
        }
    }

    /// One document: the joined text, the gold boundaries (line starts after the first) and the
    /// spans of lines whose English source holds more than one sentence.
    struct JoinedDocument {
        var document: Document
        var gold: Set<Int>
        /// Gold boundaries after a line that ends with . ! ? ؟ (possibly before a closing quote):
        /// the ones punctuation can reveal once the lines are joined.
        var punctuatedGold: Set<Int>
        var multiSentenceLines: [Range<Int>]
    }

    static func lines(_ relativePath: String) throws -> [String] {
        let text = try String(contentsOf: SharedData.url(relativePath)!, encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func documents(joinedBy separator: UInt16 = 0x20) throws -> [JoinedDocument] {
        let arabic = try lines(arabicPath)
        let english = try lines(englishPath)
        let ids = try lines(idsPath)
        let multiSentence = try NSRegularExpression(pattern: "[.?!][\"'”’)]? +[A-Z]")
        var documents: [JoinedDocument] = []
        var index = 0
        while index < arabic.count {
            var end = index
            while end < ids.count && ids[end] == ids[index] { end += 1 }
            var units: [UInt16] = []
            var gold: Set<Int> = []
            var punctuatedGold: Set<Int> = []
            var previousEndsPunctuated = false
            var multi: [Range<Int>] = []
            for line in index..<end {
                let text = arabic[line].trimmingCharacters(in: .whitespaces)
                if line > index {
                    units.append(separator)
                    gold.insert(units.count)
                    if previousEndsPunctuated { punctuatedGold.insert(units.count) }
                }
                let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’»)"))
                previousEndsPunctuated = trimmed.last.map { ".!?؟".contains($0) } ?? false
                let start = units.count
                units += text.utf16
                let source = english[line]
                if multiSentence.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)) != nil {
                    multi.append(start..<units.count)
                }
            }
            documents.append(JoinedDocument(document: Document(name: ids[index], text: String(decoding: units, as: UTF16.self)),
                                            gold: gold, punctuatedGold: punctuatedGold, multiSentenceLines: multi))
            index = end
        }
        return documents
    }

    static func score(_ predicted: [Int], against document: JoinedDocument, ignoringMultiSentenceLines: Bool,
                      punctuatedOnly: Bool = false) -> Score {
        var score = Score()
        let predictions = Set(predicted.filter { $0 > 0 && $0 < document.document.count })
        let gold = punctuatedOnly ? document.punctuatedGold : document.gold
        for boundary in predictions {
            if document.gold.contains(boundary) {
                // In the punctuated measure a found headline boundary is neither right nor wrong.
                if gold.contains(boundary) { score.truePositives += 1 }
            } else if !(ignoringMultiSentenceLines && document.multiSentenceLines.contains { $0.contains(boundary) }) {
                score.falsePositives += 1
            }
        }
        score.falseNegatives = gold.subtracting(predictions).count
        return score
    }

    static func add(_ a: inout Score, _ b: Score) {
        a.truePositives += b.truePositives
        a.falsePositives += b.falsePositives
        a.falseNegatives += b.falseNegatives
    }

    @Test("Tarjama's segmenter beats ICU's raw sentence iterator on NTREX boundaries",
          .enabled(if: SharedData.has(arabicPath) && SharedData.has(idsPath), Comment(rawValue: SharedData.missingReason(arabicPath))))
    func boundaryF1() throws {
        let documents = try Self.documents()
        let segmenter = try SentenceSegmenter(language: .arabic)
        let icu = try BreakIterator(.sentence, locale: "ar")
        var ours = Score(), oursSingle = Score(), raw = Score(), rawSingle = Score(), oursPunctuated = Score(), rawPunctuated = Score()
        for document in documents {
            let segments = try segmenter.segment(document.document).segments
            let predicted = segments.map(\.range.lowerBound)
            Self.add(&ours, Self.score(predicted, against: document, ignoringMultiSentenceLines: false))
            Self.add(&oursSingle, Self.score(predicted, against: document, ignoringMultiSentenceLines: true))
            Self.add(&oursPunctuated, Self.score(predicted, against: document, ignoringMultiSentenceLines: true, punctuatedOnly: true))
            try icu.setText(document.document.units)
            let icuBoundaries = icu.boundaries()
            Self.add(&rawPunctuated, Self.score(icuBoundaries, against: document, ignoringMultiSentenceLines: true, punctuatedOnly: true))
            Self.add(&raw, Self.score(icuBoundaries, against: document, ignoringMultiSentenceLines: false))
            Self.add(&rawSingle, Self.score(icuBoundaries, against: document, ignoringMultiSentenceLines: true))
            if ProcessInfo.processInfo.environment["TARJAMA_F1_DETAIL"] != nil {
                let text = document.document
                for boundary in document.gold.subtracting(predicted).sorted() {
                    print("MISS \(text.name): …\(text.text(in: max(0, boundary - 40)..<boundary))|\(text.text(in: boundary..<min(text.count, boundary + 30)))")
                }
                for boundary in Set(predicted).subtracting(document.gold).sorted() where boundary > 0 {
                    let multi = document.multiSentenceLines.contains { $0.contains(boundary) }
                    print("EXTRA\(multi ? "(multi)" : "") \(text.name): …\(text.text(in: max(0, boundary - 40)..<boundary))|\(text.text(in: boundary..<min(text.count, boundary + 30)))")
                }
            }
        }
        print("NTREX dev Arabic, \(documents.count) documents, every line boundary: Tarjama \(ours); ICU raw \(raw)")
        print("Same, not counting boundaries found inside lines whose English has several sentences: Tarjama \(oursSingle); ICU raw \(rawSingle)")
        print("Same, and only line ends with . ! ? ؟ as gold (an unpunctuated headline cannot be found once joined): Tarjama \(oursPunctuated); ICU raw \(rawPunctuated)")
        // The same documents hard-wrapped at every line end (one paragraph, lines joined by a line
        // break): what re-flow makes of it, unpunctuated headlines included.
        var wrapped = Score()
        for document in try Self.documents(joinedBy: 0x0A) {
            let predicted = try segmenter.segment(document.document).segments.map(\.range.lowerBound)
            Self.add(&wrapped, Self.score(predicted, against: document, ignoringMultiSentenceLines: false))
        }
        print("Lines joined by line breaks instead (a hard-wrapped transcript), every line boundary: Tarjama \(wrapped)")
        #expect(ours.f1 >= raw.f1)
        #expect(oursPunctuated.f1 >= 0.99)
        #expect(ours.f1 >= 0.95)
        #expect(oursSingle.f1 >= 0.95)
    }
}
