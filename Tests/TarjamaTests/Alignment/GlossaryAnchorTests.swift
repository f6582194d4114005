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
