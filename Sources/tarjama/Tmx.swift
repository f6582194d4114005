public import ArgumentParser
public import Tarjama

/// `tarjama tmx`: translation memory files (TMX 1.4b, bilingual JSONL, TSV).
struct Tmx: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Inspect, merge, de-duplicate, filter and convert translation memories (TMX, bilingual JSONL, TSV).",
        discussion: """
            Every subcommand streams: a million-unit TMX is read and written in
            constant memory. Input formats are recognised by extension (.tmx,
            .jsonl, .tsv) or by the file's first character; the output format by
            the output's extension or --to. The output appears only when the whole
            run succeeded: a truncated or malformed input is refused with its file,
            line and column, and nothing is written.

            Region codes (ar vs ar-SY), --region:
              keep           codes as written; ar and ar-SY differ (default)
              strip          regions removed on output (ar-SY becomes ar)
              match-primary  codes as written, but filters and duplicate checks
                             compare primary languages: ar matches ar-SY
            """,
        subcommands: [TmxStats.self, TmxMerge.self, TmxDedupe.self, TmxFilter.self, TmxConvert.self]
    )
}

extension RegionPolicy: ExpressibleByArgument {}
extension ExchangeFormat: ExpressibleByArgument {}

/// Options every `tarjama tmx` subcommand that writes a file shares.
struct TmxOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The file to write (- for standard output).")
    var output: String

    @Option(name: .customLong("to"), help: "Output format: tmx, jsonl or tsv (default: from the output's extension, else tmx).")
    var format: ExchangeFormat?

    @Option(help: "Region codes: keep, strip or match-primary (see tarjama tmx --help).")
    var region: RegionPolicy = .keep

    @Option(name: .customLong("default-source-lang"), help: "Source language of JSONL/TSV records that do not name one.")
    var defaultSourceLanguage = "ar"

    @Option(name: .customLong("default-target-lang"), help: "Target language of JSONL/TSV records that do not name one.")
    var defaultTargetLanguage = "en"

    @Option(
        name: .customLong("source-lang"),
        help: "The source language to take from each unit (BCP 47 lookup: fr selects fr-CA; case is ignored).")
    var sourceLanguage: String?

    @Option(name: .customLong("target-lang"), help: "The target language to take from each unit (BCP 47 lookup); other variants are kept.")
    var targetLanguage: String?

    /// The output format to use.
    var outputFormat: ExchangeFormat {
        format ?? ExchangeFormat.fromExtension(output) ?? .tmx
    }

    /// A job over `inputs` with these options.
    func job(inputs: [String]) throws -> TranslationMemoryJob {
        var job = TranslationMemoryJob(
            inputs: try inputs.map { ($0, try ExchangeFormat.detect(path: $0)) },
            output: output, outputFormat: outputFormat)
        job.region = region
        job.defaultSourceLanguage = defaultSourceLanguage
        job.defaultTargetLanguage = defaultTargetLanguage
        job.sourceLanguage = sourceLanguage
        job.targetLanguage = targetLanguage
        return job
    }

    /// Runs `job` and tells the translator what happened, on standard error.
    func run(_ job: TranslationMemoryJob) throws {
        let report = try job.run()
        let read = report.read.reduce(0, +)
        var parts = ["read \(read) units"]
        if report.read.count > 1 { parts.append("from \(report.read.count) files") }
        if report.filteredOut > 0 { parts.append("filtered out \(report.filteredOut)") }
        if job.deduplicate { parts.append("dropped \(report.duplicates) duplicates") }
        let destination = output == "-" ? "standard output" : output
        StandardError.write(
            "\(parts.joined(separator: ", ")); wrote \(report.export.units) units (\(job.outputFormat.rawValue))\(report.export.inlineCodes > 0 ? " with \(report.export.inlineCodes) inline codes" : "") to \(destination)\n"
        )
        if let removal = report.export.removalSummary { StandardError.write("warning: \(destination): \(removal)\n") }
        if let dropped = report.export.droppedCodesSummary { StandardError.write("warning: \(destination): \(dropped)\n") }
        if let dropped = report.export.droppedVariantsSummary { StandardError.write("warning: \(destination): \(dropped)\n") }
        if report.invalidDates > 0 {
            StandardError.write("warning: \(report.invalidDates) unit date(s) not in TMX's form (YYYYMMDDThhmmssZ) kept as written\n")
        }
    }
}
