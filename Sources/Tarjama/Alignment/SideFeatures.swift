import TarjamaText

/// What the aligner knows about each segment of one side, laid out for the inner loop: prefix
/// sums of lengths and flat anchor token tables, so any run of segments is O(1) to measure.
struct SideFeatures: Sendable {
    /// `lengthPrefix[i]` is the total length of segments `0..<i`.
    let lengthPrefix: [Double]
    /// `sentencePrefix[i]` sums, over segments `0..<i`, the sentence ends inside each segment
    /// and one for each segment that ends a sentence (``AnchorExtraction/endsSentence(_:)``).
    let sentencePrefix: [Double]
    /// Whether each segment ends a sentence.
    let endsSentence: [Bool]
    /// `segmentSentencePrefix[i]` is the number of sentences in segments `0..<i`, each segment
    /// counted alone (at least one).
    let segmentSentencePrefix: [Double]
    let paragraphs: [Int]
    let hasParagraphs: Bool
    var numbers: AnchorTokens
    var names: AnchorTokens
    var punctuation: AnchorTokens
    var terms: AnchorTokens
    var lexicon: AnchorTokens

    var count: Int { paragraphs.count }
    var totalLength: Double { lengthPrefix.last ?? 0 }

    @inline(__always)
    func length(of segments: Range<Int>) -> Double {
        lengthPrefix[segments.upperBound] - lengthPrefix[segments.lowerBound]
    }

    /// The sentences of a run of segments: with `joined`, as of their text joined with spaces
    /// (a segment boundary is a sentence end only where the segment before it ends one: a
    /// heading or a line ending in a comma makes one sentence with the next line, as in the
    /// other side's single segment when a translator joined them); otherwise each segment
    /// counted alone, as the document model was tuned.
    @inline(__always)
    func sentences(in segments: Range<Int>, joined: Bool) -> Double {
        if !joined { return segmentSentencePrefix[segments.upperBound] - segmentSentencePrefix[segments.lowerBound] }
        if segments.isEmpty { return 0 }
        let last = segments.upperBound - 1
        return sentencePrefix[segments.upperBound] - sentencePrefix[segments.lowerBound] + (endsSentence[last] ? 0 : 1)
    }

    /// How many paragraph boundaries the run crosses.
    @inline(__always)
    func paragraphCrossings(_ segments: Range<Int>) -> Int {
        if segments.count < 2 || !hasParagraphs { return 0 }
        return paragraphs[segments.upperBound - 1] - paragraphs[segments.lowerBound] == 0 ? 0 : 1
    }

    /// Whether the run is the last of its paragraph.
    @inline(__always)
    func endsParagraph(_ segments: Range<Int>) -> Bool {
        let end = segments.upperBound
        return end >= paragraphs.count || paragraphs[end] != paragraphs[end - 1]
    }

    /// Extracts the features of `side`; name keys are filtered later against the other side.
    /// A long side is read in pieces on every core (each segment's features are its own).
    init(side: AlignmentSide, terms: [[UInt64]]? = nil, lexicon: [[UInt64]]? = nil) {
        let segments = side.segments, language = side.language, arabic = side.isArabic
        let pieceCount = (segments.count + Self.segmentsPerPiece - 1) / Self.segmentsPerPiece
        let pieces = ParallelWork.map(pieceCount, workers: pieceCount > 1 ? ParallelWork.defaultWorkers : 1) { _, piece in
            let start = piece * Self.segmentsPerPiece
            return Piece(segments[start..<min(segments.count, start + Self.segmentsPerPiece)], language: language, arabic: arabic)
        }
        var prefix: [Double] = [0], sentences: [Double] = [0], endsSentence: [Bool] = [], counts: [Double] = [0]
        prefix.reserveCapacity(segments.count + 1)
        sentences.reserveCapacity(segments.count + 1)
        var numbers = AnchorTokens(), names = AnchorTokens(), punctuation = AnchorTokens()
        for piece in pieces {
            for length in piece.lengths { prefix.append(prefix[prefix.count - 1] + length) }
            for (count, ends) in zip(piece.sentences, piece.ends) {
                sentences.append(sentences[sentences.count - 1] + count - (ends ? 0 : 1))
                counts.append(counts[counts.count - 1] + count)
                endsSentence.append(ends)
            }
            numbers.append(piece.numbers)
            names.append(piece.names)
            punctuation.append(piece.punctuation)
        }
        self.lengthPrefix = prefix
        self.sentencePrefix = sentences
        self.endsSentence = endsSentence
        self.segmentSentencePrefix = counts
        self.paragraphs = segments.map(\.paragraph)
        self.hasParagraphs = side.hasParagraphs
        self.numbers = numbers
        self.names = names
        self.punctuation = punctuation
        self.terms = AnchorTokens()
        self.lexicon = AnchorTokens()
        setAnchors(terms: terms, lexicon: lexicon)
    }

    /// Sets the glossary and lexicon anchors (per segment; nil for none).
    mutating func setAnchors(terms: [[UInt64]]?, lexicon: [[UInt64]]?) {
        var termTokens = AnchorTokens(), lexiconTokens = AnchorTokens()
        for index in 0..<count {
            termTokens.appendSegment(terms.map { index < $0.count ? $0[index] : [] } ?? [])
            lexiconTokens.appendSegment(lexicon.map { index < $0.count ? $0[index] : [] } ?? [])
        }
        self.terms = termTokens
        self.lexicon = lexiconTokens
    }

    /// Segments per piece of work when a side's features are extracted on every core.
    static let segmentsPerPiece = 2_048

    /// The features of a run of segments.
    private struct Piece: Sendable {
        var lengths: [Double] = [], sentences: [Double] = [], ends: [Bool] = []
        var numbers = AnchorTokens(), names = AnchorTokens(), punctuation = AnchorTokens()

        init(_ segments: ArraySlice<AlignmentSegment>, language: String, arabic: Bool) {
            lengths.reserveCapacity(segments.count)
            sentences.reserveCapacity(segments.count)
            for segment in segments {
                lengths.append(Double(AnchorExtraction.length(of: segment.text)))
                sentences.append(Double(AnchorExtraction.sentenceCount(in: segment.text)))
                ends.append(AnchorExtraction.endsSentence(segment.text))
                numbers.appendSegment(AnchorExtraction.numberTokens(AnchorExtraction.numbers(in: segment.text, language: language)))
                names.appendSegment(
                    arabic ? AnchorExtraction.arabicNameKeys(in: segment.text) : AnchorExtraction.englishNameKeys(in: segment.text))
                punctuation.appendSegment(AnchorExtraction.punctuation(in: segment.text))
            }
        }
    }

    /// Keeps only name keys that occur on both sides, and drops keys so common on one side that
    /// they are words rather than names.
    static func filterNames(_ a: inout SideFeatures, _ b: inout SideFeatures) {
        func segmentFrequency(_ tokens: AnchorTokens) -> [UInt64: Int] {
            var frequency: [UInt64: Int] = [:]
            for segment in 0..<tokens.segmentCount {
                for key in Set(tokens.values[tokens.range(of: segment..<(segment + 1))]) { frequency[key, default: 0] += 1 }
            }
            return frequency
        }
        let fa = segmentFrequency(a.names), fb = segmentFrequency(b.names)
        let limitA = max(5, a.count / 8), limitB = max(5, b.count / 8)
        var shared = Set<UInt64>()
        for (key, count) in fa where count <= limitA {
            if let other = fb[key], other <= limitB { shared.insert(key) }
        }
        a.names = a.names.filtered { shared.contains($0) }
        b.names = b.names.filtered { shared.contains($0) }
    }
}
