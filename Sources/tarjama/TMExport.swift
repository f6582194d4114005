import ArgumentParser
import Tarjama

/// `tarjama tm export --output FILE`
struct TMExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every unit of the memory to a bilingual JSONL file.",
        discussion: "The file is written to a temporary file and renamed into place; - writes to standard output."
    )

    @OptionGroup var memory: MemoryOptions
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (.jsonl), or - for standard output.", valueName: "file"))
    var output: String

    func validate() throws {
        guard output == "-" || MemoryFileFormat(path: output) != nil else {
            throw ValidationError("\(output): unknown format; name a .jsonl file")
        }
    }

    func run() async throws {
        let store = try memory.open()
        let count = try store.exportBilingual(to: output)
        if output != "-" { print("\(output): \(count) units written") }
    }
}
