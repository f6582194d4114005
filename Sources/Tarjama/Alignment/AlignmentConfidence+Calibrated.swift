extension AlignmentConfidence {
    /// Fitted by `Scripts/align-eval/fit_confidence.py` (L2-regularised logistic regression) on
    /// the NTREX development documents built by `Scripts/align-eval/build_dev.py` (seed 7), plus
    /// mismatched document pairs as negatives; label = the pair is exactly a gold pair.
    public static let calibrated = AlignmentConfidence(
        intercept: -4.1605,
        coefficients: [0.7225, 0.0530, -0.8503, 0.4364, 1.0301, 0.0000, -0.2593, 0.4232, -1.2407, 5.8891, -1.1917])
}
