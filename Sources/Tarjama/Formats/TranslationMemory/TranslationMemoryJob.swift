/// One pass over translation memory files: read one or more inputs (TMX, JSONL or TSV), apply
/// the region policy, a filter and optionally de-duplication, and write one output, streaming.
///
/// What `tarjama tmx merge|dedupe|filter|convert` run. The output is written atomically: when
/// any input is refused, no output file appears (and an existing one is left as it was).
public struct TranslationMemoryJob: Sendable {
    public var inputs: [(path: String, format: ExchangeFormat)]
    public var output: String
    public var outputFormat: ExchangeFormat
    public var filter = UnitFilter()
    public var deduplicate = false
    public var region: RegionPolicy = .keep
    /// Languages for JSONL/TSV records that do not name theirs, and for a TMX header when no
    /// input is a TMX.
    public var defaultSourceLanguage = "ar"
    public var defaultTargetLanguage = "en"

    public init(inputs: [(path: String, format: ExchangeFormat)], output: String, outputFormat: ExchangeFormat) {
        self.inputs = inputs
        self.output = output
        self.outputFormat = outputFormat
    }

    /// What the job did.
    public struct Report: Sendable {
        /// Units read, per input in order.
        public var read: [Int] = []
        public var filteredOut = 0
        public var duplicates = 0
        /// Units written and characters removed.
        public var export = ExportReport()
    }

    /// Runs the job.
    /// - Complexity: O(total units) time; memory constant except for de-duplication (16 bytes
    ///   per distinct unit).
    public func run() throws(TranslationMemoryError) -> Report {
        var report = Report()
        var readers: [TranslationUnitReader] = []
        for input in inputs {
            do {
                readers.append(try TranslationUnitReader(path: input.path, format: input.format,
                                                         sourceLanguage: defaultSourceLanguage, targetLanguage: defaultTargetLanguage))
            } catch { throw .input(error) }
        }
        var header = readers.lazy.compactMap(\.tmxHeader).first ?? TMXHeader(sourceLanguage: defaultSourceLanguage)
        header = TMXHeader(sourceLanguage: region.output(header.sourceLanguage.isEmpty || header.sourceLanguage == "*all*"
                                                         ? defaultSourceLanguage : header.sourceLanguage),
                           originalFormat: readers.first?.format == .tmx ? "TMX" : "Tarjama bilingual JSONL")
        let writer: TranslationUnitWriter
        do { writer = try TranslationUnitWriter(path: output, format: outputFormat, header: header) } catch { throw .output(error) }
        var deduplicator = UnitDeduplicator(region: region)
        var filter = self.filter
        filter.region = region
        for reader in readers {
            var count = 0
            while true {
                let next: TranslationUnit?
                do { next = try reader.read() } catch { throw .input(error) }
                guard var unit = next else { break }
                count += 1
                if region == .strip {
                    unit.source.language = region.output(unit.source.language)
                    unit.target.language = region.output(unit.target.language)
                    for index in unit.otherVariants.indices {
                        unit.otherVariants[index].language = region.output(unit.otherVariants[index].language)
                    }
                }
                guard filter.accepts(unit) else { report.filteredOut += 1; continue }
                if deduplicate && !deduplicator.isFirst(unit) { continue }
                do { try writer.write(unit) } catch { throw .output(error) }
            }
            report.read.append(count)
        }
        report.duplicates = deduplicator.duplicates
        do { report.export = try writer.commit() } catch { throw .output(error) }
        return report
    }
}

/// Why a translation memory job stopped: an input refused or the output not writable.
public enum TranslationMemoryError: Error, CustomStringConvertible, Sendable, Equatable {
    case input(FormatError)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .input(error): "\(error); no output was written"
        case let .output(error): error.description
        }
    }
}
