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
        pairs.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score < b.element.score : a.offset < b.offset
        }.map(\.element)
    }

    /// The mean score of the pairs (0 when there are none).
    public var meanScore: Double {
        pairs.isEmpty ? 0 : pairs.reduce(0) { $0 + $1.score } / Double(pairs.count)
    }
}
