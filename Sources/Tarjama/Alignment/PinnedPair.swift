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
