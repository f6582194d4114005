import ArgumentParser
import Tarjama

/// `tarjama tm concordance PHRASE`
struct TMConcordance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Search the memory for a word or phrase in any spelling, on either side.",
        discussion: """
            Spelling variants and clitics are found too: المسلحين finds للمسلحين and المسلّحين, حماة \
            finds حماه. Hits are shown in [ ]; --format jsonl gives their UTF-16 ranges.
            """
    )

    @OptionGroup var memory: MemoryOptions
    @Argument(help: "The word or phrase to find.") var phrase: String
    @Option(help: "source, target or both.") var side: ConcordanceSide = .both
    @Option(help: "Units to show at most.") var limit = 20
    @Option(help: "text or jsonl.") var format: OutputFormat = .text

    func validate() throws {
        guard phrase.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw ValidationError("the phrase has no word to search for")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let store = try memory.open()
        let hits = try store.concordance(phrase, side: side, limit: limit)
        for hit in hits {
            switch format {
            case .jsonl:
                print(JSONValue.object(hit.jsonObject).jsonText)
            case .text:
                print(hit.highlightedSource())
                print("  \(hit.highlightedTarget())")
            }
        }
        if format == .text, hits.isEmpty { print("no unit holds this phrase") }
    }
}
