import ArgumentParser
import Tarjama

/// The `--db` option every memory command shares.
struct MemoryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The translation memory file; created when missing.", valueName: "path"))
    var db: String = "tarjama.sqlite"

    /// Opens (or creates) the memory.
    func open() throws -> TranslationMemory {
        try TranslationMemory(path: db)
    }
}
