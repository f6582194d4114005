extension SideFeatures {
    /// Segments `range` of `side` with every `factor` consecutive segments joined into one (the
    /// last join may be shorter): lengths and sentences add up; no paragraphs. Anchor tokens
    /// add up when `anchors` (sharing `side`'s token storage); otherwise there are none, which
    /// keeps a joined bead's cost as cheap as a single one (comparing anchors grows with the
    /// square of the tokens joined, and length alone places a run of segments well).
    init(joining range: Range<Int>, of side: SideFeatures, factor: Int, anchors: Bool = false) {
        var bounds = Array(stride(from: range.lowerBound, to: range.upperBound, by: max(1, factor)))
        bounds.append(range.upperBound)
        lengthPrefix = bounds.map { side.lengthPrefix[$0] }
        sentencePrefix = bounds.map { side.sentencePrefix[$0] }
        endsSentence = bounds.dropFirst().map { side.endsSentence[$0 - 1] }
        segmentSentencePrefix = bounds.map { side.segmentSentencePrefix[$0] }
        paragraphs = [Int](repeating: 0, count: bounds.count - 1)
        hasParagraphs = false
        let none = [Int](repeating: 0, count: bounds.count)
        numbers = anchors ? side.numbers.joining(at: bounds) : AnchorTokens().joining(at: none)
        names = anchors ? side.names.joining(at: bounds) : AnchorTokens().joining(at: none)
        punctuation = anchors ? side.punctuation.joining(at: bounds) : AnchorTokens().joining(at: none)
        terms = anchors ? side.terms.joining(at: bounds) : AnchorTokens().joining(at: none)
        lexicon = anchors ? side.lexicon.joining(at: bounds) : AnchorTokens().joining(at: none)
    }
}
