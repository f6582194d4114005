/// The cheapest path through a long stretch of a bitext, found in a band that follows a guide
/// path rather than the straight diagonal, with only back pointers kept (one byte per cell) so a
/// stretch of a million segments fits in memory.
///
/// The first guide is the path of the same stretch with every few segments joined (see
/// `GuidedPath+Coarse.swift`), and at the coarsest level the length diagonal: source position i
/// goes with the target position whose share of the stretch's characters is closest to i's (as
/// hunalign's rough pass). Then the band is recentred on the path found while the path runs
/// along its edge (a straight diagonal, or a band that only widens, lets a long file's path
/// drift: the band must follow the text).
struct GuidedPath {
    let model: BeadCostModel
    let sourceStart: Int, n: Int
    let targetStart: Int, m: Int

    /// The widest band tried, in segments either side of the guide, and the most band cells
    /// (bytes of back pointers) a stretch may take: 256 MB, a half-width of 128 at a million rows.
    static let maximumHalfWidth = 1_536
    static let maximumCells = 256_000_000

    /// One bead of the path, in stretch coordinates, with its cost under the model.
    struct Step {
        var sourceEnd: Int
        var targetEnd: Int
        var kind: UInt8
        var cost: Double
    }

    /// The path as beads (positions within the stretch), each with its cost.
    func run(halfWidth initial: Int, recentrings: Int = 4, progress: AlignmentProgressReporter? = nil) -> [Step] {
        var guide = initialGuide(halfWidth: initial)
        var halfWidth = initial
        var rounds = 0
        let limit = max(initial, min(Self.maximumHalfWidth, Self.maximumCells / (2 * (n + 1))))
        while true {
            let outcome = viterbi(guide: guide, halfWidth: halfWidth, progress: rounds == 0 ? progress : nil)
            // Widening stops at a bound (memory is n · width bytes): a text that is no
            // translation keeps touching any band, and its path is poor whatever the width.
            let covers = halfWidth * 2 + 1 >= m + 1 || halfWidth >= limit
            if let steps = outcome.steps, outcome.edgeRows == 0 || covers {
                return steps
            }
            if outcome.steps == nil && halfWidth >= limit {
                // The band may not grow past its memory bound, and the guide jumps further than
                // the band can follow: walk the guide itself rather than widen without end.
                return steps(along: guide)
            }
            rounds += 1
            if let steps = outcome.steps, rounds <= recentrings {
                guide = Self.guide(following: steps, n: n, m: m)
            } else {
                halfWidth = min(halfWidth * 2, limit)
                if let steps = outcome.steps { guide = Self.guide(following: steps, n: n, m: m) }
            }
        }
    }

    /// A path that follows `guide` row by row: each source segment pairs with the next target
    /// segment (1-1, or 1-0 where the guide does not advance), and the target segments the guide
    /// skips stand alone (0-1). Only for a stretch no band within the memory bound can follow.
    func steps(along guide: [Int]) -> [Step] {
        let kinds = BeadKind.all
        func step(_ i: Int, _ j: Int, _ kind: BeadKind) -> Step {
            let index = UInt8(kinds.firstIndex(of: kind) ?? 0)
            let cost = model.cost((sourceStart + i - kind.source)..<(sourceStart + i), (targetStart + j - kind.target)..<(targetStart + j))
            return Step(sourceEnd: i, targetEnd: j, kind: index, cost: cost)
        }
        var steps: [Step] = []
        var j = 0
        for i in 0...n {
            let goal = min(max(guide[i], j), m)
            if i > 0 {
                if goal > j {
                    j += 1
                    steps.append(step(i, j, BeadKind(source: 1, target: 1)))
                } else {
                    steps.append(step(i, j, BeadKind(source: 1, target: 0)))
                }
            }
            while j < goal || (i == n && j < m) {
                j += 1
                steps.append(step(i, j, BeadKind(source: 0, target: 1)))
            }
        }
        return steps
    }

    /// The target position for every source position 0...n, by shares of the stretch's length.
    func lengthDiagonal() -> [Int] {
        let s0 = model.source.lengthPrefix[sourceStart], sTotal = model.source.lengthPrefix[sourceStart + n] - s0
        let t0 = model.target.lengthPrefix[targetStart], tTotal = model.target.lengthPrefix[targetStart + m] - t0
        var guide = [Int](repeating: 0, count: n + 1)
        guard sTotal > 0, tTotal > 0 else {
            for i in 0...n { guide[i] = n == 0 ? 0 : (i * m + n / 2) / n }
            return guide
        }
        var j = 0
        for i in 0...n {
            let share = (model.source.lengthPrefix[sourceStart + i] - s0) / sTotal
            // Advance while the next target boundary is at least as close to the share.
            while j < m {
                let here = (model.target.lengthPrefix[targetStart + j] - t0) / tTotal
                let next = (model.target.lengthPrefix[targetStart + j + 1] - t0) / tTotal
                if abs(next - share) <= abs(here - share) { j += 1 } else { break }
            }
            guide[i] = j
        }
        guide[0] = 0
        guide[n] = m
        return guide
    }

    /// A guide through the middle of the target positions the path takes in each source row.
    static func guide(following steps: [Step], n: Int, m: Int) -> [Int] {
        var first = [Int](repeating: -1, count: n + 1)
        var last = [Int](repeating: 0, count: n + 1)
        first[0] = 0
        for step in steps {
            if first[step.sourceEnd] < 0 { first[step.sourceEnd] = step.targetEnd }
            last[step.sourceEnd] = step.targetEnd
        }
        var guide = [Int](repeating: 0, count: n + 1)
        var previous = 0
        for i in 0...n {
            // Rows the path jumps over (inside a 2-x or 3-x bead) take the row before's end.
            let value = first[i] < 0 ? previous : (first[i] + last[i]) / 2
            guide[i] = max(value, previous)
            previous = first[i] < 0 ? previous : last[i]
        }
        guide[n] = m
        return guide
    }
}
