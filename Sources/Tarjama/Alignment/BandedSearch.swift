#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dynamic programming over beads inside a band around the diagonal of one stretch of the
/// bitext (the whole document, or the part between two pinned pairs).
///
/// The Viterbi pass finds the cheapest path; with posteriors requested, a forward pass (run in
/// the same loop) and a backward pass give each bead on that path its posterior probability
/// under the model (costs read as negative log-probabilities).
struct BandedSearch {
    let model: BeadCostModel
    /// The stretch: source segments `sourceStart..<sourceStart+n`, target `targetStart..<targetStart+m`.
    let sourceStart: Int, n: Int
    let targetStart: Int, m: Int
    let halfWidth: Int
    /// The band's centre for every row `0...n`: the straight diagonal, or a path found before.
    let centers: [Int]

    /// A search of the band `halfWidth` either side of `guide` (a target position for every
    /// source position `0...n`, non-decreasing, from 0 to m), or of the straight diagonal.
    init(model: BeadCostModel, sourceStart: Int, n: Int, targetStart: Int, m: Int, halfWidth: Int, guide: [Int]? = nil) {
        self.model = model
        self.sourceStart = sourceStart
        self.n = n
        self.targetStart = targetStart
        self.m = m
        self.halfWidth = halfWidth
        if let guide, guide.count == n + 1 {
            centers = guide
        } else {
            centers = (0...max(0, n)).map { i in n == 0 ? 0 : (i * m + n / 2) / n }
        }
    }

    struct Bead {
        var source: Range<Int>
        var target: Range<Int>
        var posterior: Double
    }

    struct Outcome {
        var beads: [Bead]
        /// Whether the best path ran along the band's edge (so a wider band might find better).
        var touchedEdge: Bool
        /// Whether the band already covers every cell.
        var coversAll: Bool
    }

    private var width: Int { 2 * halfWidth + 1 }

    @inline(__always) private func low(_ i: Int) -> Int { centers[i] - halfWidth }

    /// The flat index of cell (i, j), or nil outside the band or the grid.
    @inline(__always) private func cell(_ i: Int, _ j: Int) -> Int? {
        if i < 0 || i > n || j < 0 || j > m { return nil }
        let k = j - low(i)
        if k < 0 || k >= width { return nil }
        return i * width + k
    }

    @inline(__always) private func beadCost(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        model.cost((sourceStart + i0)..<(sourceStart + i1), (targetStart + j0)..<(targetStart + j1))
    }

    /// Soft minimum −log Σ exp(−x) of the first `count` values.
    @inline(__always) private static func softMin(_ values: UnsafeMutableBufferPointer<Double>, _ count: Int) -> Double {
        var smallest = Double.infinity
        for k in 0..<count where values[k] < smallest { smallest = values[k] }
        if smallest == .infinity { return .infinity }
        var sum = 0.0
        for k in 0..<count { sum += exp(smallest - values[k]) }
        return smallest - log(sum)
    }

    /// The most bead costs (8 bytes each) the forward pass keeps for the backward one; a wider
    /// search computes them twice instead.
    static let maximumCachedCosts = 4_000_000

    /// Runs the search.
    ///
    /// - Complexity: O((n + m) · w) time and memory for band half-width w.
    func run(posteriors: Bool) -> Outcome {
        let kinds = BeadKind.all
        let cells = (n + 1) * width
        var best = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: .max, count: cells)
        var forward = posteriors ? [Double](repeating: .infinity, count: cells) : []
        // Costs the backward pass will need again, NaN where the forward pass had none.
        let caches = posteriors && cells * kinds.count <= Self.maximumCachedCosts
        var cached = caches ? [Double](repeating: .nan, count: cells * kinds.count) : []
        let terms = UnsafeMutableBufferPointer<Double>.allocate(capacity: kinds.count)
        defer { terms.deallocate() }

        best[0 * width + (0 - low(0))] = 0
        if posteriors { forward[0 - low(0)] = 0 }
        for i in 0...n {
            let lo = max(0, low(i)), hi = min(m, low(i) + width - 1)
            if lo > hi { continue }
            for j in lo...hi {
                if i == 0 && j == 0 { continue }
                guard let here = cell(i, j) else { continue }
                var bestCost = Double.infinity
                var bestKind = UInt8.max
                var termCount = 0
                for (k, kind) in kinds.enumerated() {
                    guard let from = cell(i - kind.source, j - kind.target) else { continue }
                    let previous = best[from]
                    if previous == .infinity && (!posteriors || forward[from] == .infinity) { continue }
                    let cost = beadCost(i - kind.source, i, j - kind.target, j)
                    if caches { cached[here * kinds.count + k] = cost }
                    if previous + cost < bestCost {
                        bestCost = previous + cost
                        bestKind = UInt8(k)
                    }
                    if posteriors {
                        terms[termCount] = forward[from] + cost
                        termCount += 1
                    }
                }
                best[here] = bestCost
                back[here] = bestKind
                if posteriors { forward[here] = Self.softMin(terms, termCount) }
            }
        }

        // Trace the best path back from (n, m).
        var beads: [Bead] = []
        var touchedEdge = false
        var coversAll = true
        for i in 0...n where low(i) > 0 || low(i) + width - 1 < m { coversAll = false; break }
        guard let end = cell(n, m), best[end] < .infinity else {
            return Outcome(beads: [], touchedEdge: true, coversAll: coversAll)
        }
        var i = n, j = m
        while i > 0 || j > 0 {
            let index = cell(i, j)!
            let kind = kinds[Int(back[index])]
            let k = j - low(i)
            if (k <= 1 && low(i) > 0) || (k >= width - 2 && low(i) + width - 1 < m) { touchedEdge = true }
            beads.append(Bead(source: (i - kind.source)..<i, target: (j - kind.target)..<j, posterior: 0))
            i -= kind.source
            j -= kind.target
        }
        beads.reverse()
        if posteriors { fillPosteriors(&beads, forward: forward, cached: cached) }
        return Outcome(beads: beads, touchedEdge: touchedEdge, coversAll: coversAll)
    }

    /// The backward pass: β(i, j) = soft minimum over beads leaving (i, j); a path bead's posterior
    /// is exp(−(α(start) + cost + β(end) − Z)). `cached` holds the forward pass's costs by
    /// end cell and kind (empty when it kept none): only cells the forward pass reached matter here.
    private func fillPosteriors(_ beads: inout [Bead], forward: [Double], cached: [Double]) {
        let kinds = BeadKind.all
        var backward = [Double](repeating: .infinity, count: (n + 1) * width)
        let terms = UnsafeMutableBufferPointer<Double>.allocate(capacity: kinds.count)
        defer { terms.deallocate() }
        backward[cell(n, m)!] = 0
        for i in stride(from: n, through: 0, by: -1) {
            let lo = max(0, low(i)), hi = min(m, low(i) + width - 1)
            if lo > hi { continue }
            for j in stride(from: hi, through: lo, by: -1) {
                if i == n && j == m { continue }
                guard let here = cell(i, j) else { continue }
                var termCount = 0
                for (k, kind) in kinds.enumerated() {
                    guard let to = cell(i + kind.source, j + kind.target), backward[to] < .infinity else { continue }
                    let known = cached.isEmpty ? .nan : cached[to * kinds.count + k]
                    terms[termCount] = backward[to] + (known.isNaN ? beadCost(i, i + kind.source, j, j + kind.target) : known)
                    termCount += 1
                }
                backward[here] = Self.softMin(terms, termCount)
            }
        }
        let total = forward[cell(n, m)!]
        for index in beads.indices {
            let bead = beads[index]
            let start = cell(bead.source.lowerBound, bead.target.lowerBound)!
            let end = cell(bead.source.upperBound, bead.target.upperBound)!
            let cost = beadCost(bead.source.lowerBound, bead.source.upperBound, bead.target.lowerBound, bead.target.upperBound)
            let logPosterior = -(forward[start] + cost + backward[end] - total)
            beads[index].posterior = min(1, max(0, exp(logPosterior)))
        }
    }
}
