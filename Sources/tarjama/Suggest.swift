import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama suggest`: glossary, number and name suggestions per segment.
struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List glossary suggestions for each segment of an Arabic transcript.",
        discussion: """
            The file is cut into sentence segments (as `tarjama segment` does) and every glossary term \
            in each is found in any spelling: حماة/حماه, إدلب/ادلب, with clitics (والرقة, لمجلس الشعب, \
            للمسلحين) and recorded variants (الفوعا). The longest term wins. Numbers are given as English \
            news writes them (تسع وعشرين → 29, أربع → four, 42 مليون → 42 million) and dates in the \
            British order (15 كانون الأول 2016 → 15 December 2016). A person the glossary does not know, where the text \
            shows one (a title such as محافظ, وزير, د.; a reporting verb before a known name; a known \
            given name; a name after و), gets the agency spelling from the name dictionary, marked low \
            confidence. Left out unless --guesses is given: a name with words the dictionary lacks \
            (then match and confidence guess), and a name with a word whose agency spelling is a coin \
            toss (محمد Mohammed or Muhammad, حسين Hussein or Hossein; then match and confidence \
            ambiguous, the other spellings as alternatives). A forename alone before a word the \
            dictionary lacks, or a name cut short at a particle (دي, فان, بن), is half a name and never \
            suggested.

            JSONL: one object per segment, {"id","text","start","end","suggestions":[{"start","end",\
            "source","rendering","alternatives","type","match",...}]}; offsets are UTF-16 units of the \
            file; match is exact, normalised, clitic, contracted, variant, plural, dual, indefinite, \
            definite, split (وقف لإطلاق النار), pronoun (حقوقهم), number, date, dictionary (a name spelled from the name dictionary), \
            ambiguous (a dictionary spelling agencies split on; with --guesses) or guess (some vowels guessed; with --guesses).

            A subtitle file (.srt, .vtt, or --input-format srt|webvtt) is read as its cue text; each \
            segment shows the time span of its cues ([00:00:01.000 → 00:00:04.500] in text, startTime \
            and endTime in seconds in JSONL) and offsets count UTF-16 units of the cue text.
            """
    )

    @Argument(help: "A UTF-8 Arabic text file (or SRT/WebVTT subtitles); - reads standard input.")
    var file: String

    @OptionGroup var input: TranscriptInputOptions

    @OptionGroup var layout: LayoutOptions

    @OptionGroup var glossary: GlossaryOptions

    @Option(help: "Output format: text (default) or jsonl.")
    var format: OutputFormat = .text

    @Flag(help: "Leave out suggestions for names the glossary does not know.")
    var noNames = false

    @Flag(
        help:
            "Also suggest names whose spelling the rules must guess for some word (match guess, confidence guess), and names whose agency spelling is a coin toss (محمد: Mohammed, Muhammad; match ambiguous, confidence ambiguous); left out by default, since either is as likely wrong as right."
    )
    var guesses = false

    enum Style: String, ExpressibleByArgument, CaseIterable {
        case reuters, ap, bbc, un
        var nameStyle: NameStyle { NameStyle(rawValue: rawValue) ?? .reuters }
    }

    @Option(help: "names: a house style for romanised names: reuters, ap (Bashar Assad, Gadhafi), bbc, un (Al-Assad, Qadhafi).")
    var style: Style?

    @Flag(help: "Leave out number suggestions.")
    var noNumbers = false

    @Option(name: [.customShort("o"), .long], help: "Where to write; - (default) is standard output.")
    var output = "-"

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
        var jobFormat: SuggestionJob.Format { self == .jsonl ? .jsonl : .text }
    }

    func run() throws {
        GlossarySuggester.prepareSharedTables()
        let transcript = try input.read(file)
        let document = transcript.document
        var suggester = GlossarySuggester(glossary: try glossary.load(reportIssues: true), nameStyle: style?.nameStyle)
        suggester.suggestsNames = !noNames
        suggester.suggestsGuessedNames = guesses
        suggester.suggestsNumbers = !noNumbers
        let reflows = layout.reflows(document)
        if let note = layout.note(for: document, reflows: reflows) { StandardError.write(note) }
        let segmented = try SentenceSegmenter(language: .arabic, reflow: reflows).segment(document, workers: ParallelWork.defaultWorkers)
        let times = transcript.times(of: segmented)
        let writer = try AtomicFileWriter(path: output)
        try SuggestionJob(suggester: suggester, format: format.jobFormat).write(segmented, times: times, to: writer)
        try writer.commit()
    }
}
