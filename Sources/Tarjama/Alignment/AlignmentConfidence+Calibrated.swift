extension AlignmentConfidence {
    /// Fitted by `Scripts/align-eval/fit_confidence.py` (L2-regularised logistic regression) on
    /// the NTREX development documents built by `Scripts/align-eval/build_dev.py` (seed 7), plus
    /// mismatched document pairs as negatives; label = the pair is exactly a gold pair.
    public static let calibrated = AlignmentConfidence(
        intercept: -4.1373,
        coefficients: [0.7326, 0.0466, -0.8579, 0.3818, 0.9759, 0.0000, -0.2652, 0.4387, -1.2451, 5.8824, -1.1997])
}
