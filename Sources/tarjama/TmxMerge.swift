import ArgumentParser
import Tarjama

/// `tarjama tmx merge`: several memories into one.
struct TmxMerge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge several memories (TMX, JSONL or TSV) into one file, in input order.",
        discussion: """
            The header (srclang) comes from the first TMX input. With --dedupe,
            exact duplicates (same languages and texts) are dropped, keeping the
            first. Example:
              tarjama tmx merge 2015.tmx 2016.tmx aligned.jsonl --dedupe -o desk.tmx
            """
    )

    @Argument(help: "The memories to merge.")
    var files: [String]

    @OptionGroup var options: TmxOutputOptions

    @Flag(help: "Drop exact duplicates while merging.")
    var dedupe = false

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("give at least two files to merge") }
    }

    func run() async throws {
        var job = try options.job(inputs: files)
        job.deduplicate = dedupe
        try options.run(job)
    }
}
