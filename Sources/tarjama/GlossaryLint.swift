import ArgumentParser
import Foundation
import Tarjama

/// `tarjama glossary lint`.
struct GlossaryLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check glossaries: conflicts, duplicates, overrides, shared variants, file order.",
        discussion: """
            A conflict inside one file (the same normalised term with two renderings) stops loading and \
            is reported with both lines. Otherwise every problem is printed as file:line: message. Exit 0 \
            when clean, 1 when something was found. With --forms, every common noun (type term) is also \
            listed with the regular forms the matcher makes for it (plural, dual, article, split, \
            pronoun) as matching keys, and a form another entry already holds is noted, so broken \
            plurals and other irregular forms can go into the variants column.
            """
    )

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "List the regular forms each term will match, and the forms another entry holds.")
    var forms = false

    func run() throws {
        let loaded = try glossary.load()
        var problems = loaded.lintIssues.map(\.description)
        for path in glossary.effectivePaths {
            for file in try Glossary.files(at: path) {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let entries = try GlossaryTSV.read(path: file).map(\.entry)
                if (try? GlossaryTSV.text(of: entries, file: file)) != text {
                    problems.append(
                        "\(file): not in canonical form (sorted, every column); `tarjama glossary merge \(file) -o \(file)` rewrites it")
                }
            }
        }
        if forms { printForms(of: loaded) }
        for problem in problems { print(problem) }
        print("\(loaded.count) entries, \(problems.count) problem(s)")
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// One line per term: where it comes from, the entry, then `kind key` per form; a form that
    /// another entry holds is a note of its own, since the matcher reads it as that entry.
    private func printForms(of glossary: Glossary) {
        let matcher = GlossaryMatcher(glossary: glossary)
        for (index, entry) in glossary.entries.enumerated() where entry.type == .term {
            let forms = matcher.generatedForms(ofEntry: index)
            let own = forms.filter { $0.takenBy == nil }.map { "\($0.kind.rawValue) \($0.key)" }
            print(
                "\(location(of: index, in: glossary)): \(entry.source) → \(entry.target): "
                    + (own.isEmpty ? "no regular forms" : own.joined(separator: ", ")))
            for form in forms {
                guard let other = form.takenBy else { continue }
                print(
                    "  note: its \(form.kind.rawValue) form \(form.key) is \(glossary.entries[other].source) "
                        + "(\(location(of: other, in: glossary))), which the matcher reads there")
            }
        }
    }

    private func location(of index: Int, in glossary: Glossary) -> String {
        glossary.origins.indices.contains(index) ? glossary.origins[index].location : "entry \(index + 1)"
    }
}
