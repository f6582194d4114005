import ArgumentParser
import Tarjama

/// `tarjama tm delete --document D | --origin O`
struct TMDelete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Remove the units of one document or one origin from the memory."
    )

    @OptionGroup var memory: MemoryOptions
    @Option(help: "Remove the units of this document.") var document: String?
    @Option(help: "Remove the units of this origin: aligned, translated or imported.") var origin: String?

    func validate() throws {
        guard (document == nil) != (origin == nil) else { throw ValidationError("give exactly one of --document and --origin") }
        if let origin, UnitOrigin(rawValue: origin) == nil {
            throw ValidationError("--origin must be one of: \(UnitOrigin.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let store = try memory.open()
        let removed = if let document {
            try store.deleteUnits(document: document)
        } else {
            try store.deleteUnits(origin: UnitOrigin(rawValue: origin!)!)
        }
        print("\(removed) units removed")
    }
}
