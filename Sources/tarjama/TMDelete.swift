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
    @Option(help: "Remove the units of this origin: aligned, translated or imported.") var origin: UnitOrigin?

    func validate() throws {
        guard (document == nil) != (origin == nil) else { throw ValidationError("give exactly one of --document and --origin") }
    }

    func run() async throws {
        let store = try memory.open()
        let removed: Int
        if let origin {
            removed = try store.deleteUnits(origin: origin)
        } else if let document {
            removed = try store.deleteUnits(document: document)
        } else {
            return  // validate() asks for exactly one of the two
        }
        print("\(removed) units removed")
    }
}
