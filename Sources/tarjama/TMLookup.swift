import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama tm lookup SEGMENT`
struct TMLookup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find the best earlier translations of a segment, with match percentages.",
        discussion: """
            Give the segment as an argument, or --file with one segment per line (neighbouring lines \
            are the context that makes a 101% match). Text output marks differing words in the \
            memory's source with [ ]; --format jsonl prints one object per segment with UTF-16 ranges.
            """
    )

    @OptionGroup var memory: MemoryOptions
    @Argument(help: "The source segment to look up.") var segment: String?
    @Option(help: ArgumentHelp("A file of segments, one per line (- for standard input).", valueName: "file"))
    var file: String?
    @Option(help: "Matches to show per segment.") var limit = 3
    @Option(help: "The lowest match percentage shown.") var minimum = 50
    @Option(help: "Source language of the segment (ar also matches ar-SY).") var sourceLang: String?
    @Option(help: "text or jsonl.") var format: OutputFormat = .text
    @Flag(help: "Also print which index keys the lookup read, how many postings they have, and SQLite's query plans.")
    var explain = false

    func validate() throws {
        guard (segment == nil) != (file == nil) else { throw ValidationError("give either a segment or --file, not both") }
        guard FuzzyMatch.percentages.contains(minimum) else { throw ValidationError("--minimum must be between 1 and 101") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let store = try memory.open()
        let segments: [String]
        if let file {
            segments = try Document.read(contentsOf: file).text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
        } else {
            segments = [segment!]
        }
        for (index, text) in segments.enumerated() {
            let context =
                file == nil
                ? nil
                : SegmentContext(
                    previous: index > 0 ? segments[index - 1] : nil,
                    next: index + 1 < segments.count ? segments[index + 1] : nil)
            let matches = try store.lookup(text, context: context, sourceLanguage: sourceLang, minimum: minimum, limit: limit)
            if explain {
                let explanation = try store.explainLookup(text, minimum: minimum)
                print(
                    "  index keys read: \(explanation.keys.joined(separator: " ")) (\(explanation.postings) postings of \(explanation.units) units)"
                )
                for line in explanation.plan { print("  plan: \(line)") }
            }
            switch format {
            case .jsonl:
                let object = JSONObject([("query", .string(text)), ("matches", .array(matches.map { .object($0.jsonObject) }))])
                print(JSONValue.object(object).jsonText)
            case .text:
                if segments.count > 1 { print("\(index + 1): \(text)") }
                if matches.isEmpty { print("  no match at \(minimum)% or better") }
                for match in matches {
                    let marked = match.differences.compactMap(\.unitRange)
                    print("  \(match.percentage)%  \(match.unit.plainSource.marking(marked))")
                    print("        \(match.unit.target)")
                }
            }
        }
    }
}

/// How query commands print their results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}
