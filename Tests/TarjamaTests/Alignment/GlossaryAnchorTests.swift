import Testing
import Tarjama
import TestSupport

@Suite("Glossary terms as alignment anchors")
struct GlossaryAnchorTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(source: "حماة", target: "Hama", type: .place, variants: ["حماه"]),
        GlossaryEntry(source: "الهلال الاحمر", target: "Red Crescent", type: .organisation),
        GlossaryEntry(source: "وزارة النقل", target: "Ministry of Transport", type: .organisation, alternatives: ["Transport Ministry"]),
    ])

    @Test("an entry found in the source (any spelling, clitics glued) anchors the target segment holding its rendering")
    func anchors() {
        let source = AlignmentFixtures.side(
            [
                "وفي ريف حماه ارسل الهلال الاحمر قوافل.",
                "وقالت وزارة النقل ان الطريق مفتوح.",
            ], language: "ar", document: "a")
        let target = AlignmentFixtures.side(
            [
                "In the Hama countryside the Red Crescent's convoys arrived.",
                "The Transport Ministry said the road was open.",
                "Hamas said nothing.",
            ], language: "en", document: "e")
        let anchors = TermAnchors(matcher: GlossaryMatcher(glossary: Self.glossary), source: source, target: target)
        #expect(anchors.source == [[0, 1], [2]])
        #expect(anchors.target == [[0, 1], [2], []])  // "Hamas" is not "Hama"
    }

    @Test("renderings match whole words only: plural s after a lower-case term, several words, a rendering opening with a sign")
    func wholeWordRenderings() {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "حماة", target: "Hama", type: .place),
            GlossaryEntry(source: "هدنة", target: "ceasefire", type: .term),
            GlossaryEntry(source: "الهلال الاحمر", target: "Red Crescent", type: .organisation),
            GlossaryEntry(source: "المئة", target: "%", type: .term),
        ])
        let source = AlignmentFixtures.side(["هدنة في حماة مع الهلال الاحمر بنسبة المئة."], language: "ar", document: "a")
        let target = AlignmentFixtures.side(
            [
                "Two ceasefires near Hama, with the Red Crescent's help: 5 %.",
                "Hamas, the ceasefirers and the Red Crescents.",
                "A Red crescent moon over hama.",
            ], language: "en", document: "e")
        let anchors = TermAnchors(matcher: GlossaryMatcher(glossary: glossary), source: source, target: target)
        #expect(anchors.source == [[0, 1, 2, 3]])
        // Case is folded; "Hamas", "ceasefirers" and "Red Crescents" (a name takes no plural s) are not the terms.
        #expect(anchors.target == [[0, 1, 2, 3], [], [0, 2]])
    }

    @Test("a side longer than one piece of work gets the anchors each of its segments gets alone, in order")
    func longSidesMatchLikeShortOnes() {
        let arabic = ["وفي ريف حماه ارسل الهلال الاحمر قوافل.", "وقالت وزارة النقل ان الطريق مفتوح.", "لا شيء هنا."]
        let english = ["In the Hama countryside the Red Crescent's convoys arrived.", "The Transport Ministry said so.", "Nothing."]
        let count = 5_003  // more than two pieces of work
        let source = AlignmentFixtures.side((0..<count).map { arabic[$0 % 3] }, language: "ar", document: "a")
        let target = AlignmentFixtures.side((0..<count).map { english[($0 + 1) % 3] }, language: "en", document: "e")
        let anchors = TermAnchors(matcher: GlossaryMatcher(glossary: Self.glossary), source: source, target: target)
        #expect(anchors.source.count == count && anchors.target.count == count)
        let expectedSource: [[UInt64]] = [[0, 1], [2], []], expectedTarget: [[UInt64]] = [[2], [], [0, 1]]
        #expect((0..<count).allSatisfy { anchors.source[$0] == expectedSource[$0 % 3] && anchors.target[$0] == expectedTarget[$0 % 3] })
    }

    @Test("with a glossary the term agreement of the right pairs is positive and the alignment unchanged")
    func alignment() throws {
        let (source, target) = try AlignmentFixtures.demo()
        let anchors = TermAnchors(matcher: GlossaryMatcher(glossary: Self.glossary), source: source, target: target)
        let plain = try SegmentAligner().align(source: source, target: target)
        let anchored = try SegmentAligner().align(source: source, target: target, terms: anchors)
        #expect(AlignmentFixtures.beads(plain) == AlignmentFixtures.beads(anchored))
        #expect(anchored.pairs.contains { $0.evidence.terms > 0 })
        #expect(anchored.pairs.allSatisfy { $0.evidence.terms >= 0 })
    }
}
