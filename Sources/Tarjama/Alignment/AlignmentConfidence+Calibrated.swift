extension AlignmentConfidence {
    /// Fitted by `Scripts/align-eval/fit_confidence.py` (L2-regularised logistic regression) on
    /// the NTREX development documents built by `Scripts/align-eval/build_dev.py` (seed 7), plus
    /// mismatched document pairs as negatives; label = the pair is exactly a gold pair.
    public static let calibrated = AlignmentConfidence(
        intercept: -3.4928,
        coefficients: [0.5455, 0.1494, -0.4154, 0.5353, 1.0371, 0.0000, -0.5785, 0.4809, -1.3539, 5.7502, -0.8959])
}
