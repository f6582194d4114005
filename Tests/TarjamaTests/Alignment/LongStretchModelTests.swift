import Testing
@testable import Tarjama

/// The model of a long stretch: shape penalties from its own first path, and a coarse guide
/// whose joined beads cost what the finer beads they stand for cost (issue 23).
@Suite("Long-stretch model")
struct LongStretchModelTests {
    /// A first path with `counts` beads of each shape (by name), in any order.
    static func path(_ counts: [String: Int]) -> [GuidedPath.Step] {
        var steps: [GuidedPath.Step] = []
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            let kind = UInt8(BeadKind.all.firstIndex(of: BeadKind(name)!)!)
            steps += Array(repeating: GuidedPath.Step(sourceEnd: 0, targetEnd: 0, kind: kind, cost: 0), count: count)
        }
        return steps
    }

    @Test("a line-aligned first path makes null beads and merges dearer; one with merges and drops keeps the tuned penalties")
    func shapePenaltiesFollowTheFirstPath() {
        let tuned = AlignmentParameters()
        let clean = SegmentAligner.reestimatedShapes(tuned, from: [Self.path(["1-1": 9_900, "1-0": 10, "0-1": 12, "2-1": 20, "1-2": 18])])
        // 9,901 / 12, 9,901 / 20 and 9,901 / 1 (no 2-2, 1-3 or 3-1 at all): about 6.7, 6.2 and 9.2.
        #expect(abs(clean.nullPenalty - 6.7155) < 0.001)
        #expect(abs(clean.mergePenalty - 6.2047) < 0.001)
        #expect(abs(clean.twoToTwoPenalty - 9.2003) < 0.001)
        #expect(abs(clean.oneToThreePenalty - 9.2003) < 0.001)

        // 7% merges and 3.5% drops a side, as the development sets: never cheaper than tuned.
        let edited = SegmentAligner.reestimatedShapes(
            tuned, from: [Self.path(["1-1": 860, "1-0": 35, "0-1": 35, "2-1": 35, "1-2": 35, "2-2": 3])])
        #expect(edited.nullPenalty == tuned.nullPenalty)
        #expect(abs(edited.mergePenalty - 3.1746) < 0.001)
        #expect(edited.twoToTwoPenalty == tuned.twoToTwoPenalty)

        // No long stretch, no first path: the tuned penalties stand.
        #expect(SegmentAligner.reestimatedShapes(tuned, from: []) == tuned)
    }

    @Test("a coarse bead with k more segments on one side costs k null-or-merge penalties; as long on both sides, a 1-1's")
    func coarseShapesCostTheirFinerBeads() {
        let tuned = AlignmentParameters()
        let coarse = GuidedPath.coarseParameters(tuned, factor: 4)
        let unit = 4 * min(tuned.nullPenalty, tuned.mergePenalty)
        #expect(coarse.nullPenalty == unit && coarse.mergePenalty == unit)
        #expect(coarse.oneToThreePenalty == 2 * unit)
        #expect(coarse.twoToTwoPenalty == 2 * tuned.oneToOnePenalty)
        // Joined again, the finer level's prices scale on: 16 segments dropped cost 16 merges.
        let coarser = GuidedPath.coarseParameters(coarse, factor: 4)
        #expect(coarser.nullPenalty == 16 * min(tuned.nullPenalty, tuned.mergePenalty))
    }
}
