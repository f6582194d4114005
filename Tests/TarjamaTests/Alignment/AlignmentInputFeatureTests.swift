import Testing
import TarjamaText
@testable import Tarjama

/// What the aligner reads from its inputs before any search: presegmented lines, sentence
/// counts of joined segments, and the pieces a long stretch is cut into (issue 23).
@Suite("Aligner input features")
struct AlignmentInputFeatureTests {
    @Test("presegmented lines end at LF, CRLF or CR, are trimmed of tabs and space separators, and blank lines start paragraphs")
    func presegmentedLines() {
        let text = "  first line\t\r\nsecond\u{00A0}\r\rthird\n\n\n\u{3000}fourth \r"
        let side = AlignmentSide.presegmented(Document(name: "doc", text: text), language: "en")
        #expect(side.segments.map(\.text) == ["first line", "second", "third", "fourth"])
        #expect(side.segments.map(\.id) == ["doc:1", "doc:2", "doc:3", "doc:4"])
        #expect(side.segments.map(\.paragraph) == [1, 1, 2, 3])
        #expect(AlignmentSide.presegmented(Document(name: "doc", text: "\n \t\n"), language: "en").segments.isEmpty)
    }

    @Test("a heading or a line ending in a comma makes one sentence with the next line; two full sentences stay two")
    func sentencesOfJoinedSegments() {
        let side = AlignmentFixtures.side(
            [
                "Executive Board", "The report was adopted.", "Recalling its resolution 67/1,", "Decides to act. It will report.",
                "They got an A.",
            ],
            language: "en", document: "s")
        let features = SideFeatures(side: side)
        #expect(features.sentences(in: 0..<1, joined: true) == 1)
        #expect(features.sentences(in: 0..<2, joined: false) == 2)  // documents count each segment alone
        #expect(features.sentences(in: 0..<2, joined: true) == 1)  // "Executive Board The report was adopted."
        #expect(features.sentences(in: 1..<3, joined: true) == 2)
        #expect(features.sentences(in: 2..<4, joined: true) == 2)  // "Recalling its resolution 67/1, Decides to act. It will report."
        #expect(features.sentences(in: 3..<4, joined: true) == 2)
        #expect(features.sentences(in: 0..<4, joined: true) == 3)
        #expect(features.sentences(in: 2..<2, joined: true) == 0)
        // A line's end is no abbreviation.
        #expect(features.sentences(in: 4..<5, joined: true) == 1 && features.sentences(in: 3..<5, joined: true) == 3)
        // Joined four by four (the coarse level of a long stretch), the same count.
        let joined = SideFeatures(joining: 0..<4, of: features, factor: 4)
        #expect(joined.sentences(in: 0..<1, joined: true) == 3)
    }

    @Test("each piece of a long stretch starts and ends on the first path, and its band guide runs from its start to its end")
    func piecesFollowTheFirstPath() {
        // A first path of 1,000 beads: 1-1, with a 2-1 every 50th and a 0-1 every 70th.
        var steps: [GuidedPath.Step] = []
        var i = 0, j = 0
        for k in 0..<1_000 {
            let kind =
                k % 50 == 49
                ? BeadKind(source: 2, target: 1) : k % 70 == 69 ? BeadKind(source: 0, target: 1) : BeadKind(source: 1, target: 1)
            i += kind.source
            j += kind.target
            steps.append(GuidedPath.Step(sourceEnd: i, targetEnd: j, kind: UInt8(BeadKind.all.firstIndex(of: kind)!), cost: 1))
        }
        let stretch = (source: 10..<(10 + i), target: 20..<(20 + j))
        let pieces = SegmentAligner.pieces(of: stretch, along: steps)
        #expect(pieces.count == 2)
        let corners = Set(steps.map { [$0.sourceEnd + 10, $0.targetEnd + 20] })
        var source = stretch.source.lowerBound, target = stretch.target.lowerBound
        for piece in pieces {
            #expect(piece.stretch.source.lowerBound == source && piece.stretch.target.lowerBound == target)
            #expect(corners.contains([piece.stretch.source.upperBound, piece.stretch.target.upperBound]))
            #expect(piece.guide.count == piece.stretch.source.count + 1)
            #expect(piece.guide.first == 0 && piece.guide.last == piece.stretch.target.count)
            #expect(zip(piece.guide, piece.guide.dropFirst()).allSatisfy { $0 <= $1 })
            source = piece.stretch.source.upperBound
            target = piece.stretch.target.upperBound
        }
        #expect(source == stretch.source.upperBound && target == stretch.target.upperBound)
    }
}
