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

    @OptionGroup var glossaryFile: GlossaryFileOption

    func run() throws {
        let file = try GlossaryEditor.singleFile(glossaryFile.path)
        let removed = try GlossaryEditor.remove(source: source, fromFile: file)
        print("\(file): removed: \(removed.summaryLine)")
    }
}
