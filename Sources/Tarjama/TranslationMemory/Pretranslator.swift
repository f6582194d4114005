public import TarjamaText
/// Fills a bilingual segment file's untranslated segments from the memory: each gets the best
/// unit at `threshold` percent or better, its percentage in `match` and, as a fraction, in
/// `score`. Segments that already have a target are left as they are.
public struct Pretranslator: Sendable {
    /// The memory consulted.
    public let memory: TranslationMemory
    /// The lowest match percentage used.
    public let threshold: Int

    /// Makes a pretranslator.
    public init(memory: TranslationMemory, threshold: Int = 75) {
        self.memory = memory
        self.threshold = threshold
    }

    /// Fills `record` from the best match (with its neighbours' sources as context), or leaves it
    /// alone; returns the match used.
    public func fill(_ record: inout BilingualRecord, previousSource: String?, nextSource: String?) throws(MemoryStoreError) -> FuzzyMatch?
    {
        guard record.target.isEmpty, !record.source.isEmpty else { return nil }
        let context = SegmentContext(previous: previousSource, next: nextSource)
        guard
            let best = try memory.lookup(
                record.source, context: context, sourceLanguage: record.sourceLang,
                minimum: threshold, limit: 1
            ).first
        else { return nil }
        record.target = best.unit.target
        record.targetLang = record.targetLang ?? best.unit.targetLanguage
        record.score = Double(best.percentage) / 100
        record.status = best.percentage >= 100 ? .translated : .initial
        record.extra["match"] = .number(best.percentage)
        return best
    }

    /// Reads `input`, fills what the memory knows and writes the result to `output` (which may be
    /// `input` itself: the file is replaced only when complete).
    public func pretranslate(input: String, output: String) throws(MemoryStoreError) -> PretranslationReport {
        do {
            let reader = try BilingualJSONLReader(path: input)
            return try pretranslate(next: { try reader.read() }, output: output)
        } catch let error as MemoryStoreError {
            throw error
        } catch let error as FormatError {
            throw .unreadableInput(message: error.description + "; nothing was written")
        } catch {
            throw .unwritableOutput(message: String(describing: error))
        }
    }

    /// Cuts a transcript (text or subtitles) into segments, fills each from the memory and
    /// writes them as bilingual JSONL to `output`: ids `<doc>:<n>` as `tarjama segment` gives
    /// them, empty targets where the memory has nothing, and `startTime`/`endTime` for subtitles.
    public func pretranslate(
        transcript: TranscriptFile, language: SegmentationLanguage, sourceLanguage: String,
        output: String
    ) throws(MemoryStoreError) -> PretranslationReport {
        let segmented: SegmentedDocument
        do {
            segmented = try SentenceSegmenter(language: language).segment(transcript.document)
        } catch {
            throw .unreadableInput(message: "\(transcript.document.source): \(error.description); nothing was written")
        }
        let times = transcript.times(of: segmented)
        var records = segmented.segments.enumerated().map { index, segment in
            var record = BilingualRecord(
                id: segmented.id(of: segment), source: AlignmentSide.flattened(segmented.text(of: segment)),
                target: "", sourceLang: sourceLanguage)
            if let time = times.flatMap({ index < $0.count ? $0[index] : nil }) {
                (record.extra["startTime"], record.extra["endTime"]) = time.jsonFields
            }
            return record
        }.makeIterator()
        do {
            return try pretranslate(next: { records.next() }, output: output)
        } catch let error as MemoryStoreError {
            throw error
        } catch {
            throw .unwritableOutput(message: String(describing: error))
        }
    }

    private func pretranslate(next: () throws -> BilingualRecord?, output: String) throws -> PretranslationReport {
        var report = PretranslationReport()
        let writer = try BilingualJSONLWriter(path: output)
        var previous: BilingualRecord?
        var current = try next()
        while var record = current {
            let following = try next()
            let document = TranslationMemory.document(ofSegmentID: record.id)
            func neighbour(_ other: BilingualRecord?) -> String? {
                guard let other, TranslationMemory.document(ofSegmentID: other.id) == document else { return nil }
                return other.source
            }
            report.segments += 1
            if !record.target.isEmpty {
                report.alreadyTranslated += 1
            } else if let match = try fill(&record, previousSource: neighbour(previous), nextSource: neighbour(following)) {
                switch match.percentage {
                case FuzzyMatch.contextMatch: report.contextMatches += 1
                case FuzzyMatch.exactMatch: report.exactMatches += 1
                default: report.fuzzyMatches += 1
                }
            } else {
                report.unmatched += 1
            }
            try writer.write(record)
            previous = current
            current = following
        }
        try writer.commit()
        return report
    }
}

/// What a pre-translation run did.
public struct PretranslationReport: Sendable, Equatable {
    /// Segments read.
    public var segments = 0
    /// Segments that had a target already and were left alone.
    public var alreadyTranslated = 0
    /// Filled from a 101% match.
    public var contextMatches = 0
    /// Filled from a 100% match.
    public var exactMatches = 0
    /// Filled from a fuzzy match at or above the threshold.
    public var fuzzyMatches = 0
    /// Left empty: nothing at or above the threshold.
    public var unmatched = 0
}
