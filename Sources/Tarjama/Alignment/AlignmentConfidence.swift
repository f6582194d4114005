#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a bead's evidence into a score in [0, 1] that means the same in every document: a
/// logistic model fitted offline on development data, read as "the probability that this exact
/// pair is right".
public struct AlignmentConfidence: Sendable, Hashable {
    /// Intercept and one coefficient per feature of ``features(kind:evidence:)``.
    public var intercept: Double
    public var coefficients: [Double]

    public init(intercept: Double, coefficients: [Double]) {
        precondition(coefficients.count == Self.featureNames.count, "one coefficient per feature")
        self.intercept = intercept
        self.coefficients = coefficients
    }

    /// The names of the features, in order (also the keys of `--explain` output).
    public static let featureNames = [
        "logitPosterior", "lengthDeviation", "numbers", "names", "punctuation", "terms",
        "null", "merge", "large", "documentAnchorAgreement", "documentLengthMisfit",
    ]

    /// The feature vector of a bead.
    public static func features(kind: BeadKind, evidence: BeadEvidence) -> [Double] {
        let posterior = min(max(evidence.posterior, 1e-4), 1 - 1e-4)
        let isMerge = (kind.source == 2 && kind.target == 1) || (kind.source == 1 && kind.target == 2)
        return [
            log(posterior / (1 - posterior)),
            min(evidence.lengthDeviation, 6),
            evidence.numbers, evidence.names, evidence.punctuation, evidence.terms,
            kind.isNull ? 1 : 0,
            isMerge ? 1 : 0,
            !kind.isNull && !isMerge && kind != BeadKind(source: 1, target: 1) ? 1 : 0,
            evidence.documentAnchorAgreement,
            min(evidence.documentLengthMisfit, 5),
        ]
    }

    /// The calibrated score of a bead.
    public func score(kind: BeadKind, evidence: BeadEvidence) -> Double {
        let features = Self.features(kind: kind, evidence: evidence)
        var z = intercept
        for (weight, value) in zip(coefficients, features) { z += weight * value }
        return 1 / (1 + exp(-z))
    }

    /// The model's own posterior, unchanged: used while fitting the calibration.
    public static let uncalibrated = AlignmentConfidence(
        intercept: 0, coefficients: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
}
