import ArgumentParser
import Foundation
import Tarjama

/// `tarjama glossary add`.
struct GlossaryAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a term to a glossary file (or merge renderings into it).",
        discussion: """
            The file is --glossary FILE, or the only *.tsv of --glossary DIR (default Glossaries/); it is \
            created when absent. A term already there with the same rendering gets the new variants, \
            alternatives and forbidden renderings; with another rendering the command refuses unless \
            --replace. The file is rewritten sorted, atomically.
            """
    )

    @Argument(help: "The Arabic term.")
    var source: String

    @Argument(help: "The preferred English rendering.")
    var target: String

    @Option(help: "A note for translators.")
    var note = ""

    @Option(help: "person, place, organisation, term (default) or other.")
    var type = "term"

    @Option(name: .customLong("variant"), help: "An Arabic spelling normalisation cannot derive (repeatable).")
    var variants: [String] = []

    @Option(name: .customLong("alternative"), help: "Another accepted rendering (repeatable).")
    var alternatives: [String] = []

    @Option(name: .customLong("forbidden"), help: "A rendering house style rejects (repeatable).")
    var forbidden: [String] = []

    @Option(
        help: ArgumentHelp(
            "Where the entry is not suggested: rules separated by ;, e.g. \"not in: قانون العقوبات; needs cue\".", valueName: "rules"))
    var context = ""

    @Flag(help: "Replace the rendering of a term that is already in the file.")
    var replace = false

    @OptionGroup var glossaryFile: GlossaryFileOption

    func validate() throws {
        if TermType(fileValue: type) == nil {
            throw ValidationError("--type must be one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if Glossary.key(of: source).isEmpty { throw ValidationError("the source term has no letters or digits") }
        if target.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the rendering is empty") }
        do throws(TermContext.ParseError) {
            _ = try TermContext(parsing: context)
        } catch {
            throw ValidationError("--context: \(error.reason)")
        }
    }

    func run() throws {
        let file = try GlossaryEditor.singleFile(glossaryFile.path)
        let entry = GlossaryEntry(
            source: source, target: target, note: note, type: TermType(fileValue: type) ?? .term,
            variants: variants, alternatives: alternatives, forbidden: forbidden,
            context: (try? TermContext(parsing: context)) ?? TermContext())
        let summary = try GlossaryEditor.add(
            [GlossaryTSV.Row(entry: entry, line: 0)], origin: "(command line)",
            toFile: file, replacing: replace)
        let what = summary.added > 0 ? "added" : summary.replaced > 0 ? "replaced" : "merged into the existing entry"
        print("\(file): \(what): \(entry.summaryLine)")
    }
}
