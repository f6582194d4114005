import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

/// Bitexts for the aligner tests: the bundled demo sample (team-written), and development
/// documents from ../shared/ref/parallel edited so merges and drops occur.
enum AlignmentFixtures {
    /// The demo sample, segmented with the project's segmenter on both sides.
    static func demo() throws -> (source: AlignmentSide, target: AlignmentSide) {
        let arabic = try SentenceSegmenter(language: .arabic).segment(Document(name: "demo.ar", text: DemoSample.arabic))
        let english = try SentenceSegmenter(language: .english).segment(Document(name: "demo.en", text: DemoSample.english))
        return (AlignmentSide(segmented: arabic, language: "ar"), AlignmentSide(segmented: english, language: "en"))
    }

    /// A side of one segment per string.
    static func side(_ texts: [String], language: String, document: String, paragraphs: [Int]? = nil) -> AlignmentSide {
        AlignmentSide(
            language: language,
            segments: texts.enumerated().map { index, text in
                AlignmentSegment(id: "\(document):\(index + 1)", text: text, paragraph: paragraphs?[index] ?? 1)
            })
    }

    static let ntrexDirectory = "ref/parallel/ntrex-dev"

    /// The NTREX development documents as (Arabic line, English line) pairs, by document id.
    static func ntrexDocuments() throws -> [(id: String, pairs: [(String, String)])] {
        let root = try #require(SharedData.url(ntrexDirectory))
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            // CRLF files: "\r\n" is one Character, so split on newlines, not on "\n".
            return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast().map(String.init)
        }
        let arabic = try lines("newstest2019-ref.arb.dev.txt"), english = try lines("newstest2019-src.eng.dev.txt")
        let ids = try lines("DOCUMENT_IDS.dev.tsv")
        var documents: [(id: String, pairs: [(String, String)])] = []
        for (index, id) in ids.enumerated() {
            let pair = (arabic[index].trimmingCharacters(in: .whitespaces), english[index].trimmingCharacters(in: .whitespaces))
            if documents.last?.id == id { documents[documents.count - 1].pairs.append(pair) } else { documents.append((id, [pair])) }
        }
        return documents
    }

    /// Gold beads as (source indices, target indices) after editing: merges of adjacent lines on
    /// either side (half of them joined with a comma) and dropped lines on either side, with a
    /// fixed pseudo-random sequence so the set is the same on every run.
    struct EditedDocument {
        var source: AlignmentSide
        var target: AlignmentSide
        var gold: Set<[Int]>  // [source indices..., -1, target indices...]
    }

    static func edited(_ id: String, _ pairs: [(String, String)], random: inout SplitMix64) -> EditedDocument {
        var arabic: [String] = [], english: [String] = []
        var gold = Set<[Int]>()
        func join(_ a: String, _ b: String, comma: String) -> String {
            random.nextUnit() < 0.5 && a.hasSuffix(".") ? String(a.dropLast()) + comma + " " + b : a + " " + b
        }
        func add(_ ar: [String], _ en: [String]) {
            gold.insert(Array(arabic.count..<(arabic.count + ar.count)) + [-1] + Array(english.count..<(english.count + en.count)))
            arabic += ar
            english += en
        }
        var i = 0
        while i < pairs.count {
            let r = random.nextUnit()
            if i + 1 < pairs.count && r < 0.07 {
                add([pairs[i].0, pairs[i + 1].0], [join(pairs[i].1, pairs[i + 1].1, comma: ",")]); i += 2
            } else if i + 1 < pairs.count && r < 0.14 {
                add([join(pairs[i].0, pairs[i + 1].0, comma: "،")], [pairs[i].1, pairs[i + 1].1]); i += 2
            } else if r < 0.175 {
                add([], [pairs[i].1]); i += 1
            } else if r < 0.21 {
                add([pairs[i].0], []); i += 1
            } else {
                add([pairs[i].0], [pairs[i].1]); i += 1
            }
        }
        return EditedDocument(
            source: side(arabic, language: "ar", document: id), target: side(english, language: "en", document: id), gold: gold)
    }

    /// The beads of `alignment` in the gold form.
    static func beads(_ alignment: Alignment) -> [[Int]] {
        alignment.pairs.map { Array($0.source) + [-1] + Array($0.target) }
    }
}
