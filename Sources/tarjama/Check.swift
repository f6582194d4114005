import ArgumentParser
import Tarjama

/// `tarjama check`: term QA on a bilingual file.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a bilingual file against the glossary: renderings, forbidden spellings, numbers, consistency.",
        discussion: """
        For each pair: every glossary term in the Arabic must have its rendering or an accepted \
        alternative in the English (plural -s and possessive 's allowed: "Aleppo's" counts); no \
        forbidden rendering may appear; numbers must agree as values (digits, Arabic-Indic digits, \
        Arabic and English number words; an Arabic dual may stand for an English "two") and dates \
        as dates (15 كانون الأول 2016 agrees with "December 15, 2016" and "Dec. 15"). Across the file, a term rendered two ways is reported. \
        Exit 0 when clean, 1 when problems were found (or the file was refused).

        Problems name the pair, not a segment: "pair 4 (aleppo.ar:8–9)" is the 4th pair of the \
        file, joining source segments aleppo.ar:8 and aleppo.ar:9 (its sourceIds); a file without \
        sourceIds gives the pair's id field instead: "pair 4 (id x)".

        JSONL: one object per problem, {"kind","id","pair","sourceIds","line","source","expected","found","ids","message"}; \
        "id" is the pair's id field, "pair" its position in the file, "line" its line; \
        kind is missing-rendering, forbidden-rendering, number-mismatch, date-mismatch or inconsistent-rendering.
        """
    )

    @Argument(help: "A bilingual segment file (JSONL); - reads standard input.")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Option(help: "Output format: text (default) or jsonl.")
    var format: Suggest.OutputFormat = .text

    func run() throws {
        let checker = TermChecker(suggester: GlossarySuggester(glossary: try glossary.load(reportIssues: true)))
        let reader = try BilingualJSONLReader(path: file)
        var problems: [TermProblem] = []
        var records = 0
        while let record = try reader.read() {
            records += 1
            problems += try checker.check(record, line: reader.lineNumber)
        }
        problems += checker.finish()
        for problem in problems {
            print(format == .jsonl ? problem.json.jsonText : problem.description)
        }
        if format == .text { print("\(records) segment pair(s), \(problems.count) problem(s)") }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
