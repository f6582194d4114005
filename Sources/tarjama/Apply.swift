import ArgumentParser
import Tarjama

/// `tarjama apply`: record suggestions on a bilingual file and fix renderings in the drafts.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record glossary suggestions on a bilingual file and apply preferred renderings to the English drafts.",
        discussion: """
        Each record gets its "suggestions" (offsets within its source). In the target, every \
        alternative or forbidden rendering of a term found in the source is replaced by the preferred \
        one, keeping -s/'s. Every change is reported as id: "before" → "after". The file is rewritten \
        atomically (or written to --output); unknown fields are kept. With --dry-run nothing is written.
        """
    )

    @Argument(help: "A bilingual segment file (JSONL).")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Only report the changes; write nothing.")
    var dryRun = false

    @Option(name: [.customShort("o"), .long], help: "Where to write (default: rewrite FILE); - is standard output.")
    var output: String?

    func validate() throws {
        if file == "-" && output == nil && !dryRun { throw ValidationError("reading standard input needs --output") }
    }

    func run() throws {
        let applier = TermApplier(suggester: GlossarySuggester(glossary: try glossary.load(reportIssues: true)))
        let records = try BilingualJSONLReader.readAll(path: file)
        var updated: [BilingualRecord] = []
        var changes = 0
        for record in records {
            let result = try applier.apply(to: record)
            for change in result.changes {
                if output == "-" { StandardError.write("\(change)\n") } else { print(change) }
            }
            changes += result.changes.count
            updated.append(result.record)
        }
        let summary = "\(records.count) record(s), \(changes) change(s)" + (dryRun ? " (dry run: nothing written)" : "")
        if !dryRun { try BilingualJSONLWriter.write(updated, to: output ?? file) }
        if output == "-" { StandardError.write(summary + "\n") } else { print(summary) }
    }
}
