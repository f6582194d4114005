import Foundation
import ArgumentParser
import Tarjama

/// `tarjama tm import FILE...`
struct TMImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the units of TMX or bilingual JSONL files to the memory.",
        discussion: """
            Files are read as they stream, committed in batches. Units already in the memory are \
            skipped, so importing a file twice adds nothing. An import that was interrupted (even \
            killed) resumes where it stopped when the same unchanged file is imported again. A file \
            that turns out malformed is refused with its line and column, and what it had added is \
            removed again. Formats by extension: .tmx (TMX 1.1–1.4b), .jsonl (bilingual segment file).
            """
    )

    @OptionGroup var memory: MemoryOptions
    @Argument(help: ArgumentHelp("TMX (.tmx) or bilingual JSONL (.jsonl) files.", valueName: "file"))
    var files: [String]
    @Option(
        help:
            "Source language: of JSONL records that do not name one (default ar); for TMX, the variant to take as source (BCP 47 lookup: fr selects fr-CA, AR is ar)."
    )
    var sourceLang: String?
    @Option(
        help:
            "Target language: of JSONL records that do not name one (default en); for TMX, the variant to take as target (units without one are not added)."
    )
    var targetLang: String?
    @Option(help: "Origin recorded for JSONL units: aligned, translated or imported.")
    var origin: UnitOrigin = .imported
    @Option(help: "User recorded as the creator of JSONL units.")
    var user: String?
    @Flag(help: "Report progress on standard error after every committed batch.")
    var progress = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to import") }
        for file in files where MemoryFileFormat(file: file) == nil {
            throw ValidationError("\(file): unknown format; name a .tmx or .jsonl file (or one that starts like TMX or JSONL)")
        }
    }

    func run() async throws {
        let store = try memory.open(create: true)
        for file in files {
            let report = progress ? { (count: Int) in StandardError.write("\(file): \(count) units committed\n") } : nil
            let result: ImportReport
            // validate() refused a file of another format, or missing without a known extension.
            guard let format = MemoryFileFormat(file: file) else { continue }
            switch format {
            case .jsonl:
                result = try store.importBilingual(
                    path: file, sourceLanguage: sourceLang ?? "ar", targetLanguage: targetLang ?? "en",
                    origin: origin, user: user, progress: report)
            case .tmx:
                result = try store.importTMX(path: file, sourceLanguage: sourceLang, targetLanguage: targetLang, progress: report)
            }
            var line = "\(file): \(result.unitsRead) units read, \(result.unitsAdded) added, \(result.duplicates) already in the memory"
            if result.resumedAfter > 0 { line += " (resumed after \(result.resumedAfter) units committed earlier)" }
            print(line)
            if result.invalidDates > 0 {
                StandardError.write(
                    "warning: \(file): \(result.invalidDates) unit date(s) not in TMX's form (YYYYMMDDThhmmssZ), kept as written\n")
            }
        }
    }
}
