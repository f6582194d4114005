#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Long stretches (a report, a book or an archive as one file): a guided first path over the
/// whole stretch, then independent pieces between confident beads of that path, aligned in
/// parallel with posteriors. Memory stays linear with a small constant (one byte per band cell
/// for the whole stretch, full tables only per piece).
extension SegmentAligner {
    /// Stretches with more source plus target segments than this are aligned as long ones;
    /// shorter ones (every document of the development sets) keep the single banded search.
    static let longStretchSegments = 3_000
    /// About how many beads each independent piece of a long stretch holds.
    static let pieceBeads = 400

    /// The band half-width of the guided first path's finest search, and of each piece's
    /// search around that path (both widen where the path runs along the band's edge): the
    /// coarser levels already brought the band to the text, so it need not be as wide as a
    /// document's band around the straight diagonal.
    static let guidedHalfWidth = 12
    static let pieceHalfWidth = 10

    /// How much cheaper than two null beads the worst 1-1 bead of a long stretch is.
    static let pairOverNullsMargin = 0.5

    /// The model for a long stretch: a 1-1 bead never costs more than a 0-1 beside a 1-0. Two
    /// segments facing each other between the same neighbours are a (poor) pair rather than two
    /// unpaired ones; without this, every loose translation in a long file of unrelated
    /// sentences (where no neighbour pulls it onto the diagonal) became a 0-1 next to a 1-0.
    /// Learned word links only reward (UN dev as one file: 95.6% exact pairs with the learned
    /// lexicon as in documents, 98.2% without it). Documents keep the tuned model (the cap cost
    /// 0.004 strict F1 on NTREX seed 7).
    static func longStretchModel(_ model: BeadCostModel) -> BeadCostModel {
        var capped = model
        capped.poorPairCap = 2 * model.parameters.nullPenalty - pairOverNullsMargin
        capped.lexiconRewardOnly = true
        capped.joinedSentences = true
        return capped
    }

    static func isLong(_ stretch: Stretch) -> Bool {
        stretch.source.count + stretch.target.count > longStretchSegments && !stretch.source.isEmpty && !stretch.target.isEmpty
    }

    /// The guided path of a long stretch, as beads (no posteriors).
    func guidedPath(_ stretch: Stretch, model: BeadCostModel, progress: AlignmentProgressReporter?) -> [GuidedPath.Step] {
        let path = GuidedPath(
            model: Self.longStretchModel(model), sourceStart: stretch.source.lowerBound, n: stretch.source.count,
            targetStart: stretch.target.lowerBound, m: stretch.target.count)
        return path.run(halfWidth: min(parameters.initialBand, Self.guidedHalfWidth), progress: progress)
    }

    static func beads(of steps: [GuidedPath.Step], in stretch: Stretch) -> [BandedSearch.Bead] {
        var beads: [BandedSearch.Bead] = []
        beads.reserveCapacity(steps.count)
        var i = 0, j = 0
        for step in steps {
            beads.append(
                BandedSearch.Bead(
                    source: (stretch.source.lowerBound + i)..<(stretch.source.lowerBound + step.sourceEnd),
                    target: (stretch.target.lowerBound + j)..<(stretch.target.lowerBound + step.targetEnd),
                    posterior: 1))
            i = step.sourceEnd
            j = step.targetEnd
        }
        return beads
    }

    /// One piece of a long stretch and the first path through it (as a band guide in piece
    /// coordinates, see ``BandedSearch``).
    typealias Piece = (stretch: Stretch, guide: [Int])

    /// Cuts a long stretch into pieces at confident points of `steps`: about every
    /// ``pieceBeads`` beads, the boundary between two 1-1 beads whose neighbourhood (three
    /// beads either side) is cheapest under the model. Each piece keeps the part of `steps`
    /// inside it as its band's guide.
    static func pieces(of stretch: Stretch, along steps: [GuidedPath.Step]) -> [Piece] {
        var cuts: [Int] = []
        let oneToOne = UInt8(0)
        var index = pieceBeads
        while index + pieceBeads / 2 < steps.count {
            var bestCut = -1, bestCost = Double.infinity
            let lo = max(3, index - pieceBeads / 4), hi = min(steps.count - 4, index + pieceBeads / 4)
            if lo < hi {
                for k in lo..<hi where steps[k].kind == oneToOne && steps[k + 1].kind == oneToOne {
                    var cost = 0.0
                    for d in -2...3 { cost += steps[k + d].kind == oneToOne ? steps[k + d].cost : 20 }
                    if cost < bestCost { bestCost = cost; bestCut = k }
                }
            }
            if bestCut >= 0 { cuts.append(bestCut) }
            index += pieceBeads
        }
        var result: [Piece] = []
        var first = 0, s = 0, t = 0
        for cut in cuts + [steps.count - 1] where cut >= first && (steps[cut].sourceEnd > s || steps[cut].targetEnd > t) {
            let cs = steps[cut].sourceEnd, ct = steps[cut].targetEnd
            let local = steps[first...cut].map {
                GuidedPath.Step(sourceEnd: $0.sourceEnd - s, targetEnd: $0.targetEnd - t, kind: $0.kind, cost: $0.cost)
            }
            result.append(
                (
                    (
                        (stretch.source.lowerBound + s)..<(stretch.source.lowerBound + cs),
                        (stretch.target.lowerBound + t)..<(stretch.target.lowerBound + ct)
                    ), GuidedPath.guide(following: local, n: cs - s, m: ct - t)
                ))
            first = cut + 1
            s = cs
            t = ct
        }
        return result
    }

    /// Aligns the pieces of a long stretch on every core, with posteriors, under `model` (a
    /// ``longStretchModel(_:)``).
    func alignPieces(_ pieces: [Piece], model: BeadCostModel, progress: AlignmentProgressReporter?) -> [BandedSearch.Bead] {
        let results = Mutex<[[BandedSearch.Bead]]>(Array(repeating: [], count: pieces.count))
        let next = Atomic<Int>(0)
        let workers = min(max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))), max(1, pieces.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= pieces.count { return }
                let piece = pieces[index]
                let beads = alignStretch(
                    piece.stretch, model: model, posteriors: true, guide: piece.guide,
                    halfWidth: min(parameters.initialBand, Self.pieceHalfWidth))
                results.withLock { $0[index] = beads }
                progress?.advance(by: piece.stretch.source.count)
            }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// The bead shape penalties of long stretches, from the shapes of their first paths: each
    /// penalty becomes −log of its shapes' share beside 1-1 beads (add-one smoothed; a pair of
    /// shapes, 1-0 and 0-1 or 2-1 and 1-2, by their mean), never below the tuned penalty.
    ///
    /// The tuned penalties are priors for documents with merges and drops. A long file that is
    /// line-aligned has almost none, and with the documents' priors its loose translations were
    /// cheaper as a merge beside a null bead (2-1 + 0-1, 1-2 + 1-0: 62 of the 76 error runs on
    /// NTREX + UN dev repeated to 10,000 lines) than as two poor pairs. Its own first path says
    /// how rare those shapes are; a file with real merges and drops keeps about the tuned values.
    static func reestimatedShapes(_ parameters: AlignmentParameters, from paths: [[GuidedPath.Step]]) -> AlignmentParameters {
        var counts = [Double](repeating: 0, count: BeadKind.all.count)
        for path in paths {
            for step in path where Int(step.kind) < counts.count { counts[Int(step.kind)] += 1 }
        }
        guard counts.reduce(0, +) > 0 else { return parameters }
        func penalty(_ shapes: [BeadKind], tuned: Double) -> Double {
            let indices = shapes.compactMap { BeadKind.all.firstIndex(of: $0) }
            let share = indices.reduce(0.0) { $0 + counts[$1] } / Double(max(1, indices.count))
            let oneToOne = BeadKind.all.firstIndex(of: BeadKind(source: 1, target: 1)).map { counts[$0] } ?? 0
            return max(tuned, log((oneToOne + 1) / (share + 1)))
        }
        func kinds(_ names: String...) -> [BeadKind] { names.compactMap { BeadKind($0) } }
        var result = parameters
        result.nullPenalty = penalty(kinds("1-0", "0-1"), tuned: parameters.nullPenalty)
        result.mergePenalty = penalty(kinds("2-1", "1-2"), tuned: parameters.mergePenalty)
        result.twoToTwoPenalty = penalty(kinds("2-2"), tuned: parameters.twoToTwoPenalty)
        result.oneToThreePenalty = penalty(kinds("1-3", "3-1"), tuned: parameters.oneToThreePenalty)
        return result
    }
}
