import ArgumentParser
import Tarjama

/// `tarjama tm export --output FILE`
struct TMExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every unit of the memory to a TMX 1.4b or bilingual JSONL file.",
        discussion:
            "Format by extension (.tmx, .jsonl). The file is written to a temporary file and renamed into place; - writes JSONL to standard output."
    )

    @OptionGroup var memory: MemoryOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (.tmx or .jsonl), or - for standard output.", valueName: "file"))
    var output: String

    func validate() throws {
        guard output == "-" || MemoryFileFormat(path: output) != nil else {
            throw ValidationError("\(output): unknown format; name a .tmx or .jsonl file")
        }
    }

    func run() async throws {
        let store = try memory.open()
        switch MemoryFileFormat(path: output) {
        case .tmx:
            let report = try store.exportTMX(to: output)
            if report.removedCharacters > 0 {
                StandardError.write(
                    "\(output): \(report.removedCharacters) characters XML cannot carry were removed from \(report.unitsWithRemovedCharacters) units (first: \(report.exampleIds.joined(separator: ", ")))\n"
                )
            }
            if output != "-" { print("\(output): \(report.units) units written") }
        case .jsonl, nil:
            let count = try store.exportBilingual(to: output)
            if output != "-" { print("\(output): \(count) units written") }
        }
    }
}
