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
