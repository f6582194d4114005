import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("Segment aligner")
struct SegmentAlignerTests {
    @Test("the demo sample aligns sentence by sentence, every pair confident")
    func demoSample() throws {
        let (source, target) = try AlignmentFixtures.demo()
        let alignment = try SegmentAligner().align(source: source, target: target)
        #expect(source.segments.count == target.segments.count)
        #expect(alignment.pairs.allSatisfy { $0.kind == BeadKind(source: 1, target: 1) })
        #expect(AlignmentFixtures.beads(alignment) == (0..<source.segments.count).map { [$0, -1, $0] })
        #expect(alignment.pairs.allSatisfy { $0.score >= 0.8 && $0.score <= 1 })
        #expect(alignment.warnings.isEmpty)
    }

    @Test("a merged translation becomes a 2-1 bead and a dropped sentence a 1-0 bead")
    func mergesAndDrops() throws {
        let (source, target) = try AlignmentFixtures.demo()
        var english = target.segments.map(\.text)
        english[1] = english[1] + " " + english[2]  // the translator joined sentences 2 and 3
        english.remove(at: 2)
        english.remove(at: 5)  // and left out the original sixth sentence
        let edited = AlignmentFixtures.side(english, language: "en", document: "demo.en")
        let alignment = try SegmentAligner().align(source: source, target: edited)
        let beads = AlignmentFixtures.beads(alignment)
        #expect(beads.contains([1, 2, -1, 1]))
        #expect(beads.contains([6, -1]))
        #expect(beads.contains([0, -1, 0]) && beads.contains([9, -1, 7]))
        let dropped = try #require(alignment.pairs.first { $0.source == 6..<7 })
        #expect(dropped.kind.description == "1-0")
    }

    @Test("numbers agree as values across Arabic-Indic digits, separators and decimals")
    func numbersAsValues() throws {
        let source = AlignmentFixtures.side(["قتل ٣٬٠٣٣ شخصا و٢٫٥ بالمئة", "وصل 120 زائرا"], language: "ar", document: "a")
        let target = AlignmentFixtures.side(["3,033 people died, 2.5 percent", "120 visitors came"], language: "en", document: "e")
        let alignment = try SegmentAligner().align(source: source, target: target)
        #expect(alignment.pairs.map(\.evidence.numbers).allSatisfy { $0 > 0.4 })
        #expect(AlignmentFixtures.beads(alignment) == [[0, -1, 0], [1, -1, 1]])
    }

    @Test("one shared number does not pull a pair away from the translation that fits")
    func oneNumberIsNotEnough() throws {
        // The third Arabic sentence repeats the number of the first English one; lengths and
        // every other anchor say 1-1 in order.
        let source = AlignmentFixtures.side(
            [
                "أعلنت الحكومة أن 40 مدرسة ستفتح أبوابها في المدينة الأسبوع المقبل بعد اصلاحها.",
                "وقال وزير التربية ان المعلمين سيعودون الى عملهم في جميع المدارس.",
                "وأضاف أن الوزارة ستوزع 40 ألف كتاب على الطلاب قبل بداية العام الدراسي.",
            ], language: "ar", document: "a")
        let target = AlignmentFixtures.side(
            [
                "The government announced that 40 schools in the city will reopen next week after repairs.",
                "The education minister said teachers would return to work in all schools.",
                "He added that the ministry would hand out forty thousand books to pupils before the school year.",
            ], language: "en", document: "e")
        let alignment = try SegmentAligner().align(source: source, target: target)
        #expect(AlignmentFixtures.beads(alignment) == [[0, -1, 0], [1, -1, 1], [2, -1, 2]])
    }

    @Test("pinned pairs are kept and only the stretches between them are re-aligned")
    func pinnedPairs() throws {
        let (source, target) = try AlignmentFixtures.demo()
        // A reviewer confirmed an unusual pair: Arabic 3 with English 3 and 4 (2-sided check).
        let pins = [PinnedPair(source: 2..<3, target: 2..<4)]
        let alignment = try SegmentAligner().align(source: source, target: target, pinned: pins)
        let pinned = try #require(alignment.pairs.first { $0.isPinned })
        #expect(pinned.source == 2..<3 && pinned.target == 2..<4 && pinned.score == 1)
        #expect(alignment.pairs.filter(\.isPinned).count == 1)
        // Before the pin nothing changed; after it the remaining segments are aligned among themselves.
        let beads = AlignmentFixtures.beads(alignment)
        #expect(beads.prefix(2) == [[0, -1, 0], [1, -1, 1]])
        #expect(Set(alignment.pairs.flatMap(\.source)) == Set(0..<source.segments.count))
        #expect(Set(alignment.pairs.flatMap(\.target)) == Set(0..<target.segments.count))
        #expect(throws: AlignmentError.pinnedPairOutOfOrder(index: 1)) {
            try SegmentAligner().align(
                source: source, target: target,
                pinned: [PinnedPair(source: 4..<5, target: 4..<5), PinnedPair(source: 2..<3, target: 2..<3)])
        }
    }

    @Test("a narrow band widens until the path fits: the result equals an unbanded search")
    func bandWidens() throws {
        let (source, target) = try AlignmentFixtures.demo()
        // Twelve extra English sentences at the start push the path far off the diagonal.
        let extra = (1...12).map { "An unrelated sentence number \($0) that has no counterpart in the Arabic text at all." }
        let shifted = AlignmentFixtures.side(extra + target.segments.map(\.text), language: "en", document: "e")
        var narrow = AlignmentParameters()
        narrow.initialBand = 2
        var wide = AlignmentParameters()
        wide.initialBand = 1000
        let a = try SegmentAligner(parameters: narrow).align(source: source, target: shifted)
        let b = try SegmentAligner(parameters: wide).align(source: source, target: shifted)
        #expect(AlignmentFixtures.beads(a) == AlignmentFixtures.beads(b))
        #expect(AlignmentFixtures.beads(a).contains([0, -1, 12]))
    }

    @Test("paragraph boundaries on both sides keep pairs inside paragraphs; one-sided paragraphs do no harm")
    func paragraphs() throws {
        let (source, target) = try AlignmentFixtures.demo()
        #expect(source.hasParagraphs && target.hasParagraphs)
        let both = try SegmentAligner().align(source: source, target: target)
        for pair in both.pairs where !pair.source.isEmpty && !pair.target.isEmpty {
            #expect(Set(pair.source.map { source.segments[$0].paragraph }).count == 1)
        }
        let flat = AlignmentFixtures.side(target.segments.map(\.text), language: "en", document: "e")
        let oneSided = try SegmentAligner().align(source: source, target: flat)
        #expect(AlignmentFixtures.beads(oneSided) == AlignmentFixtures.beads(both))
    }

    @Test("scores lie in [0, 1] and sort weakest first")
    func weakestFirst() throws {
        let (source, target) = try AlignmentFixtures.demo()
        var english = target.segments.map(\.text)
        english.remove(at: 4)
        let alignment = try SegmentAligner().align(source: source, target: AlignmentFixtures.side(english, language: "en", document: "e"))
        let sorted = alignment.pairsWeakestFirst()
        #expect(sorted.count == alignment.pairs.count)
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.score <= $1.score })
        #expect(alignment.pairs.allSatisfy { (0...1).contains($0.score) })
        #expect(AlignmentFixtures.beads(alignment).contains([4, -1]))
        #expect(sorted.first!.score <= sorted.last!.score)
    }
}
