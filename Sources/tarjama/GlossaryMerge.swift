import ArgumentParser
import Tarjama

/// `tarjama glossary merge`.
struct GlossaryMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge glossary files into one canonical TSV, the first file taking precedence.",
        discussion: """
            Each overridden entry is reported on standard error with both locations. A conflict inside \
            one input file is refused with its lines; nothing is written. The output may be one of the \
            inputs (it is written atomically after everything was read).
            """
    )

    @Argument(help: "Glossary TSV files or directories, highest precedence first.")
    var inputs: [String]

    @Option(name: [.customShort("o"), .long], help: "The file to write.")
    var output: String

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one glossary to merge") }
    }

    func run() throws {
        let merged = try Glossary.load(paths: inputs)
        for issue in merged.issues { StandardError.write("\(issue)\n") }
        try GlossaryTSV.write(merged.entries, to: output)
        print("\(output): \(merged.count) entries")
    }
}
