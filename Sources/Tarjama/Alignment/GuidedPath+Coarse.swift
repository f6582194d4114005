/// Coarse to fine: a long stretch first finds its path with every few segments of each side
/// joined into one (recursively, so the coarsest search is short), and the band of each finer
/// search follows that path scaled back. The band then starts where the text goes, so it is
/// rarely recentred or widened (each of which is a whole new search at the finest level).
extension GuidedPath {
    /// How many segments of the level below each segment of a coarser level joins.
    static let coarseningFactor = 4
    /// Stretches with fewer source or target segments than this start from the length diagonal.
    static let coarsestRows = 2_000

    /// The guide a search of this stretch starts from: the scaled path of the coarser stretch,
    /// or the length diagonal when the stretch is short.
    func initialGuide(halfWidth: Int) -> [Int] {
        let factor = Self.coarseningFactor
        guard n >= Self.coarsestRows, m >= Self.coarsestRows else { return lengthDiagonal() }
        let coarse = coarser(by: factor)
        // Coarser levels are short: they search the full initial band whatever the finest uses.
        let steps = coarse.run(halfWidth: max(halfWidth, model.parameters.initialBand))
        var corners: [(Int, Int)] = []
        corners.reserveCapacity(steps.count)
        for step in steps { corners.append((min(step.sourceEnd * factor, n), min(step.targetEnd * factor, m))) }
        return Self.guide(through: corners, n: n, m: m)
    }

    /// The same stretch with every `factor` consecutive segments of each side joined into one
    /// (the last join of a side may be shorter), under the same model without anchors: the
    /// coarse path only has to bring the finer band near the text, where anchors act.
    ///
    /// A coarse bead stands for `factor` segments a side, so its shape is priced as the finer
    /// beads it implies (``coarseParameters(_:factor:)``) and a poor coarse pair is not capped.
    /// With the finer prices a coarse 1-0 (four segments dropped) cost one null bead and a poor
    /// joined pair at most two, so wherever a drop or a merge left the joined groups out of step
    /// (every group after it, in a file with merges and drops) the coarse path wandered off the
    /// diagonal in pairs of 1-0 and 0-1, and the finer band had to be recentred and widened
    /// after it (UN dev as one file with merges and drops: 1,059 coarse beads for 906 rows, then
    /// seven finer searches up to a half-width of 96 instead of one).
    func coarser(by factor: Int) -> GuidedPath {
        let source = SideFeatures(joining: sourceStart..<(sourceStart + n), of: model.source, factor: factor)
        let target = SideFeatures(joining: targetStart..<(targetStart + m), of: model.target, factor: factor)
        let parameters = Self.coarseParameters(model.parameters, factor: factor)
        var coarse = BeadCostModel(source: source, target: target, parameters: parameters)
        coarse.ratio = model.ratio
        coarse.variance = model.variance
        coarse.lexiconRewardOnly = model.lexiconRewardOnly
        coarse.joinedSentences = model.joinedSentences
        return GuidedPath(model: coarse, sourceStart: 0, n: source.count, targetStart: 0, m: target.count)
    }

    /// Bead shape penalties for segments joined `factor` by `factor`: a coarse bead that takes
    /// k more segments on one side than the other (k = `factor` · |s − t|) stands for at least k
    /// finer beads that each take one more (a null bead or a merge), so it costs k times the
    /// cheaper of the two; a bead as long on both sides (1-1, 2-2) costs what a finer 1-1 costs.
    static func coarseParameters(_ parameters: AlignmentParameters, factor: Int) -> AlignmentParameters {
        var coarse = parameters
        let unit = Double(factor) * min(parameters.nullPenalty, parameters.mergePenalty)
        coarse.nullPenalty = unit
        coarse.mergePenalty = unit
        coarse.oneToThreePenalty = 2 * unit
        coarse.twoToTwoPenalty = 2 * parameters.oneToOnePenalty
        return coarse
    }

    /// A guide through a path given by its corners after (0, 0), ending at (n, m): rows the
    /// path crosses between two corners take the straight line between them, and a row gets
    /// the middle of the target positions the path takes in it.
    static func guide(through corners: [(Int, Int)], n: Int, m: Int) -> [Int] {
        var first = [Int](repeating: -1, count: n + 1)
        var last = [Int](repeating: 0, count: n + 1)
        func visit(_ i: Int, _ j: Int) {
            if first[i] < 0 { first[i] = j }
            last[i] = j
        }
        visit(0, 0)
        var pi = 0, pj = 0
        for (i, j) in corners where i >= pi && i <= n && j >= pj {
            if i > pi {
                for row in (pi + 1)...i { visit(row, pj + (j - pj) * (row - pi) / (i - pi)) }
            } else {
                visit(i, j)
            }
            pi = i
            pj = j
        }
        var guide = [Int](repeating: 0, count: n + 1)
        var previous = 0
        for i in 0...n {
            let value = first[i] < 0 ? previous : (first[i] + last[i]) / 2
            guide[i] = min(max(value, previous), m)
            previous = first[i] < 0 ? previous : last[i]
        }
        guide[n] = m
        return guide
    }
}
