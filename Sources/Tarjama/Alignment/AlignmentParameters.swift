/// The tunable constants of the alignment model. The defaults were set on the NTREX development
/// documents (see `Scripts/align-eval/`); the Arabic→English priors are only starting points, the
/// aligner re-estimates ratio and variance from each document pair.
public struct AlignmentParameters: Sendable, Hashable {
    /// Prior target/source character ratio (English characters per Arabic character ≈ 1.1 on NTREX and UN).
    public var priorLengthRatio: Double = 1.1
    /// Prior Gale–Church variance per character of the length difference (≈ 2.4 NTREX, 3.5 UN).
    public var priorLengthVariance: Double = 3.0
    /// Cost (negative log prior) of each bead shape beyond the length model.
    public var oneToOnePenalty: Double = 0.0
    public var nullPenalty: Double = 4.5
    public var mergePenalty: Double = 3.0
    public var twoToTwoPenalty: Double = 9.0
    public var oneToThreePenalty: Double = 8.0
    /// Maximum reward (or penalty) each kind of anchor gives one bead.
    public var numberWeight: Double = 6.0
    public var nameWeight: Double = 2.5
    public var punctuationWeight: Double = 1.0
    public var termWeight: Double = 3.0
    /// The same for the word translations learned from a first pass (``TranslationLexicon``);
    /// set on NTREX seeds 7 and 11, where 3 to 8 all beat no lexicon and 6 did best.
    public var lexiconWeight: Double = 6.0
    /// Cost per sentence by which the two sides of a bead differ (at most two counted).
    public var sentenceWeight: Double = 2.5
    /// The number of anchor tokens (both sides together) at which an anchor's weight saturates:
    /// one shared number gives half the weight of two.
    public var anchorSaturation: Double = 4
    /// Cost of joining segments from different paragraphs on one side.
    public var paragraphCrossingPenalty: Double = 3.0
    /// When both sides have paragraphs: reward for a bead that ends a paragraph on both sides,
    /// and penalty when it ends one on only one side.
    public var paragraphAgreement: Double = 1.0
    /// Initial half-width of the search band around the diagonal, in segments (doubled when the
    /// best path touches the edge).
    public var initialBand: Int = 24

    public init() {}
}
