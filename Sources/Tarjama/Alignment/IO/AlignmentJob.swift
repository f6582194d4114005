/// One alignment run from inputs to outputs: read the document pairs (files or bytes), align
/// them (learning a lexicon when the aligner does), and give the pairs as bilingual records,
/// filtered and ordered for review, with the warnings and the lexicon learned.
///
/// What `tarjama align` and the service's `POST /v1/alignments` both run, so the two cannot
/// drift; each front end only decides where the records go.
public struct AlignmentJob: Sendable {
    /// The document pairs, in order.
    public var documents: [(source: AlignmentInput, target: AlignmentInput)]
    /// How the documents are read and aligned (languages, format, pinned pairs, glossary, lexicon learning).
    public var aligner: DocumentPairAligner
    /// Pairs scoring below this are left out; nil keeps every pair.
    public var minimumScore: Double?
    /// Order the pairs by score, weakest first (ties keep document order), for review.
    public var weakestFirst = false
    /// Add each pair's evidence (the calibration features) to its record as `"evidence"`.
    public var explains = false

    public init(documents: [(source: AlignmentInput, target: AlignmentInput)], aligner: DocumentPairAligner) {
        self.documents = documents
        self.aligner = aligner
    }

    /// A warning about one document pair.
    public struct Warning: Sendable, CustomStringConvertible {
        /// The inputs' labels (paths, or request fields).
        public var source: String
        public var target: String
        public var warning: AlignmentWarning

        public var description: String { "\(source) ↔ \(target): \(warning)" }
    }

    /// What the run gives.
    public struct Output: Sendable {
        /// The pairs as bilingual records, filtered and ordered as the job asked.
        public var records: [BilingualRecord]
        /// The aligned pairs behind ``records``, parallel to them.
        public var pairs: [AlignedPair]
        /// Warnings per document pair, in document order.
        public var warnings: [Warning]
        /// The lexicon learned from the first pass; nil when learning was off or had too little to learn from.
        public var lexicon: TranslationLexicon?
    }

    /// Runs the job.
    ///
    /// - Parameter progress: called with (done, total) steps (see ``DocumentPairAligner/alignCollection(inputs:progress:)``).
    /// - Complexity: linear in the documents' lengths, plus O(*n* log *n*) in the pairs for ``weakestFirst``.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws(AlignmentInputError) -> Output {
        let collection = try aligner.alignCollection(inputs: documents, progress: progress)
        var records: [BilingualRecord] = [], pairs: [AlignedPair] = [], warnings: [Warning] = []
        for (document, result) in zip(documents, collection.results) {
            warnings += result.alignment.warnings.map { Warning(source: document.source.label, target: document.target.label, warning: $0) }
            if minimumScore == nil && !explains && records.isEmpty {
                // Every record as it is: share the document's arrays rather than copy a long
                // bitext's million records.
                records = result.records
                pairs = result.alignment.pairs
                continue
            }
            for (record, pair) in zip(result.records, result.alignment.pairs) {
                if let minimumScore, pair.score < minimumScore { continue }
                var record = record
                if explains { record.extra["evidence"] = Alignment.explanation(of: pair) }
                records.append(record)
                pairs.append(pair)
            }
        }
        if weakestFirst {
            let order = Alignment(pairs: pairs, warnings: [], lengthRatio: 1, lengthVariance: 1).indicesWeakestFirst()
            records = order.map { records[$0] }
            pairs = order.map { pairs[$0] }
        }
        return Output(records: records, pairs: pairs, warnings: warnings, lexicon: collection.lexicon)
    }
}
