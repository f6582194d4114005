import ArgumentParser
import Tarjama

/// `tarjama apply`: record suggestions on a bilingual file and fix renderings in the drafts.
struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record glossary suggestions on a bilingual file and fix the English drafts where they stand.",
        discussion: """
            Each record gets its "suggestions" (offsets within its source). In every target of the file, \
            every alternative or forbidden rendering of a term found in the source is replaced, where it \
            stands, by the preferred one (keeping -s/'s), and a wrong figure is replaced by the source's \
            number ("92 buses" for تسع وعشرين becomes "29 buses"): source and target numbers are paired \
            by value, and of the leftovers (equally many on each side, in order) a figure is replaced \
            only when it is its number mistyped: two neighbouring digits swapped, or a repeated digit \
            dropped or doubled (30,000 for 300,000). Other differences, unequal counts, dates and \
            ordinals are left for check to report. Nothing is appended: a term or number the draft lacks altogether is left \
            for `tarjama check` to report.

            Every change is reported as id [start–end] kind: "before" → "after", start and end being \
            UTF-16 offsets of the replaced text in the target as it was; --format jsonl reports one \
            {"id","kind","start","end","before","after"} object per change instead. The file is \
            rewritten atomically (or written to --output); unknown fields are kept. With --dry-run \
            nothing is written.
            """
    )

    @Argument(help: "A bilingual segment file (JSONL).")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Only report the changes; write nothing.")
    var dryRun = false

    @Option(name: [.customShort("o"), .long], help: "Where to write (default: rewrite FILE); - is standard output.")
    var output: String?

    @Option(help: "How changes are reported: text (default) or jsonl.")
    var format: Suggest.OutputFormat = .text

    func validate() throws {
        if file == "-" && output == nil && !dryRun { throw ValidationError("reading standard input needs --output") }
    }

    func run() throws {
        let applier = TermApplier(suggester: GlossarySuggester(glossary: try glossary.load(reportIssues: true)))
        let records = try BilingualJSONLReader.readAll(path: file)
        var updated: [BilingualRecord] = []
        var changes = 0, changedRecords = 0
        // With the file on standard output, the report goes to standard error.
        let report: (String) -> Void = output == "-" ? { StandardError.write($0 + "\n") } : { print($0) }
        for record in records {
            let result = try applier.apply(to: record)
            for change in result.changes {
                report(format == .jsonl ? change.json.jsonText : change.description)
            }
            changes += result.changes.count
            if !result.changes.isEmpty { changedRecords += 1 }
            updated.append(result.record)
        }
        if !dryRun { try BilingualJSONLWriter.write(updated, to: output ?? file) }
        if format == .text {
            report(
                "\(records.count) record(s), \(changes) change(s) in \(changedRecords) record(s)"
                    + (dryRun ? " (dry run: nothing written)" : ""))
        }
    }
}
