/// A unit holding a searched word or phrase, with where it occurs.
public struct ConcordanceHit: Sendable, Equatable {
    /// The unit.
    public var unit: MemoryUnit
    /// UTF-16 ranges of the phrase in the unit's source.
    public var sourceRanges: [Range<Int>]
    /// UTF-16 ranges of the phrase in the unit's target.
    public var targetRanges: [Range<Int>]

    /// Makes a hit.
    public init(unit: MemoryUnit, sourceRanges: [Range<Int>], targetRanges: [Range<Int>]) {
        self.unit = unit
        self.sourceRanges = sourceRanges
        self.targetRanges = targetRanges
    }
}

/// Which side of the units a concordance search looks at.
public enum ConcordanceSide: String, Sendable, CaseIterable {
    case source, target, both
}
