extension SegmentAligner {
    /// The median of a χ² distribution with one degree of freedom (0.4549…).
    ///
    /// Under the length model each 1-1 bead's squared standardised deviation is χ²(1)-distributed,
    /// so the median squared deviation divided by this estimates the variance, as the sample
    /// variance would, but without letting a few misaligned beads of a first pass inflate it.
    static let chiSquaredOneDegreeMedian = 0.455

    /// Below this mean pair score an alignment is reported as probably not a translation,
    /// whatever its anchors say: a real translation's pairs score well above it (news documents
    /// average over 0.8), unrelated texts of similar length score below it.
    ///
    /// Set by hand when the aligner was written; `MismatchedInputTests` holds it (at least 8 of
    /// 10 NTREX documents paired with the next document's English are warned, and fewer than 5%
    /// of their pairs score as confident) and `LongBitextTests` holds the other side (a long
    /// translation is not warned).
    static let unlikelyTranslationMeanScore = 0.35

    /// With fewer than this share of number and name anchors agreeing, a mean score below
    /// ``unlikelyTranslationAnchoredMeanScore`` is enough for the warning: anchors that do not
    /// correspond are the stronger sign, so a middling length fit does not excuse them.
    static let unlikelyTranslationAnchorAgreement = 0.2

    /// The mean score under which disagreeing anchors (``unlikelyTranslationAnchorAgreement``)
    /// give the warning.
    static let unlikelyTranslationAnchoredMeanScore = 0.6
}
