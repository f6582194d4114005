/// The result of aligning one document pair: the pairs in document order, and what looked wrong.
public struct Alignment: Sendable {
    /// Every source and every target segment appears in exactly one pair, in document order.
    public var pairs: [AlignedPair]
    /// Problems with the input a reviewer should know about (empty side, length mismatch, ...).
    public var warnings: [AlignmentWarning]
    /// The target/source character ratio the length model used, estimated from the document.
    public var lengthRatio: Double
    /// The length variance the model used, estimated from the document.
    public var lengthVariance: Double

    public init(pairs: [AlignedPair], warnings: [AlignmentWarning], lengthRatio: Double, lengthVariance: Double) {
        self.pairs = pairs
        self.warnings = warnings
        self.lengthRatio = lengthRatio
        self.lengthVariance = lengthVariance
    }

    /// The pairs sorted by score, weakest first (ties keep document order), for review.
    public func pairsWeakestFirst() -> [AlignedPair] {
        indicesWeakestFirst().map { pairs[$0] }
    }

    /// The indices of ``pairs`` in ``pairsWeakestFirst()`` order, to reorder what goes with
    /// them (their records).
    public func indicesWeakestFirst() -> [Int] {
        pairs.indices.sorted { a, b in
            pairs[a].score != pairs[b].score ? pairs[a].score < pairs[b].score : a < b
        }
    }

    /// The mean score of the pairs (0 when there are none).
    public var meanScore: Double {
        pairs.isEmpty ? 0 : pairs.reduce(0) { $0 + $1.score } / Double(pairs.count)
    }
}
