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
