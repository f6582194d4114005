import ArgumentParser
import Tarjama

/// `tarjama glossary export`.
struct GlossaryExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as TBX, CSV, OmegaT TSV or canonical TSV.",
        discussion: """
            TBX is v3 (TBX-Basic, DCA style) and validates against the TBX core schema; tbx2008 writes the \
            older martif form (TBX-Basic 2008, valid against its core DTD), which OmegaT 3.6 and \
            translate-toolkit read. OmegaT's format \
            keeps only source, target and note. The file is written atomically; - writes standard output.
            """
    )

    @Argument(help: "The file to write; - for standard output.")
    var output: String

    @Option(help: "tsv, omegat, csv, tbx or tbx2008 (default: from the extension).")
    var format: String?

    @Option(help: "The source language written in TBX (default ar).")
    var sourceLang = "ar"

    @Option(help: "The target language written in TBX (default en).")
    var targetLang = "en"

    @OptionGroup var glossary: GlossaryOptions

    func validate() throws {
        if output == "-" && format == nil { throw ValidationError("give --format when writing to standard output") }
        _ = try GlossaryFormatOption.resolve(format, path: output)
    }

    func run() throws {
        let format = try GlossaryFormatOption.resolve(self.format, path: output)
        let loaded = try glossary.load(reportIssues: true)
        try format.write(loaded.entries, to: output, sourceLanguage: sourceLang, targetLanguage: targetLang)
        if output != "-" { print("\(output): \(loaded.count) entries as \(format.rawValue)") }
    }
}
