import ArgumentParser
import Tarjama

/// `tarjama glossary import`.
struct GlossaryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TBX, CSV or OmegaT glossary into a glossary file.",
        discussion: """
            The format comes from the extension (.tbx, .csv, .txt for OmegaT, .tsv) or --format. TBX v3 \
            (conceptEntry/langSec/termSec) and TBX 2008 (martif/termEntry/langSet/tig) are read; preferred \
            terms become source and rendering, admitted ones variants and alternatives, deprecated ones \
            forbidden. New terms are added; a term already in the file with the same rendering gets the \
            new lists merged; with another rendering the import is refused unless --replace. A file that \
            is cut off, malformed or declares entities is refused with its line; nothing is written. A .tsv \
            whose first row is two or three cells and no column names is read as OmegaT's headerless \
            glossary, and the import says so. In a TBX file both languages must be present \
            (--source-lang/--target-lang, matched as BCP 47 prefixes); concepts that lack either are \
            counted on standard error.
            """
    )

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "tsv, omegat, csv, tbx or tbx2008 (default: from the extension).")
    var format: String?

    @Option(help: "The source language in a TBX file (default ar).")
    var sourceLang = "ar"

    @Option(help: "The target language in a TBX file (default en).")
    var targetLang = "en"

    @Flag(help: "Replace renderings of terms already in the file.")
    var replace = false

    @OptionGroup var glossaryFile: GlossaryFileOption

    func validate() throws {
        _ = try GlossaryFormatOption.resolve(format, path: file)
    }

    func run() throws {
        var format = try GlossaryFormatOption.resolve(self.format, path: file)
        if self.format == nil, format == .tsv, try format.refined(forFileAt: file) == .omegat {
            format = .omegat
            StandardError.write("note: \(file): no header row; read as an OmegaT glossary (source, target, comment)\n")
        }
        let rows: [GlossaryTSV.Row]
        if format == .tbx || format == .tbx2008 {
            let reading = try TBXReader.reading(path: file, sourceLanguage: sourceLang, targetLanguage: targetLang)
            if reading.skipped > 0 {
                StandardError.write(
                    "note: \(file): \(reading.skipped) concepts without both a \(sourceLang) and a \(targetLang) term were skipped\n")
            }
            rows = reading.rows
        } else {
            rows = try format.read(path: file, sourceLanguage: sourceLang, targetLanguage: targetLang)
        }
        let destination = try GlossaryEditor.singleFile(glossaryFile.path)
        let summary = try GlossaryEditor.add(rows, origin: file, toFile: destination, replacing: replace)
        print("\(destination): \(summary.added) added, \(summary.merged) merged, \(summary.replaced) replaced from \(file)")
    }
}

/// Reads `--format` or the file's extension.
enum GlossaryFormatOption {
    static func resolve(_ name: String?, path: String) throws -> GlossaryFormat {
        if let name {
            guard let format = GlossaryFormat(rawValue: name.lowercased()) else {
                throw ValidationError("--format must be one of \(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
        guard let format = GlossaryFormat(path: path) else {
            throw ValidationError("cannot tell the format of \(path) from its extension; give --format")
        }
        return format
    }
}
