import ArgumentParser
import Tarjama
import TarjamaText

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

            FILE may also be a transcript to start from: .srt or .vtt subtitles, or text \
            (--input-format text). It is cut into sentences as `tarjama segment` does and written to \
            --output as bilingual JSONL, ids <doc>:<n>, filled where the memory knows the segment, \
            startTime/endTime in seconds for subtitles.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The bilingual segment file (JSONL), or a transcript (.srt, .vtt; text with --input-format text).",
            valueName: "file")) var file: String
    @OptionGroup var memory: MemoryOptions
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "How to read FILE: auto (default: .srt/.vtt are subtitles, anything else bilingual JSONL), text, srt or webvtt.",
            valueName: "format"))
    var inputFormat: TranscriptFormat = .auto
    @Option(name: .customLong("lang"), help: "The language of a transcript FILE: ar (default) or en.") var language = "ar"
    @Option(help: "The lowest match percentage used.") var threshold = 75
    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the result (default: FILE itself).", valueName: "file"))
    var output: String?

    /// The transcript format FILE is read as, or nil for bilingual JSONL.
    private var transcriptFormat: TranscriptFormat? {
        let format = inputFormat.resolved(forPath: file)
        return inputFormat == .auto && format == .text ? nil : format
    }

    func validate() throws {
        guard FuzzyMatch.percentages.contains(threshold) else { throw ValidationError("--threshold must be between 1 and 101") }
        if transcriptFormat != nil && output == nil {
            throw ValidationError("\(file) is a transcript: give --output for the bilingual JSONL to write")
        }
    }

    func run() async throws {
        let store = try memory.open()
        let pretranslator = Pretranslator(memory: store, threshold: threshold)
        let report: PretranslationReport
        if let transcriptFormat {
            let transcript = try TranscriptFile.read(contentsOf: file, format: transcriptFormat)
            let segmentation = try SegmentationLanguage.named(language)
            report = try pretranslator.pretranslate(
                transcript: transcript, language: segmentation, sourceLanguage: language,
                output: output ?? file)
        } else {
            report = try pretranslator.pretranslate(input: file, output: output ?? file)
        }
        StandardError.write(
            """
            \(file): \(report.segments) segments: \(report.contextMatches) context (101%), \(report.exactMatches) exact, \
            \(report.fuzzyMatches) fuzzy, \(report.unmatched) without a match, \(report.alreadyTranslated) already translated

            """)
    }
}
