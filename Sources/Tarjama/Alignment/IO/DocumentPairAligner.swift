import TarjamaText
/// Aligns document files: reads both sides (plain text, one segment per line, or segment
/// JSONL), applies a reviewer's confirmed pairs, aligns, and makes the bilingual records.
/// What `tarjama align` runs for each document pair.
public struct DocumentPairAligner: Sendable {
    public var aligner: SegmentAligner
    public var sourceLanguage: String
    public var targetLanguage: String
    /// How the inputs hold their segments; nil reads `.jsonl` files as segment JSONL, `.srt`
    /// and `.vtt` as subtitles, and anything else as plain text.
    public var format: AlignmentInputFormat?
    /// A bilingual JSONL file whose `"status":"confirmed"` pairs are kept.
    public var pinnedPath: String?
    /// The glossary whose terms serve as anchors (an entry found in the source and one of its
    /// renderings in the target pull the two together); nil for none.
    public var glossary: GlossaryMatcher?
    /// Whether ``alignCollection(_:progress:)`` learns word translations from its first pass
    /// and aligns again with them (``TranslationLexicon``).
    public var learnsLexicon = true
    /// What learning the lexicon requires.
    public var lexiconSettings = TranslationLexicon.Settings()
    /// Called (from any thread) with the share of the whole collection aligned so far, within
    /// documents as well as between them, so a long bitext shows progress while it is aligned.
    public var onProgress: (@Sendable (Double) -> Void)?

    public init(
        aligner: SegmentAligner = SegmentAligner(), sourceLanguage: String = "ar", targetLanguage: String = "en",
        format: AlignmentInputFormat? = nil, pinnedPath: String? = nil, glossary: GlossaryMatcher? = nil
    ) {
        self.glossary = glossary
        self.aligner = aligner
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.format = format
        self.pinnedPath = pinnedPath
    }

    /// One aligned document pair.
    public struct Result: Sendable {
        public var source: AlignmentSide
        public var target: AlignmentSide
        public var alignment: Alignment
        /// The pairs as bilingual records, in document order.
        public var records: [BilingualRecord]
    }

    /// Reads, aligns and converts one document pair (a single short document learns no lexicon:
    /// see ``TranslationLexicon/Settings/minimumPairs``).
    ///
    /// - Complexity: linear in the documents' lengths (see ``SegmentAligner/align(source:target:pinned:terms:lexicon:)``).
    public func align(sourcePath: String, targetPath: String) throws(AlignmentInputError) -> Result {
        try alignCollection([(sourcePath, targetPath)]).results[0]
    }

    /// Reads, aligns and converts every document pair of a collection. When ``learnsLexicon``
    /// and the first pass gives enough confident pairs, a ``TranslationLexicon`` is learned from
    /// them and every document is aligned again with its links as anchors.
    ///
    /// - Parameter progress: called with (done, total) steps; a learning collection has two per document.
    /// - Complexity: linear in the collection's length (two passes when learning).
    public func alignCollection(
        _ paths: [(source: String, target: String)],
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AlignmentInputError) -> Collection {
        try alignCollection(inputs: paths.map { (AlignmentInput.file($0.source), AlignmentInput.file($0.target)) }, progress: progress)
    }

    /// Reads, aligns and converts every document pair of a collection whose sides are files or
    /// bytes in memory (see ``alignCollection(_:progress:)``). Bytes are plain text unless
    /// ``format`` or their label's extension says otherwise.
    public func alignCollection(
        inputs documents: [(source: AlignmentInput, target: AlignmentInput)],
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AlignmentInputError) -> Collection {
        var inputs: [(source: AlignmentSide, target: AlignmentSide, pinned: PinnedPairs)] = []
        for (sourceInput, targetInput) in documents {
            let source = try AlignmentSide.read(sourceInput, language: sourceLanguage, format: format ?? Self.format(of: sourceInput.label))
            let target = try AlignmentSide.read(targetInput, language: targetLanguage, format: format ?? Self.format(of: targetInput.label))
            let pinned =
                try pinnedPath.map { path throws(AlignmentInputError) in try PinnedPairs.read(path: path, source: source, target: target) }
                ?? PinnedPairs()
            inputs.append((source, target, pinned))
        }
        let alignments: [Alignment], lexicon: TranslationLexicon?
        do {
            (alignments, lexicon) = try alignCollection(inputs.map { ($0.source, $0.target, $0.pinned.pairs) }, progress: progress)
        } catch {
            throw .pinnedPairs(file: pinnedPath ?? documents.first?.source.label ?? "", error)
        }

        var results: [Result] = []
        for ((sourceInput, _), (input, alignment)) in zip(documents, zip(inputs, alignments)) {
            let name =
                input.source.segments.first.map { String($0.id[..<($0.id.lastIndex(of: ":") ?? $0.id.endIndex)]) }
                ?? sourceInput.documentName
            let records = alignment.records(source: input.source, target: input.target, documentName: name, previous: input.pinned.records)
            results.append(Result(source: input.source, target: input.target, alignment: alignment, records: records))
        }
        return Collection(results: results, lexicon: lexicon)
    }

    /// Aligns document pairs already read, in two passes when ``learnsLexicon`` (see
    /// ``alignCollection(_:progress:)``); returns one alignment per pair and the lexicon learned.
    ///
    /// - Complexity: linear in the collection's length.
    public func alignCollection(
        _ documents: [(source: AlignmentSide, target: AlignmentSide, pinned: [PinnedPair])],
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AlignmentError) -> (alignments: [Alignment], lexicon: TranslationLexicon?) {
        let glossaryAnchors = documents.map { document in
            glossary.map { TermAnchors(matcher: $0, source: document.source, target: document.target) }
        }
        let steps = learnsLexicon ? 2 * documents.count : documents.count
        // Each pair's features are read once, for both passes.
        let features = documents.map { SegmentAligner.features(source: $0.source, target: $0.target) }

        func alignAll(lexicon: GlossaryMatcher?, done: Int) throws(AlignmentError) -> [Alignment] {
            var alignments: [Alignment] = []
            for (index, document) in documents.enumerated() {
                let learned = lexicon.map { TermAnchors(matcher: $0, source: document.source, target: document.target) }
                let step = Double(done + index), onProgress = self.onProgress
                let within = onProgress.map { report in { @Sendable (p: AlignmentProgress) in report((step + p.fraction) / Double(steps)) }
                }
                alignments.append(
                    try aligner.align(
                        source: document.source, target: document.target, pinned: document.pinned, features: features[index],
                        terms: glossaryAnchors[index], lexicon: learned, progress: within))
                progress(done + index + 1, steps)
            }
            return alignments
        }

        var alignments = try alignAll(lexicon: nil, done: 0)
        guard learnsLexicon else { return (alignments, nil) }
        let lexicon = TranslationLexicon.learn(
            from: zip(documents, alignments).map { ($0.source, $0.target, $1) }, settings: lexiconSettings)
        if let lexicon, !lexicon.links.isEmpty {
            alignments = []  // free the first pass before the second
            alignments = try alignAll(lexicon: GlossaryMatcher(glossary: lexicon.glossary), done: documents.count)
        } else {
            progress(steps, steps)
        }
        return (alignments, lexicon)
    }

    /// An aligned collection.
    public struct Collection: Sendable {
        /// One result per document pair, in the order given.
        public var results: [Result]
        /// The lexicon learned from the first pass; nil when learning was off or had too little to learn from.
        public var lexicon: TranslationLexicon?
    }

    static func format(of path: String) -> AlignmentInputFormat {
        if path.hasSuffix(".jsonl") { return .segmentJSONL }
        return TranscriptFormat.auto.resolved(forPath: path) == .text ? .plain : .subtitles
    }
}
