import TarjamaText
/// Aligns document files: reads both sides (plain text, one segment per line, or segment
/// JSONL), applies a reviewer's confirmed pairs, aligns, and makes the bilingual records.
/// What `tarjama align` runs for each document pair.
public struct DocumentPairAligner: Sendable {
    public var aligner: SegmentAligner
    public var sourceLanguage: String
    public var targetLanguage: String
    /// How the inputs hold their segments; nil reads `.jsonl` files as segment JSONL and
    /// anything else as plain text.
    public var format: AlignmentInputFormat?
    /// A bilingual JSONL file whose `"status":"confirmed"` pairs are kept.
    public var pinnedPath: String?
    /// The glossary whose terms serve as anchors (an entry found in the source and one of its
    /// renderings in the target pull the two together); nil for none.
    public var glossary: GlossaryMatcher?

    public init(aligner: SegmentAligner = SegmentAligner(), sourceLanguage: String = "ar", targetLanguage: String = "en",
                format: AlignmentInputFormat? = nil, pinnedPath: String? = nil, glossary: GlossaryMatcher? = nil) {
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

    /// Reads, aligns and converts one document pair.
    ///
    /// - Complexity: linear in the documents' lengths (see ``SegmentAligner/align(source:target:pinned:terms:)``).
    public func align(sourcePath: String, targetPath: String) throws(AlignmentInputError) -> Result {
        let source = try AlignmentSide.read(path: sourcePath, language: sourceLanguage, format: format ?? Self.format(of: sourcePath))
        let target = try AlignmentSide.read(path: targetPath, language: targetLanguage, format: format ?? Self.format(of: targetPath))
        let pinned = try pinnedPath.map { path throws(AlignmentInputError) in try PinnedPairs.read(path: path, source: source, target: target) }
            ?? PinnedPairs()
        let alignment: Alignment
        do {
            let terms = glossary.map { TermAnchors(matcher: $0, source: source, target: target) }
            alignment = try aligner.align(source: source, target: target, pinned: pinned.pairs, terms: terms)
        } catch {
            throw .pinnedPairs(file: pinnedPath ?? sourcePath, error)
        }
        let name = source.segments.first.map { String($0.id[..<($0.id.lastIndex(of: ":") ?? $0.id.endIndex)]) }
            ?? Document.documentName(forPath: sourcePath)
        let records = alignment.records(source: source, target: target, documentName: name, previous: pinned.records)
        return Result(source: source, target: target, alignment: alignment, records: records)
    }

    static func format(of path: String) -> AlignmentInputFormat {
        path.hasSuffix(".jsonl") ? .segmentJSONL : .plain
    }
}
