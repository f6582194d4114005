/// Why the translation memory store refused an operation.
///
/// Messages name the file and, where known, the unit number; they never quote segment text.
public enum MemoryStoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The memory file could not be opened or created.
    case cannotOpen(file: String, reason: String)
    /// A command that only reads the memory was given a path where there is none.
    case noSuchMemory(file: String)
    /// The file is a database, but not a Tarjama memory of a version this build knows.
    case incompatible(file: String, reason: String)
    /// SQLite reported an error while reading or writing the memory.
    case database(file: String, reason: String)
    /// A unit to import lacks something the memory needs.
    case invalidUnit(file: String, unit: Int, reason: String)
    /// Reading the import file failed after `unitsRead` units; what this run added was removed again.
    case importFailed(file: String, unitsRead: Int, reason: String)
    /// An input file (bilingual JSONL, TMX) was refused; the message names file and position.
    case unreadableInput(message: String)
    /// An output file could not be written; the message names the file. Nothing was replaced.
    case unwritableOutput(message: String)

    public var description: String {
        switch self {
        case let .cannotOpen(file, reason):
            "\(file): cannot open the translation memory: \(reason)"
        case let .noSuchMemory(file):
            "\(file): no such memory; check the --db path (tm import creates a memory)"
        case let .incompatible(file, reason):
            "\(file): not a translation memory this version of tarjama can use: \(reason)"
        case let .database(file, reason):
            "\(file): translation memory error: \(reason)"
        case let .invalidUnit(file, unit, reason):
            "\(file): unit \(unit): \(reason)"
        case let .importFailed(file, unitsRead, reason):
            "\(file): import stopped after \(unitsRead) units and was rolled back: \(reason)"
        case let .unreadableInput(message):
            message
        case let .unwritableOutput(message):
            message
        }
    }
}
