import ArgumentParser
import Tarjama

/// `tarjama pretranslate FILE`
struct Pretranslate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill a bilingual segment file's empty targets from the translation memory.",
        discussion: """
        Each segment without a target gets the best memory match at --threshold percent or \
        better: the target, "match" (101 context, 100 exact, below fuzzy), "score" (match / 100) \
        and status (translated for 100 and 101, initial for fuzzy matches, which need checking). \
        Segments that have a target, and fields tarjama does not know, are kept as they are. \
        The file is rewritten in place unless --output names another.
        """
    )

    @Argument(help: ArgumentHelp("The bilingual segment file (JSONL).", valueName: "file")) var file: String
    @OptionGroup var memory: MemoryOptions
    @Option(help: "The lowest match percentage used.") var threshold = 75
    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the result (default: FILE itself).", valueName: "file"))
    var output: String?

    func validate() throws {
        guard (1...101).contains(threshold) else { throw ValidationError("--threshold must be between 1 and 101") }
    }

    func run() async throws {
        let store = try memory.open()
        let report = try Pretranslator(memory: store, threshold: threshold).pretranslate(input: file, output: output ?? file)
        StandardError.write("""
            \(file): \(report.segments) segments: \(report.contextMatches) context (101%), \(report.exactMatches) exact, \
            \(report.fuzzyMatches) fuzzy, \(report.unmatched) without a match, \(report.alreadyTranslated) already translated

            """)
    }
}
