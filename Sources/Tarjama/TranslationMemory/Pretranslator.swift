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
    public func fill(_ record: inout BilingualRecord, previousSource: String?, nextSource: String?) throws(MemoryStoreError) -> FuzzyMatch? {
        guard record.target.isEmpty, !record.source.isEmpty else { return nil }
        let context = SegmentContext(previous: previousSource, next: nextSource)
        guard let best = try memory.lookup(record.source, context: context, sourceLanguage: record.sourceLang,
                                           minimum: threshold, limit: 1).first else { return nil }
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
        var report = PretranslationReport()
        do {
            let reader = try BilingualJSONLReader(path: input)
            let writer = try BilingualJSONLWriter(path: output)
            var previous: BilingualRecord?
            var current = try reader.read()
            while var record = current {
                let following = try reader.read()
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
                    case 101: report.contextMatches += 1
                    case 100: report.exactMatches += 1
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
        } catch let error as MemoryStoreError {
            throw error
        } catch let error as FormatError {
            throw .unreadableInput(message: error.description + "; nothing was written")
        } catch {
            throw .unwritableOutput(message: String(describing: error))
        }
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
