import ArgumentParser
import Tarjama

/// `tarjama tmx convert`: between TMX, bilingual JSONL and TSV.
struct TmxConvert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a memory between TMX 1.4b, bilingual JSONL and TSV.",
        discussion: """
            JSONL → TMX keeps id (as tuid), texts, languages, status, score, bead,
            segment ids and startTime/endTime (as x- props; the times as
            x-time-code, as the service writes them, and back); suggestions and unknown fields stay in
            the JSONL. TSV keeps id, source, target and score only. Characters XML
            cannot carry are removed from TMX output and counted.
            Examples:
              tarjama tmx convert aligned.jsonl -o aligned.tmx
              tarjama tmx convert desk.tmx -o - --to tsv
            """
    )

    @Argument(help: "The memory to convert.")
    var file: String

    @OptionGroup var options: TmxOutputOptions

    func run() async throws {
        try options.run(try options.job(inputs: [file]))
    }
}
