import ArgumentParser
import Tarjama

/// `tarjama check`: QA of a bilingual file (glossary, numbers, dates, and the segment checks of
/// CAT tools), with per-pair ignores; `--ignore` records an ignore instead of checking.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "QA a bilingual file: glossary renderings, numbers, dates, empty or untranslated targets, length, brackets, quotes, consistency.",
        discussion: """
            For each pair: every glossary term in the Arabic must have its rendering or an accepted \
            alternative in the English (plural -s and possessive 's allowed: "Aleppo's" counts); no \
            forbidden rendering may appear; numbers must agree as values (digits, Arabic-Indic digits, \
            Arabic and English number words; an Arabic dual may stand for an English "two") and dates \
            as dates (15 كانون الأول 2016 agrees with "December 15, 2016" and "Dec. 15"). Then the \
            checks CAT QA tools run (target empty, copied, much shorter or longer than the length model \
            expects, a repeated word, brackets or quotes that do not pair, white space, Arabic letters, \
            bidi controls). Within a document (pairs whose id is the same up to its last ":", as in \
            report:12), a term rendered two ways and a source translated two ways are reported; with \
            --memory, so is a pair whose source the memory holds at 100% translated another way.

            Every finding has a severity and a stable reason code:
            \(codeList)

            Exit status: 0 when no error-severity finding remains (warnings alone, or ignored errors, \
            exit 0), 1 when one does or the file was refused, 2 for a usage error. --min-severity error \
            hides warnings from the output (they never change the exit status).

            Problems name the pair, not a segment: "pair 4 (aleppo.ar:8–9)" is the 4th pair of the \
            file, joining source segments aleppo.ar:8 and aleppo.ar:9 (its sourceIds); a file without \
            sourceIds gives the pair's id field instead: "pair 4 (id x)". Text lines end with \
            [severity code].

            JSONL: one object per problem, {"kind","code","severity","id","pair","sourceIds","line","source","expected","found","ids","message"}; \
            "id" is the pair's id field, "pair" its position in the file, "line" its line; "kind" \
            repeats "code".

            Ignores: a pair may carry "qaIgnore":[{"code":"number-mismatch","match":"١٩٩٥","reason":"…"}]; \
            findings of that code on that pair (only those about the "match" text, the source term or \
            number or what the target has, when it is given) are not reported, and the summary counts \
            them. "tarjama check FILE --ignore CODE@ID --reason TEXT [--match TEXT] [-o OUT]" records \
            such an ignore on the pair whose id field is ID (--ignore repeatable) instead of checking, \
            rewriting FILE (or writing OUT) through a temporary file renamed into place.
            """
    )

    static var codeList: String {
        TermProblem.Kind.allCases.map { "  \($0.rawValue) (\($0.severity.rawValue))" }.joined(separator: "\n")
    }

    @Argument(help: "A bilingual segment file (JSONL); - reads standard input.")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Option(help: "Output format: text (default) or jsonl.")
    var format: Suggest.OutputFormat = .text

    @Option(
        name: .customLong("memory"),
        help: ArgumentHelp(
            "A translation memory to check against: a source it holds at 100% with another translation is a warning (inconsistent-with-memory).",
            valueName: "path"))
    var memoryPath: String?

    @Option(help: "Report only findings of this severity or above: warning (default) or error.")
    var minSeverity: SeverityOption = .warning

    /// `--min-severity` values (QASeverity's own conformance would have to be public).
    enum SeverityOption: String, ExpressibleByArgument, CaseIterable {
        case warning, error
        var severity: QASeverity { self == .error ? .error : .warning }
    }

    @Option(
        help: ArgumentHelp(
            "Record an ignore of finding CODE on the pair whose id is ID, instead of checking (repeatable).",
            valueName: "CODE@ID"))
    var ignore: [String] = []

    @Option(help: "Why the findings are ignored (required with --ignore).")
    var reason: String?

    @Option(help: "With --ignore: silence only findings about this text (the source term or number, or what the target has).")
    var match: String?

    @Option(name: [.customShort("o"), .long], help: "With --ignore: where to write (default: rewrite FILE).")
    var output: String?

    func validate() throws {
        if ignore.isEmpty {
            if reason != nil || match != nil || output != nil { throw ValidationError("--reason, --match and --output go with --ignore") }
            return
        }
        guard let reason, !reason.allSatisfy(\.isWhitespace) else {
            throw ValidationError("--ignore needs --reason: an ignore must say why")
        }
        if file == "-" && output == nil { throw ValidationError("--ignore on standard input needs --output") }
        for spec in ignore { _ = try Self.parseIgnore(spec) }
    }

    /// `CODE@ID` split at the first `@` (pair ids may hold `@` and `:`, codes do not).
    static func parseIgnore(_ spec: String) throws -> (TermProblem.Kind, String) {
        guard let at = spec.firstIndex(of: "@"), !spec[spec.index(after: at)...].isEmpty else {
            throw ValidationError("--ignore \(spec): expected CODE@ID, e.g. number-mismatch@un:12")
        }
        guard let code = TermProblem.Kind(rawValue: String(spec[..<at])) else {
            throw ValidationError("--ignore \(spec): unknown code \"\(spec[..<at])\" (see tarjama check --help)")
        }
        return (code, String(spec[spec.index(after: at)...]))
    }

    func run() throws {
        if !ignore.isEmpty { return try recordIgnores() }
        let memory = try memoryPath.map { MemoryConsistencyCheck(memory: try TranslationMemory(path: $0, create: false)) }
        let checker = QAChecker(
            terms: TermChecker(suggester: GlossarySuggester(glossary: try glossary.load(reportIssues: true))), memory: memory)
        let reader = try BilingualJSONLReader(path: file)
        var problems: [TermProblem] = []
        var records = 0
        do {
            while let record = try reader.read() {
                records += 1
                problems += try checker.check(record, line: reader.lineNumber)
            }
        } catch let error as QAError {
            throw CheckRefusal(message: "\(file): \(error)")
        }
        problems += checker.finish()
        let shown = problems.filter { $0.severity >= minSeverity.severity }
        for problem in shown {
            print(format == .jsonl ? problem.json.jsonText : "\(problem.description) [\(problem.severity.rawValue) \(problem.code)]")
        }
        let errors = problems.filter { $0.severity == .error }.count
        if format == .text {
            var summary =
                "\(records) segment pair(s), \(problems.count) problem(s): \(errors) error(s), \(problems.count - errors) warning(s)"
            if checker.ignored > 0 { summary += "; \(checker.ignored) ignored by qaIgnore" }
            if shown.count < problems.count { summary += "; \(problems.count - shown.count) below --min-severity not shown" }
            print(summary)
        } else if checker.ignored > 0 {
            StandardError.write("\(checker.ignored) finding(s) ignored by qaIgnore\n")
        }
        if errors > 0 { throw ExitCode(1) }
    }

    /// `--ignore`: adds the ignores to their pairs and writes the file atomically.
    func recordIgnores() throws {
        let specs = try ignore.map(Self.parseIgnore)
        var records = try BilingualJSONLReader.readAll(path: file)
        for (code, id) in specs {
            let indices = records.indices.filter { records[$0].id == id }
            guard !indices.isEmpty else { throw CheckRefusal(message: "\(file): no pair with id \(id)") }
            for index in indices {
                do {
                    records[index] = try QAIgnore.recording(
                        QAIgnore(code: code, match: match, reason: reason ?? ""), in: records[index], line: index + 1)
                } catch {
                    throw CheckRefusal(message: "\(file): \(error)")
                }
            }
        }
        try BilingualJSONLWriter.write(records, to: output ?? file)
        print("recorded \(specs.count) ignore(s) in \(output ?? file)")
    }
}

/// A refusal of `check`: one line naming the file and the line.
struct CheckRefusal: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
