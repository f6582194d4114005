public import ArgumentParser
public import Tarjama

/// `tarjama xliff`: bilingual segment files to and from XLIFF.
struct Xliff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export bilingual segment files to XLIFF 2.1 or 1.2, and import XLIFF back.",
        discussion: """
            One bilingual record is one XLIFF unit with one segment. The segment
            state comes from the record's status (initial, translated, reviewed,
            final); glossary suggestions become a gls:glossary per unit (2.1) or
            notes (1.2); score, bead and segment ids travel in mda:metadata (2.1).
            Import reads XLIFF 2.0, 2.1 and 1.2; each segment becomes one record.
            Examples:
              tarjama xliff export aligned.jsonl -o aligned.xlf
              tarjama xliff export aligned.jsonl -o old-tools.xlf --xliff-version 1.2
              tarjama xliff import reviewed.xlf -o reviewed.jsonl
            """,
        subcommands: [XliffExport.self, XliffImport.self]
    )
}
extension XLIFFVersion: ExpressibleByArgument {}
