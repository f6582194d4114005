#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Aligns the segments of a document with the segments of its translation.
///
/// Dynamic programming over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3 and 3-1, with a cost that
/// combines a Gale–Church length model (ratio and variance re-estimated from the document pair
/// itself) with anchors: numbers compared as values, names compared by consonant skeleton across
/// scripts, question and quotation marks, and glossary terms when given. Each anchor's reward is
/// bounded and scaled by how many anchors the bead has, so one shared number cannot outweigh the
/// rest. The search runs in a band around the diagonal that widens only where the best path
/// touches its edge. Every pair gets a calibrated score (``AlignmentConfidence``).
public struct SegmentAligner: Sendable {
    public var parameters: AlignmentParameters
    public var confidence: AlignmentConfidence

    public init(parameters: AlignmentParameters = AlignmentParameters(), confidence: AlignmentConfidence = .calibrated) {
        self.parameters = parameters
        self.confidence = confidence
    }

    /// Aligns `source` with `target`, keeping `pinned` pairs and re-aligning only the stretches
    /// between them.
    ///
    /// - Parameters:
    ///   - terms: glossary anchors: per segment, the ids of glossary entries found (source) or
    ///     whose rendering appears (target); nil when no glossary is used.
    ///   - lexicon: learned word-translation anchors in the same form (``TranslationLexicon``),
    ///     weighted apart from glossary terms; nil for none.
    ///   - progress: called (from any thread) as the work advances; worth showing for long
    ///     bitexts (thousands of segments), which are aligned in pieces on every core.
    /// - Complexity: O((n + m) · w) time and memory for n source and m target segments and a
    ///   band half-width w (24 segments unless the path needs more), i.e. linear in the document.
    public func align(
        source: AlignmentSide, target: AlignmentSide, pinned: [PinnedPair] = [],
        terms: TermAnchors? = nil, lexicon: TermAnchors? = nil,
        progress: (@Sendable (AlignmentProgress) -> Void)? = nil
    ) throws(AlignmentError) -> Alignment {
        try align(
            source: source, target: target, pinned: pinned, features: Self.features(source: source, target: target),
            terms: terms, lexicon: lexicon, progress: progress)
    }

    /// The features of a document pair without glossary or lexicon anchors (name keys filtered
    /// against the other side), for a pair aligned more than once (``DocumentPairAligner``'s
    /// second pass with a learned lexicon reads them from its first).
    static func features(source: AlignmentSide, target: AlignmentSide) -> (source: SideFeatures, target: SideFeatures) {
        var sourceFeatures = SideFeatures(side: source), targetFeatures = SideFeatures(side: target)
        SideFeatures.filterNames(&sourceFeatures, &targetFeatures)
        return (sourceFeatures, targetFeatures)
    }

    /// ``align(source:target:pinned:terms:lexicon:progress:)`` with the pair's `features` made before.
    func align(
        source: AlignmentSide, target: AlignmentSide, pinned: [PinnedPair], features: (source: SideFeatures, target: SideFeatures),
        terms: TermAnchors?, lexicon: TermAnchors?, progress: (@Sendable (AlignmentProgress) -> Void)?
    ) throws(AlignmentError) -> Alignment {
        let stretches = try Self.stretches(between: pinned, sourceCount: source.segments.count, targetCount: target.segments.count)
        var sourceFeatures = features.source, targetFeatures = features.target
        sourceFeatures.setAnchors(terms: terms?.source, lexicon: lexicon?.source)
        targetFeatures.setAnchors(terms: terms?.target, lexicon: lexicon?.target)
        var model = BeadCostModel(source: sourceFeatures, target: targetFeatures, parameters: parameters)

        // Length ratio from the totals, unless they are implausible (then the prior stands).
        let prior = parameters.priorLengthRatio
        let totalRatio =
            sourceFeatures.totalLength > 0 && targetFeatures.totalLength > 0
            ? targetFeatures.totalLength / sourceFeatures.totalLength : prior
        if totalRatio > prior / 2 && totalRatio < prior * 2 { model.ratio = totalRatio }

        // First pass, then re-estimate ratio and variance from its 1-1 beads. A long stretch's
        // first pass is a guided path, cut into pieces aligned in parallel by the second.
        let reporter = progress.map { AlignmentProgressReporter(total: 2 * source.segments.count, handler: $0) }
        var guided: [Int: [GuidedPath.Step]] = [:]
        var firstPass: [BandedSearch.Bead] = []
        for (index, stretch) in stretches.enumerated() {
            if Self.isLong(stretch) {
                let steps = guidedPath(stretch, model: model, progress: reporter)
                guided[index] = steps
                firstPass += Self.beads(of: steps, in: stretch)
            } else {
                firstPass += alignStretch(stretch, model: model, posteriors: false)
                reporter?.advance(by: stretch.source.count)
            }
        }
        let estimatedVariance = reestimate(&model, from: firstPass)
        // Long stretches also take their bead shape penalties from their first paths; the cap on
        // a poor pair stays at two of the tuned null beads (capped from the re-estimated ones, a
        // line-aligned file's loose pairs cost more than a 2-2 bead joining them with a neighbour).
        var longModel = Self.longStretchModel(model)
        longModel.parameters = Self.reestimatedShapes(model.parameters, from: stretches.indices.compactMap { guided[$0] })
        var beads: [BandedSearch.Bead] = []
        for (index, stretch) in stretches.enumerated() {
            if let steps = guided[index] {
                beads += alignPieces(Self.pieces(of: stretch, along: steps), model: longModel, progress: reporter)
            } else {
                beads += alignStretch(stretch, model: model, posteriors: true)
                reporter?.advance(by: stretch.source.count)
            }
        }

        var pairs: [AlignedPair] = []
        pairs.reserveCapacity(beads.count + pinned.count)
        var pinnedIndex = 0
        for bead in beads {
            while pinnedIndex < pinned.count && pinned[pinnedIndex].source.upperBound <= bead.source.lowerBound
                && pinned[pinnedIndex].target.upperBound <= bead.target.lowerBound
            {
                pairs.append(AlignedPair(source: pinned[pinnedIndex].source, target: pinned[pinnedIndex].target, score: 1, isPinned: true))
                pinnedIndex += 1
            }
            var evidence = model.evidence(bead.source, bead.target)
            evidence.posterior = bead.posterior
            pairs.append(AlignedPair(source: bead.source, target: bead.target, score: 0, evidence: evidence))
        }
        while pinnedIndex < pinned.count {
            pairs.append(AlignedPair(source: pinned[pinnedIndex].source, target: pinned[pinnedIndex].target, score: 1, isPinned: true))
            pinnedIndex += 1
        }

        // Document-level evidence, then calibrated scores.
        let agreement = Self.anchorAgreement(pairs, model: model)
        let misfit = max(0, log(estimatedVariance / parameters.priorLengthVariance)) + abs(log(totalRatio / prior))
        for index in pairs.indices where !pairs[index].isPinned {
            pairs[index].evidence.documentAnchorAgreement = agreement
            pairs[index].evidence.documentLengthMisfit = misfit
            pairs[index].score = confidence.score(kind: pairs[index].kind, evidence: pairs[index].evidence)
        }

        var alignment = Alignment(pairs: pairs, warnings: [], lengthRatio: model.ratio, lengthVariance: model.variance)
        alignment.warnings = Self.warnings(
            source: sourceFeatures, target: targetFeatures, totalRatio: totalRatio,
            prior: prior, agreement: agreement, alignment: alignment)
        return alignment
    }

    // MARK: - Stretches

    typealias Stretch = (source: Range<Int>, target: Range<Int>)

    /// The stretches between pinned pairs (pins must be in order and must not overlap).
    static func stretches(between pinned: [PinnedPair], sourceCount: Int, targetCount: Int) throws(AlignmentError) -> [Stretch] {
        var result: [Stretch] = []
        var s = 0, t = 0
        for (index, pin) in pinned.enumerated() {
            if pin.source.isEmpty && pin.target.isEmpty { throw .emptyPinnedPair(index: index) }
            guard pin.source.lowerBound >= s, pin.target.lowerBound >= t,
                pin.source.upperBound <= sourceCount, pin.target.upperBound <= targetCount
            else {
                throw .pinnedPairOutOfOrder(index: index)
            }
            result.append((s..<pin.source.lowerBound, t..<pin.target.lowerBound))
            s = pin.source.upperBound
            t = pin.target.upperBound
        }
        result.append((s..<sourceCount, t..<targetCount))
        return result.filter { !$0.source.isEmpty || !$0.target.isEmpty }
    }

    /// Aligns one stretch, widening the band while the best path runs along its edge. The band
    /// follows `guide` (a path found before, as ``BandedSearch`` takes it) from `halfWidth`
    /// segments either side when given, else the straight diagonal.
    func alignStretch(
        _ stretch: Stretch, model: BeadCostModel, posteriors: Bool, guide: [Int]? = nil, halfWidth guidedHalfWidth: Int? = nil
    ) -> [BandedSearch.Bead] {
        let n = stretch.source.count, m = stretch.target.count
        if n == 0 || m == 0 {
            return stretch.source.map {
                BandedSearch.Bead(source: $0..<($0 + 1), target: stretch.target.lowerBound..<stretch.target.lowerBound, posterior: 1)
            }
                + stretch.target.map {
                    BandedSearch.Bead(source: stretch.source.upperBound..<stretch.source.upperBound, target: $0..<($0 + 1), posterior: 1)
                }
        }
        let slope = Double(max(n, m)) / Double(min(n, m))
        var halfWidth =
            guide == nil ? max(parameters.initialBand, Int(slope.rounded(.up)) + 4) : max(2, guidedHalfWidth ?? parameters.initialBand)
        while true {
            let search = BandedSearch(
                model: model, sourceStart: stretch.source.lowerBound, n: n,
                targetStart: stretch.target.lowerBound, m: m, halfWidth: halfWidth, guide: guide)
            let outcome = search.run(posteriors: posteriors)
            if (!outcome.touchedEdge && !outcome.beads.isEmpty) || outcome.coversAll {
                return outcome.beads.map {
                    BandedSearch.Bead(
                        source: ($0.source.lowerBound + stretch.source.lowerBound)..<($0.source.upperBound + stretch.source.lowerBound),
                        target: ($0.target.lowerBound + stretch.target.lowerBound)..<($0.target.upperBound + stretch.target.lowerBound),
                        posterior: $0.posterior)
                }
            }
            halfWidth *= 2
        }
    }

    /// Re-estimates the length ratio and variance from the 1-1 beads of a first pass (robustly:
    /// the variance from the median squared deviation); returns the unclamped variance estimate.
    func reestimate(_ model: inout BeadCostModel, from beads: [BandedSearch.Bead]) -> Double {
        var sourceTotal = 0.0, targetTotal = 0.0
        var pairs: [(Double, Double)] = []
        for bead in beads where bead.source.count == 1 && bead.target.count == 1 {
            let a = model.source.length(of: bead.source), b = model.target.length(of: bead.target)
            if a > 0 && b > 0 { pairs.append((a, b)); sourceTotal += a; targetTotal += b }
        }
        guard pairs.count >= 5 else { return model.variance }
        let prior = parameters.priorLengthRatio
        let ratio = min(max(targetTotal / sourceTotal, prior / 2), prior * 2)
        var squared = pairs.map { a, b in (b - ratio * a) * (b - ratio * a) / max((ratio * a + b) / 2, 1) }
        squared.sort()
        let variance = max(squared[squared.count / 2] / Self.chiSquaredOneDegreeMedian, 0.05)
        model.ratio = ratio
        let priorVariance = parameters.priorLengthVariance
        model.variance = min(max(variance, priorVariance / 4), priorVariance * 4)
        return variance
    }

    /// The share of number and name anchors (both sides) that found their counterpart in the
    /// pair they ended up in, smoothed towards one half when there are few.
    static func anchorAgreement(_ pairs: [AlignedPair], model: BeadCostModel) -> Double {
        var matched = 0
        for pair in pairs where !pair.source.isEmpty && !pair.target.isEmpty {
            for (a, b) in [(model.source.numbers, model.target.numbers), (model.source.names, model.target.names)] {
                matched += AnchorTokens.matches(a, a.range(of: pair.source), b, b.range(of: pair.target))
            }
        }
        let total =
            model.source.numbers.values.count + model.target.numbers.values.count
            + model.source.names.values.count + model.target.names.values.count
        return (2 * Double(matched) + 1) / (Double(total) + 2)
    }

    static func warnings(
        source: SideFeatures, target: SideFeatures, totalRatio: Double, prior: Double,
        agreement: Double, alignment: Alignment
    ) -> [AlignmentWarning] {
        if source.count == 0 || target.count == 0 || source.totalLength == 0 || target.totalLength == 0 {
            return [.emptySide(isSource: source.count == 0 || source.totalLength == 0)]
        }
        var warnings: [AlignmentWarning] = []
        let observed = totalRatio / prior
        if observed > 3 || observed < 1.0 / 3 { warnings.append(.lengthMismatch(ratio: observed)) }
        let mean = alignment.meanScore
        if mean < unlikelyTranslationMeanScore
            || (agreement < unlikelyTranslationAnchorAgreement && mean < unlikelyTranslationAnchoredMeanScore)
        {
            warnings.append(.unlikelyTranslation(anchorAgreement: agreement, meanScore: mean))
        }
        return warnings
    }
}
