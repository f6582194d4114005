import ArgumentParser
import Tarjama

/// `tarjama xliff import`: XLIFF to a bilingual file.
struct XliffImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read XLIFF 2.x or 1.2 and write its segments as bilingual JSONL, TSV or TMX.",
        discussion: """
            A truncated or malformed XLIFF is refused with file, line and column,
            and nothing is written. The output format comes from the output's
            extension or --to (default jsonl).
            """
    )

    @Argument(help: "The XLIFF file (- for standard input).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "The file to write (- for standard output).")
    var output: String

    @Option(name: .customLong("to"), help: "Output format: jsonl, tsv or tmx.")
    var format: ExchangeFormat?

    func run() async throws {
        let format = format ?? ExchangeFormat.fromExtension(output) ?? .jsonl
        let report = try XLIFFConversion.import(input: file, output: output, format: format)
        let destination = output == "-" ? "standard output" : output
        StandardError.write("wrote \(report.units) records (\(format.rawValue)) to \(destination)\n")
        if let removal = report.removalSummary { StandardError.write("warning: \(destination): \(removal)\n") }
    }
}
