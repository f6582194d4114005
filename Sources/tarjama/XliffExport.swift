import ArgumentParser
import Tarjama

/// `tarjama xliff export`: a bilingual file to XLIFF.
struct XliffExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a bilingual segment file (JSONL; TMX or TSV accepted) as XLIFF.",
        discussion: """
            Languages default to the first record's sourceLang/targetLang, else ar
            and en. Characters XML cannot carry are removed and counted.
            """
    )

    @Argument(help: "The bilingual segment file (- for standard input).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "The XLIFF file to write (- for standard output).")
    var output: String

    @Option(name: .customLong("xliff-version"), help: "2.1 or 1.2.")
    var version: XLIFFVersion = .v2_1

    @Option(name: .customLong("source-lang"), help: "The document's source language (BCP 47).")
    var sourceLanguage: String?

    @Option(name: .customLong("target-lang"), help: "The document's target language (BCP 47).")
    var targetLanguage: String?

    func run() async throws {
        let report = try XLIFFConversion.export(
            input: file, output: output, version: version,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        let destination = output == "-" ? "standard output" : output
        StandardError.write("wrote \(report.units) units (XLIFF \(version.rawValue)) to \(destination)\n")
        if let removal = report.removalSummary { StandardError.write("warning: \(destination): \(removal)\n") }
    }
}
