/// A unit the memory found for a segment, with how well it matches and where the two differ.
public struct FuzzyMatch: Sendable, Equatable {
    /// The unit found.
    public var unit: MemoryUnit
    /// The CAT-style match percentage: 101 identical with the same neighbours, 100 identical,
    /// 99 and below by word-level edit distance.
    public var percentage: Int
    /// The words that differ, with their ranges in the query and in the unit's source.
    public var differences: [MatchDifference]

    /// Whether the neighbouring segments matched too (a 101% context match).
    public var isContextMatch: Bool { percentage == Self.contextMatch }

    /// The percentage of an identical source whose neighbouring sources are identical too.
    /// Trados and memoQ call it a context (or "ICE") match and show it above 100 so that a
    /// translator can leave it unreviewed; the CAT tools this memory feeds expect 101.
    public static let contextMatch = 101
    /// The percentage of an identical source in another context.
    public static let exactMatch = 100
    /// The range a caller may ask for as a minimum percentage.
    public static let percentages = 1...contextMatch

    /// Makes a match.
    public init(unit: MemoryUnit, percentage: Int, differences: [MatchDifference]) {
        self.unit = unit
        self.percentage = percentage
        self.differences = differences
    }
}

/// One difference between a looked-up segment and a unit's source.
public struct MatchDifference: Sendable, Equatable {
    /// What kind of difference, from lightest to heaviest cost.
    public enum Kind: String, Sendable {
        /// Same word in another spelling (حماه/حماة, ادلب/إدلب).
        case spelling
        /// Punctuation differs, is missing or is extra.
        case punctuation
        /// Same word with other clitics (والرقة/الرقة).
        case clitic
        /// Another number in the same place.
        case number
        /// Another word in the same place.
        case changed
        /// A word of the query the unit lacks.
        case missing
        /// A word of the unit the query lacks.
        case extra
    }

    /// What differs.
    public var kind: Kind
    /// UTF-16 range in the query segment, nil for an extra word of the unit.
    public var queryRange: Range<Int>?
    /// UTF-16 range in the unit's source, nil for a word missing from the unit.
    public var unitRange: Range<Int>?

    /// Makes a difference.
    public init(kind: Kind, queryRange: Range<Int>?, unitRange: Range<Int>?) {
        self.kind = kind
        self.queryRange = queryRange
        self.unitRange = unitRange
    }
}
