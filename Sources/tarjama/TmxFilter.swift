import ArgumentParser
import Tarjama

/// `tarjama tmx filter`: keep units by score and language.
struct TmxFilter: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Keep the units that pass a score range and language filter.",
        discussion: """
            Units without a score are dropped when --min-score or --max-score is
            given. --source-lang and --target-lang choose each unit's pair and keep
            the units that have it; languages are compared under --region
            (match-primary lets --source-lang ar keep ar-SY). Example:
              tarjama tmx filter aligned.tmx --min-score 0.6 --drop-empty -o checked.tmx
            """
    )

    @Argument(help: "The memory to filter.")
    var file: String

    @OptionGroup var options: TmxOutputOptions

    @Option(name: .customLong("min-score"), help: "Keep units scored at least this.")
    var minimumScore: Double?

    @Option(name: .customLong("max-score"), help: "Keep units scored at most this.")
    var maximumScore: Double?

    @Flag(name: .customLong("drop-empty"), help: "Drop units with an empty source or target (1-0 and 0-1 beads).")
    var dropEmpty = false

    func validate() throws {
        if let minimumScore, let maximumScore, minimumScore > maximumScore {
            throw ValidationError("--min-score \(minimumScore) is above --max-score \(maximumScore)")
        }
        for value in [minimumScore, maximumScore].compactMap({ $0 }) where !value.isFinite {
            throw ValidationError("scores must be finite numbers")
        }
    }

    func run() async throws {
        var job = try options.job(inputs: [file])
        job.filter = UnitFilter(
            sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage, minimumScore: minimumScore,
            maximumScore: maximumScore, dropEmpty: dropEmpty)
        try options.run(job)
    }
}
