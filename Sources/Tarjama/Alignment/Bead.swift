/// The shape of an alignment bead: how many source segments are joined with how many target
/// segments (`2-1` joins two source segments with one target segment).
public struct BeadKind: Sendable, Hashable, CustomStringConvertible {
    public var source: Int
    public var target: Int

    public init(source: Int, target: Int) {
        self.source = source
        self.target = target
    }

    /// The beads the aligner considers, in a fixed order (the order is stored in back pointers).
    public static let all: [BeadKind] = [
        .init(source: 1, target: 1), .init(source: 1, target: 0), .init(source: 0, target: 1),
        .init(source: 2, target: 1), .init(source: 1, target: 2), .init(source: 2, target: 2),
        .init(source: 1, target: 3), .init(source: 3, target: 1),
    ]

    /// Parses `"2-1"`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let s = Int(parts[0]), let t = Int(parts[1]), s >= 0, t >= 0, s + t > 0 else { return nil }
        self.init(source: s, target: t)
    }

    /// `"2-1"`.
    public var description: String { "\(source)-\(target)" }

    /// A bead that leaves a segment unpaired (1-0 or 0-1).
    public var isNull: Bool { source == 0 || target == 0 }
}

/// One aligned pair: a run of source segments joined with a run of target segments.
public struct AlignedPair: Sendable, Hashable {
    /// Indices into the source side's segments (empty for a 0-1 bead).
    public var source: Range<Int>
    /// Indices into the target side's segments (empty for a 1-0 bead).
    public var target: Range<Int>
    /// Calibrated confidence in [0, 1]: the estimated probability that this exact pair is right.
    public var score: Double
    /// Whether the pair was pinned by a reviewer (kept as it was, not re-aligned).
    public var isPinned: Bool
    /// The evidence the score was computed from, for `--explain` and for fitting the calibration.
    public var evidence: BeadEvidence

    public init(source: Range<Int>, target: Range<Int>, score: Double, isPinned: Bool = false,
                evidence: BeadEvidence = BeadEvidence()) {
        self.source = source
        self.target = target
        self.score = score
        self.isPinned = isPinned
        self.evidence = evidence
    }

    /// The bead shape, e.g. `2-1`.
    public var kind: BeadKind { BeadKind(source: source.count, target: target.count) }
}

/// What the aligner saw for one bead: the features the calibrated score is computed from.
public struct BeadEvidence: Sendable, Hashable {
    /// Posterior probability of the bead under the alignment model (forward–backward).
    public var posterior: Double = 0
    /// Gale–Church length deviation |δ| of the bead (0 for 1-0 and 0-1 beads).
    public var lengthDeviation: Double = 0
    /// Agreement of numbers, names, punctuation and glossary terms, each in [-1, 1] (0 = no evidence).
    public var numbers: Double = 0
    public var names: Double = 0
    public var punctuation: Double = 0
    public var terms: Double = 0
    /// How many more sentences one side of the bead has than the other (capped at 2).
    public var sentenceDifference: Double = 0
    /// Document-level: the share of anchors on the chosen path that found their counterpart.
    public var documentAnchorAgreement: Double = 0
    /// Document-level: how much worse the length fit is than on a real translation (log ratio, ≥ 0).
    public var documentLengthMisfit: Double = 0

    public init() {}
}
