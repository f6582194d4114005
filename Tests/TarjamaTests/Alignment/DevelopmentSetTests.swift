import Foundation
import Testing
import Tarjama
import TestSupport

/// The aligner on NTREX development documents edited with merges and drops (a fixed generated
/// set: SplitMix seed 2026), scored by strict pair F1 like Scripts/align-eval/score.py.
@Suite(
    "Aligner on the NTREX development set",
    .enabled(
        if: SharedData.has(AlignmentFixtures.ntrexDirectory), Comment(rawValue: SharedData.missingReason(AlignmentFixtures.ntrexDirectory)))
)
struct DevelopmentSetTests {
    @Test("strict pair F1 and the precision of pairs scoring 0.8 or more reach their measured levels")
    func strictPairF1() throws {
        var random = SplitMix64(state: 2026)
        var gold = 0, predicted = 0, correct = 0, confident = 0, confidentCorrect = 0
        var beadKinds = Set<String>()
        for document in try AlignmentFixtures.ntrexDocuments() {
            let edited = AlignmentFixtures.edited(document.id, document.pairs, random: &random)
            let alignment = try SegmentAligner().align(source: edited.source, target: edited.target)
            for (pair, bead) in zip(alignment.pairs, AlignmentFixtures.beads(alignment)) {
                let right = edited.gold.contains(bead)
                if right { correct += 1 }
                if pair.score >= 0.8 { confident += 1; if right { confidentCorrect += 1 } }
            }
            beadKinds.formUnion(
                edited.gold.map { bead in
                    let split = bead.firstIndex(of: -1)!
                    return "\(split)-\(bead.count - split - 1)"
                })
            gold += edited.gold.count
            predicted += alignment.pairs.count
        }
        #expect(beadKinds.isSuperset(of: ["1-1", "2-1", "1-2", "1-0", "0-1"]))
        let precision = Double(correct) / Double(predicted), recall = Double(correct) / Double(gold)
        let f1 = 2 * precision * recall / (precision + recall)
        let confidentPrecision = Double(confidentCorrect) / Double(max(confident, 1))
        print(
            "NTREX dev (seed 2026): \(gold) gold pairs, F1 \(f1), precision of score ≥ 0.8: \(confidentPrecision) over \(confident) pairs")
        #expect(f1 >= 0.95)
        #expect(confidentPrecision >= 0.97)
        #expect(Double(confident) / Double(predicted) >= 0.75)
    }

    @Test("aligned as one collection, the lexicon learned from a first pass lifts strict pair F1 above the single-pass aligner's")
    func collectionWithLearnedLexicon() throws {
        var random = SplitMix64(state: 2026)
        let documents = try AlignmentFixtures.ntrexDocuments().map { AlignmentFixtures.edited($0.id, $0.pairs, random: &random) }
        let inputs = documents.map { ($0.source, $0.target, [PinnedPair]()) }
        var single = DocumentPairAligner()
        single.learnsLexicon = false
        let learning = DocumentPairAligner()
        let (baseline, none) = try single.alignCollection(inputs)
        let (learned, lexicon) = try learning.alignCollection(inputs)
        #expect(none == nil)
        let links = try #require(lexicon).links
        #expect(links.count >= 200)
        // Competitive linking: every word in one link at most.
        #expect(Set(links.map(\.source)).count == links.count && Set(links.map(\.target)).count == links.count)

        func f1(_ alignments: [Alignment]) -> Double {
            var gold = 0, predicted = 0, correct = 0
            for (document, alignment) in zip(documents, alignments) {
                correct += AlignmentFixtures.beads(alignment).filter(document.gold.contains).count
                gold += document.gold.count
                predicted += alignment.pairs.count
            }
            let precision = Double(correct) / Double(predicted), recall = Double(correct) / Double(gold)
            return 2 * precision * recall / (precision + recall)
        }
        let before = f1(baseline), after = f1(learned)
        print("NTREX dev (seed 2026) as a collection: F1 \(before) without, \(after) with the learned lexicon (\(links.count) links)")
        #expect(after >= 0.965)
        #expect(after > before)
    }
}
