import ArgumentParser
import Tarjama

/// `tarjama tmx stats`: counts over one or more memories.
struct TmxStats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count units, language pairs, duplicates, empty sides, scores and beads.",
        discussion: """
            Reads each file once, streaming; prints one fact per line for each
            file, then the total when several files are given.
            """
    )

    @Argument(help: "TMX, bilingual JSONL or TSV files.")
    var files: [String]

    @Option(help: "Region codes: keep, strip or match-primary (how language pairs and duplicates are counted).")
    var region: RegionPolicy = .keep

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file") }
    }

    func run() async throws {
        var total = TranslationMemoryStatistics(region: region)
        for file in files {
            var statistics = TranslationMemoryStatistics(region: region)
            let reader = try TranslationUnitReader(path: file, format: try ExchangeFormat.detect(path: file))
            while let unit = try reader.read() {
                statistics.add(unit)
                if files.count > 1 { total.add(unit) }
            }
            print("\(file):")
            if let header = reader.tmxHeader {
                print(
                    "  header: srclang \(header.sourceLanguage), tool \(header.creationTool) \(header.creationToolVersion), segtype \(header.segmentType)"
                )
            }
            for line in statistics.lines { print("  " + line) }
        }
        if files.count > 1 {
            print("total:")
            for line in total.lines { print("  " + line) }
        }
    }
}
