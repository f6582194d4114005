
/// A target much shorter or longer than the source's length makes likely: a sentence half
/// left out, or an addition (or two pairs run together).
///
/// The model is Gale and Church's: the target's length in characters (white space, tatweel
/// and Arabic diacritics left out) is about `ratio` times the source's, with a variance that
/// grows with the source's length, and
/// `z = (target − ratio · source) / √(variance · source)`. The parameters and the two
/// thresholds are calibrated on the correct NTREX and UN dev pairs by
/// `Scripts/qa-length-calibrate.py` (5-fold: thresholds chosen on the training folds, figures
/// reported on the held-out fold); the defaults are those fitted on all the pairs.
public struct LengthRatioCheck: PairCheck {
    /// Target characters per source character.
    public var ratio: Double
    /// Variance of the target's length per source character.
    public var variance: Double
    /// A z below this is a likely omission.
    public var shortThreshold: Double
    /// A z above this is a likely addition.
    public var longThreshold: Double
    /// Sources shorter than this (in characters) are not judged: a heading or a label.
    public var minimumSourceLength: Int

    public init(ratio: Double = 1.1761, variance: Double = 4.407, shortThreshold: Double = -3.51,
                longThreshold: Double = 3.27, minimumSourceLength: Int = 10) {
        self.ratio = ratio
        self.variance = variance
        self.shortThreshold = shortThreshold
        self.longThreshold = longThreshold
        self.minimumSourceLength = minimumSourceLength
    }

    public func findings(source: String, target: String) -> [TermProblem] {
        let sourceLength = Self.length(source), targetLength = Self.length(target)
        guard sourceLength >= minimumSourceLength, variance > 0 else { return [] }
        let expected = ratio * Double(sourceLength)
        let z = (Double(targetLength) - expected) / (variance * Double(sourceLength)).squareRoot()
        let kind: TermProblem.Kind
        if z < shortThreshold {
            kind = .targetTooShort
        } else if z > longThreshold {
            kind = .targetTooLong
        } else {
            return []
        }
        return [.pairFinding(kind, expected: String(Int(expected.rounded())), found: String(targetLength))]
    }

    /// The characters the model counts: not white space, tatweel or Arabic diacritics.
    public static func length(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.value {
            case 0x064B...0x0652, 0x0670, 0x0640: count
            default: scalar.properties.isWhitespace ? count : count + 1
            }
        }
    }
}
