#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The features of both sides of one bitext and the cost of any candidate bead over them.
struct BeadCostModel: Sendable {
    var parameters: AlignmentParameters
    /// Target/source length ratio and variance in use (re-estimated from the document).
    var ratio: Double
    var variance: Double
    let source: SideFeatures
    let target: SideFeatures
    let useParagraphAgreement: Bool

    init(source: SideFeatures, target: SideFeatures, parameters: AlignmentParameters) {
        self.source = source
        self.target = target
        self.parameters = parameters
        self.ratio = parameters.priorLengthRatio
        self.variance = parameters.priorLengthVariance
        self.useParagraphAgreement = source.hasParagraphs && target.hasParagraphs
    }

    /// The most a 1-1 bead may cost; unbounded for documents (where the shape penalties were
    /// tuned), just under two null beads for long stretches (``SegmentAligner/longStretchModel(_:)``).
    var poorPairCap = Double.infinity
    /// Whether learned word links only reward a bead (long stretches: a learned lexicon's
    /// misses are many on long sentences and are no evidence against a pair).
    var lexiconRewardOnly = false
    /// Whether a run of segments counts its sentences as its joined text does (long stretches,
    /// see ``SideFeatures/sentences(in:joined:)``); documents count each segment alone, as the
    /// model was tuned (the joined count moved NTREX documents either way: +0.006 strict F1 on
    /// seed 7, −0.003 on the generated seed-2026 collection of `DevelopmentSetTests`).
    var joinedSentences = false

    /// The penalty of a bead shape.
    @inline(__always)
    func shapePenalty(_ s: Int, _ t: Int) -> Double {
        switch (s, t) {
        case (1, 1): parameters.oneToOnePenalty
        case (1, 0), (0, 1): parameters.nullPenalty
        case (2, 1), (1, 2): parameters.mergePenalty
        case (2, 2): parameters.twoToTwoPenalty
        default: parameters.oneToThreePenalty
        }
    }

    /// Gale–Church deviation δ of joining `sourceLength` with `targetLength` characters.
    @inline(__always)
    func lengthDeviation(_ sourceLength: Double, _ targetLength: Double) -> Double {
        let expected = sourceLength * ratio
        let mean = max((expected + targetLength) / 2, 1)
        return (targetLength - expected) / (variance * mean).squareRoot()
    }

    /// −log of the two-sided normal tail beyond |δ|: the Gale–Church match cost.
    @inline(__always)
    static func tailCost(_ deviation: Double) -> Double {
        let x = abs(deviation) * 0.7071067811865476
        if x < 5 { return -log(erfc(x)) }
        return x * x + log(x * 1.7724538509055159)
    }

    /// An anchor's agreement in [−1, 1], scaled down while there are few tokens.
    @inline(__always)
    func anchorScore(_ a: AnchorTokens, _ sourceRange: Range<Int>, _ b: AnchorTokens, _ targetRange: Range<Int>) -> Double {
        let ar = a.range(of: sourceRange), br = b.range(of: targetRange)
        let total = ar.count + br.count
        if total == 0 { return 0 }
        let matched = AnchorTokens.matches(a, ar, b, br)
        let agreement = 2 * Double(matched) / Double(total)
        return (2 * agreement - 1) * min(1, Double(total) / parameters.anchorSaturation)
    }

    /// The evidence for joining source segments `s` with target segments `t`.
    func evidence(_ s: Range<Int>, _ t: Range<Int>) -> BeadEvidence {
        var evidence = BeadEvidence()
        if s.isEmpty || t.isEmpty { return evidence }
        evidence.lengthDeviation = abs(lengthDeviation(source.length(of: s), target.length(of: t)))
        evidence.numbers = anchorScore(source.numbers, s, target.numbers, t)
        evidence.names = anchorScore(source.names, s, target.names, t)
        evidence.punctuation = anchorScore(source.punctuation, s, target.punctuation, t)
        evidence.sentenceDifference = min(
            abs(source.sentences(in: s, joined: joinedSentences) - target.sentences(in: t, joined: joinedSentences)), 2)
        evidence.terms = anchorScore(source.terms, s, target.terms, t)
        return evidence
    }

    /// The cost of joining source segments `s` with target segments `t` (lower is better).
    @inline(__always)
    func cost(_ s: Range<Int>, _ t: Range<Int>) -> Double {
        var cost = shapePenalty(s.count, t.count)
        if !s.isEmpty && !t.isEmpty {
            cost += Self.tailCost(lengthDeviation(source.length(of: s), target.length(of: t)))
            cost -= parameters.numberWeight * anchorScore(source.numbers, s, target.numbers, t)
            cost -= parameters.nameWeight * anchorScore(source.names, s, target.names, t)
            cost -= parameters.punctuationWeight * anchorScore(source.punctuation, s, target.punctuation, t)
            cost +=
                parameters.sentenceWeight
                * min(abs(source.sentences(in: s, joined: joinedSentences) - target.sentences(in: t, joined: joinedSentences)), 2)
            if !source.terms.values.isEmpty {
                cost -= parameters.termWeight * anchorScore(source.terms, s, target.terms, t)
            }
            if !source.lexicon.values.isEmpty {
                let score = anchorScore(source.lexicon, s, target.lexicon, t)
                cost -= parameters.lexiconWeight * (lexiconRewardOnly ? max(0, score) : score)
            }
            if s.count == 1 && t.count == 1 { cost = min(cost, poorPairCap) }
        }
        cost += parameters.paragraphCrossingPenalty * Double(source.paragraphCrossings(s) + target.paragraphCrossings(t))
        if useParagraphAgreement && !s.isEmpty && !t.isEmpty {
            let sourceEnds = source.endsParagraph(s), targetEnds = target.endsParagraph(t)
            if sourceEnds && targetEnds {
                cost -= parameters.paragraphAgreement
            } else if sourceEnds != targetEnds {
                cost += parameters.paragraphAgreement
            }
        }
        return cost
    }
}
