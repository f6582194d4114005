import ArgumentParser
import Tarjama

/// `tarjama glossary remove`.
struct GlossaryRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a term from a glossary file.",
        discussion: "The term may be given in any spelling that folds to the same key (حماه removes حماة)."
    )

    @Argument(help: "The Arabic term.")
    var source: String

    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "The glossary file to change. Default: the one file in Glossaries/ (working directory, else shipped with tarjama).",
            valueName: "path"))
    var glossaryPath: String?

    /// `--glossary`, or the default glossary folder (``ShippedGlossary``).
    var path: String { glossaryPath ?? ShippedGlossary.defaultPath() }

    func run() throws {
        let file = try GlossaryEditor.singleFile(path)
        let removed = try GlossaryEditor.remove(source: source, fromFile: file)
        print("\(file): removed: \(removed.summaryLine)")
    }
}
