import TarjamaText

/// One search of a band: the bead costs of a block of rows are computed on every core (they are
/// most of the work and independent of each other), then the Viterbi recurrence runs over them
/// keeping four rows of path costs and one back pointer per cell.
extension GuidedPath {
    struct Outcome {
        var steps: [Step]?
        /// Rows where the path runs within two cells of an inner band edge.
        var edgeRows: Int
    }

    /// Rows whose costs are computed together: about 32k cells (2 MB of costs) a block.
    static func blockRows(width: Int) -> Int { max(8, 32_768 / width) }

    /// The cost of every bead kind ending in every band cell of `rows`, laid out row, cell,
    /// kind; infinite where the bead would start outside the band or the grid.
    func bandCosts(rows: Range<Int>, guide: [Int], halfWidth: Int) -> [Double] {
        let kinds = BeadKind.all, kindCount = kinds.count
        let width = 2 * halfWidth + 1
        var costs = [Double](repeating: .infinity, count: rows.count * width * kindCount)
        costs.withUnsafeMutableBufferPointer { costs in
            for i in rows {
                let lowI = guide[i] - halfWidth
                let lo = max(0, lowI), hi = min(m, lowI + width - 1)
                if lo > hi { continue }
                let rowBase = (i - rows.lowerBound) * width
                for j in lo...hi {
                    let cellBase = (rowBase + j - lowI) * kindCount
                    for k in 0..<kindCount {
                        let kind = kinds[k]
                        let pi = i - kind.source, pj = j - kind.target
                        if pi < 0 || pj < 0 { continue }
                        let pk = pj - (guide[pi] - halfWidth)
                        if pk < 0 || pk >= width { continue }
                        costs[cellBase + k] = model.cost((sourceStart + pi)..<(sourceStart + i), (targetStart + pj)..<(targetStart + j))
                    }
                }
            }
        }
        return costs
    }

    /// Viterbi in the band `guide[i] ± halfWidth`.
    func viterbi(guide: [Int], halfWidth: Int, progress: AlignmentProgressReporter? = nil) -> Outcome {
        let kinds = BeadKind.all, kindCount = kinds.count
        let width = 2 * halfWidth + 1
        var back = [UInt8](repeating: .max, count: (n + 1) * width)
        var rows = [Double](repeating: .infinity, count: 4 * width)
        @inline(__always) func low(_ i: Int) -> Int { guide[i] - halfWidth }

        let blockRows = Self.blockRows(width: width)
        let blockCount = (n + blockRows) / blockRows
        rows[0 - low(0)] = 0
        var block = 0
        while block < blockCount {
            let batch = min(ParallelWork.defaultWorkers, blockCount - block), first = block
            let costBlocks = ParallelWork.map(batch) { _, b in
                let start = (first + b) * blockRows
                return bandCosts(rows: start..<min(n + 1, start + blockRows), guide: guide, halfWidth: halfWidth)
            }
            for b in 0..<batch {
                let start = (first + b) * blockRows, end = min(n + 1, start + blockRows)
                costBlocks[b].withUnsafeBufferPointer { costs in
                    for i in start..<end {
                        let lowI = low(i)
                        let base = (i & 3) * width
                        if i > 0 { for k in 0..<width { rows[base + k] = .infinity } }
                        let lo = max(0, lowI), hi = min(m, lowI + width - 1)
                        if lo > hi { continue }
                        let rowBase = (i - start) * width
                        for j in lo...hi {
                            if i == 0 && j == 0 { continue }
                            let cellBase = (rowBase + j - lowI) * kindCount
                            var bestCost = Double.infinity
                            var bestKind = UInt8.max
                            for k in 0..<kindCount {
                                let cost = costs[cellBase + k]
                                if cost == .infinity { continue }
                                let kind = kinds[k]
                                let pi = i - kind.source
                                let previous = rows[(pi & 3) * width + (j - kind.target - low(pi))]
                                if previous == .infinity { continue }
                                if previous + cost < bestCost { bestCost = previous + cost; bestKind = UInt8(k) }
                            }
                            rows[base + (j - lowI)] = bestCost
                            back[i * width + (j - lowI)] = bestKind
                        }
                    }
                }
                progress?.advance(by: end - max(start, 1))
            }
            block += batch
        }
        let endK = m - low(n)
        guard endK >= 0, endK < width, rows[(n & 3) * width + endK] < .infinity else {
            return Outcome(steps: nil, edgeRows: 1)
        }
        var steps: [Step] = []
        var edgeRows = 0
        var i = n, j = m
        while i > 0 || j > 0 {
            let k = j - low(i)
            let kindIndex = back[i * width + k]
            let kind = kinds[Int(kindIndex)]
            if (k <= 1 && low(i) > 0) || (k >= width - 2 && low(i) + width - 1 < m) { edgeRows += 1 }
            let cost = model.cost((sourceStart + i - kind.source)..<(sourceStart + i), (targetStart + j - kind.target)..<(targetStart + j))
            steps.append(Step(sourceEnd: i, targetEnd: j, kind: kindIndex, cost: cost))
            i -= kind.source
            j -= kind.target
        }
        steps.reverse()
        return Outcome(steps: steps, edgeRows: edgeRows)
    }
}
