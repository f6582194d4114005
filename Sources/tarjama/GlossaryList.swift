import ArgumentParser
import Tarjama

/// `tarjama glossary list`.
struct GlossaryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the glossary's entries, sorted by source.",
        discussion: "Text shows source → rendering [type], then alternatives, forbidden renderings and variants."
    )

    @OptionGroup var glossary: GlossaryOptions

    @Option(help: "Only entries of this type: person, place, organisation, term or other.")
    var type: String?

    func validate() throws {
        if let type, TermType(fileValue: type) == nil {
            throw ValidationError("--type must be one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try glossary.load(reportIssues: true)
        let wanted = type.flatMap(TermType.init(fileValue:))
        for entry in loaded.sortedEntries where wanted == nil || entry.type == wanted {
            print(entry.summaryLine)
        }
    }
}

extension GlossaryEntry {
    /// One line for listings: `source → target [type]  also: …  not: …  variants: …  context: …`.
    var summaryLine: String {
        var line = "\(source) → \(target) [\(type.rawValue)]"
        if !alternatives.isEmpty { line += "  also: \(alternatives.joined(separator: ", "))" }
        if !forbidden.isEmpty { line += "  not: \(forbidden.joined(separator: ", "))" }
        if !variants.isEmpty { line += "  variants: \(variants.joined(separator: ", "))" }
        if !context.isEmpty { line += "  context: \(context)" }
        return line
    }
}
