import ArgumentParser
import Tarjama

/// `tarjama tmx dedupe`: drop exact duplicates.
struct TmxDedupe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Drop exact duplicate units (same languages, same source and target text), keeping the first.",
        discussion: "With --region match-primary or strip, ar and ar-SY count as the same language."
    )

    @Argument(help: "The memory to clean.")
    var file: String

    @OptionGroup var options: TmxOutputOptions

    func run() async throws {
        var job = try options.job(inputs: [file])
        job.deduplicate = true
        try options.run(job)
    }
}
