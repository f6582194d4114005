public import ArgumentParser
public import Tarjama

/// The `--db` option every memory command shares.
struct MemoryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The translation memory file; tm import creates it when missing, the other commands refuse a missing one.", valueName: "path"))
    var db: String = "tarjama.sqlite"

    /// Opens the memory; only a command that adds to it (`create`) makes a missing one, so a
    /// mistyped --db on a read is "no such memory", not an empty memory that answers "no match".
    func open(create: Bool = false) throws -> TranslationMemory {
        try TranslationMemory(path: db, create: create)
    }
}

extension UnitOrigin: ExpressibleByArgument {}
extension ConcordanceSide: ExpressibleByArgument {}
