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
        when clean, 1 when something was found.
        """
    )

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let loaded = try glossary.load()
        var problems = loaded.lintIssues.map(\.description)
        for path in glossary.effectivePaths {
            for file in try Glossary.files(at: path) {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let entries = try GlossaryTSV.read(path: file).map(\.entry)
                if (try? GlossaryTSV.text(of: entries, file: file)) != text {
                    problems.append("\(file): not in canonical form (sorted, every column); `tarjama glossary merge \(file) -o \(file)` rewrites it")
                }
            }
        }
        for problem in problems { print(problem) }
        print("\(loaded.count) entries, \(problems.count) problem(s)")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
