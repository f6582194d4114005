import ArgumentParser
import Tarjama

/// `tarjama tm stats`
struct TMStats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the memory's units by origin and language pair, and check the file.",
        discussion: "With --check, SQLite's integrity check and the search index's own check run too; a failed check exits 1."
    )

    @OptionGroup var memory: MemoryOptions
    @Flag(help: "Run SQLite's integrity check and the index check.") var check = false

    func run() async throws {
        let store = try memory.open()
        let statistics = try store.statistics()
        print("units: \(statistics.units)")
        print("documents: \(statistics.documents)")
        for (origin, count) in statistics.unitsByOrigin.sorted(by: { $0.key < $1.key }) { print("origin \(origin): \(count)") }
        for (pair, count) in statistics.unitsByLanguagePair.sorted(by: { $0.key < $1.key }) { print("languages \(pair): \(count)") }
        print("bytes: \(statistics.fileBytes)")
        for file in statistics.unfinishedImports { print("unfinished import (import it again to resume): \(file)") }
        if check {
            let problems = try store.integrityProblems()
            if problems.isEmpty {
                print("integrity: ok")
            } else {
                for problem in problems { StandardError.write("\(memory.db): \(problem)\n") }
                throw ExitCode(1)
            }
        }
    }
}
