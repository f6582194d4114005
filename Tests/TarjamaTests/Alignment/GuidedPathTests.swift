import Testing
@testable import Tarjama

/// The fallback a long stretch takes when no band within the memory bound can follow its guide.
@Suite("Guided path fallback")
struct GuidedPathTests {
    @Test("walking a guide that jumps covers every segment of both sides once, in order")
    func walkingTheGuideCoversBothSides() {
        let source = AlignmentFixtures.side((0..<6).map { "جملة رقم \($0) في النص." }, language: "ar", document: "g.ar")
        let target = AlignmentFixtures.side((0..<9).map { "Sentence number \($0) of the text." }, language: "en", document: "g.en")
        let model = BeadCostModel(source: SideFeatures(side: source), target: SideFeatures(side: target), parameters: AlignmentParameters())
        let path = GuidedPath(model: model, sourceStart: 0, n: 6, targetStart: 0, m: 9)
        // A guide that stalls, then jumps four targets in one row: no narrow band could follow it.
        let steps = path.steps(along: [0, 1, 1, 2, 6, 7, 9])
        var i = 0, j = 0
        for step in steps {
            let kind = BeadKind.all[Int(step.kind)]
            #expect(step.sourceEnd == i + kind.source && step.targetEnd == j + kind.target)
            #expect(step.cost.isFinite)
            i = step.sourceEnd
            j = step.targetEnd
        }
        #expect(i == 6 && j == 9)
        #expect(steps.filter { BeadKind.all[Int($0.kind)] == BeadKind(source: 1, target: 0) }.count == 1)
    }
}
