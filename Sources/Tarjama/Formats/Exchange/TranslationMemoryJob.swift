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
    /// The pair to take from TMX units with more than two variants (`--source-lang`,
    /// `--target-lang`), by BCP 47 lookup; nil for the unit's `srclang` and the next variant.
    /// The other variants are kept either way.
    public var sourceLanguage: String?
    public var targetLanguage: String?

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
        /// Unit dates not in TMX's form, kept as written.
        public var invalidDates = 0
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
                readers.append(
                    try TranslationUnitReader(
                        path: input.path, format: input.format,
                        sourceLanguage: defaultSourceLanguage, targetLanguage: defaultTargetLanguage,
                        languages: (sourceLanguage, targetLanguage)))
            } catch { throw .input(error) }
        }
        let input = readers.lazy.compactMap(\.tmxHeader).first
        var header = input ?? TMXHeader(sourceLanguage: defaultSourceLanguage)
        // What the data is stays as read (datatype, segtype, notes, props); the tool is Tarjama.
        let headerSource =
            sourceLanguage
            ?? (header.sourceLanguage.isEmpty || header.sourceLanguage == "*all*"
                ? defaultSourceLanguage : header.sourceLanguage)
        header = TMXHeader(
            sourceLanguage: region.output(headerSource),
            segmentType: input.map(\.segmentType).flatMap { $0.isEmpty ? nil : $0 } ?? "sentence",
            originalFormat: readers.first?.format == .tmx ? "TMX" : "Tarjama bilingual JSONL",
            adminLanguage: input.map(\.adminLanguage).flatMap { $0.isEmpty ? nil : $0 } ?? "en",
            dataType: input.map(\.dataType).flatMap { $0.isEmpty ? nil : $0 } ?? "plaintext",
            creationDate: input?.creationDate, notes: input?.notes ?? [], properties: input?.properties ?? [])
        let writer: TranslationUnitWriter
        do { writer = try TranslationUnitWriter(path: output, format: outputFormat, header: header) } catch { throw .output(error) }
        var deduplicator = UnitDeduplicator(region: region)
        var filter = self.filter
        filter.region = region
        for (fileNumber, reader) in readers.enumerated() {
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
                // A unit without a tuid is named by where it stands in its file, not by how
                // many units the filter let through before it.
                let position = reader.unitsRead
                do {
                    try writer.write(unit, fallbackId: readers.count > 1 ? "unit:\(fileNumber + 1).\(position)" : "unit:\(position)")
                } catch { throw .output(error) }
            }
            report.read.append(count)
            report.invalidDates += reader.invalidDates
        }
        report.duplicates = deduplicator.duplicates
        do { report.export = try writer.commit() } catch { throw .output(error) }
        return report
    }
}
