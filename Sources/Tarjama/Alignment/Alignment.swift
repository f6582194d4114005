import Foundation

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

/// Something about a document pair that makes its alignment doubtful. Descriptions never
/// quote the text.
public enum AlignmentWarning: Sendable, Hashable, CustomStringConvertible {
    /// One side has no segments: every segment of the other side is left unpaired.
    case emptySide(isSource: Bool)
    /// The sides' lengths are far from what a translation gives (`ratio` = observed / expected).
    case lengthMismatch(ratio: Double)
    /// Names and numbers do not correspond and the pairs score low: probably not a translation.
    case unlikelyTranslation(anchorAgreement: Double, meanScore: Double)

    public var description: String {
        switch self {
        case .emptySide(let isSource):
            return "the \(isSource ? "source" : "target") side has no segments; every segment of the other side is left unpaired"
        case .lengthMismatch(let ratio):
            let times = ratio >= 1 ? ratio : 1 / ratio
            let longer = ratio >= 1 ? "target" : "source"
            return "the \(longer) side is \(String(format: "%.1f", times))× longer than a translation would make it; check that the files belong together"
        case .unlikelyTranslation(let agreement, let mean):
            return "the target does not look like a translation of the source (names and numbers agree \(Int((agreement * 100).rounded()))%, mean score \(String(format: "%.2f", mean))); check the file pairing"
        }
    }
}

/// A pair a reviewer confirmed: kept as it is; only the stretches between pinned pairs are re-aligned.
public struct PinnedPair: Sendable, Hashable {
    /// Indices into the source and target segments (one may be empty).
    public var source: Range<Int>
    public var target: Range<Int>

    public init(source: Range<Int>, target: Range<Int>) {
        self.source = source
        self.target = target
    }
}

/// Why alignment was refused.
public enum AlignmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Pinned pairs overlap, run backwards or point past the end of a side (`index` is 0-based).
    case pinnedPairOutOfOrder(index: Int)
    /// A pinned pair joins no segment at all.
    case emptyPinnedPair(index: Int)

    public var description: String {
        switch self {
        case .pinnedPairOutOfOrder(let index):
            return "pinned pair \(index + 1) overlaps or comes before an earlier pinned pair, or names segments the documents do not have"
        case .emptyPinnedPair(let index):
            return "pinned pair \(index + 1) names no segment on either side"
        }
    }
}
