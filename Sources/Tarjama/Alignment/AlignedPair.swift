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

    public init(
        source: Range<Int>, target: Range<Int>, score: Double, isPinned: Bool = false,
        evidence: BeadEvidence = BeadEvidence()
    ) {
        self.source = source
        self.target = target
        self.score = score
        self.isPinned = isPinned
        self.evidence = evidence
    }

    /// The bead shape, e.g. `2-1`.
    public var kind: BeadKind { BeadKind(source: source.count, target: target.count) }
}
