extension AlignmentParameters {
    /// The parameter names ``setValue(_:forName:)`` accepts (for tuning runs on development data).
    public static let names = [
        "priorLengthRatio", "priorLengthVariance", "oneToOnePenalty", "nullPenalty", "mergePenalty",
        "twoToTwoPenalty", "oneToThreePenalty", "numberWeight", "nameWeight", "punctuationWeight",
        "termWeight", "lexiconWeight", "sentenceWeight", "anchorSaturation", "paragraphCrossingPenalty", "paragraphAgreement",
        "initialBand",
    ]

    /// Sets the parameter called `name`; false when there is no such parameter or `value` is not
    /// a finite number (and, for `initialBand`, not a width from 2 to 100,000 segments).
    public mutating func setValue(_ value: Double, forName name: String) -> Bool {
        guard value.isFinite else { return false }
        switch name {
        case "priorLengthRatio": priorLengthRatio = value
        case "priorLengthVariance": priorLengthVariance = value
        case "oneToOnePenalty": oneToOnePenalty = value
        case "nullPenalty": nullPenalty = value
        case "mergePenalty": mergePenalty = value
        case "twoToTwoPenalty": twoToTwoPenalty = value
        case "oneToThreePenalty": oneToThreePenalty = value
        case "numberWeight": numberWeight = value
        case "nameWeight": nameWeight = value
        case "punctuationWeight": punctuationWeight = value
        case "termWeight": termWeight = value
        case "lexiconWeight": lexiconWeight = value
        case "sentenceWeight": sentenceWeight = value
        case "anchorSaturation": anchorSaturation = value
        case "paragraphCrossingPenalty": paragraphCrossingPenalty = value
        case "paragraphAgreement": paragraphAgreement = value
        case "initialBand":
            guard (2...100_000).contains(value) else { return false }
            initialBand = Int(value)  // in range, so the conversion cannot trap
        default: return false
        }
        return true
    }
}
