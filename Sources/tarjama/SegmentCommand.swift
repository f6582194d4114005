import ArgumentParser
import Tarjama
import TarjamaText

/// `tarjama segment`: cuts transcripts into sentence segments.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut transcripts into sentence segments (JSONL, TSV or plain text).",
        discussion: """
            A file that already holds one sentence or paragraph per line (most lines end with \
            punctuation; the open ones are short headings or items) keeps its line breaks as boundaries, \
            with a note on standard error; --lines and --reflow decide instead. Otherwise lines inside \
            a paragraph are re-flowed: a hard wrap does not end a sentence unless the line \
            ends with . ! ? ؟ or, unpunctuated, ends a statement and the next line opens one (وكالة, قال, \
            أكد ...) or a news lead (ألقي, ذكرت, تم ...). An unpunctuated headline run into its lead on one \
            line is cut before the lead's opening verb. A blank line always ends a paragraph. Abbreviations (د. م. ق.م. Mr. U.S.), decimals \
            and ellipses do not break.

            JSONL records: {"id","doc","n","text","start","end","paragraph","dir"}. id is <doc>:<n>, doc the \
            file name without its last extension; start/end are UTF-16 offsets into the original file (end \
            exclusive); text shows hard wraps as one space; dir is the segment's base direction (rtl, ltr \
            or neutral). TSV has the same columns under a header; text is one segment per line with a \
            blank line between paragraphs.

            A file with unbalanced bidi controls (an RLO or LRE never closed, the "Trojan Source" trick) is         refused; `tarjama bidi --audit` lists them and `tarjama bidi --strip` removes them.

            --srx FILE loads SRX 2.0 rules (OmegaT, Okapi): where a rule for the language matches, its \
            break or no-break decision overrides the built-in rules. The rules see the text as ICU does,         hard wraps as spaces; with rule files that break at line breaks, add --lines.

            Subtitle files (.srt, .vtt, or --input-format srt|webvtt) are read as their cue text: cue \
            numbers, timing lines and markup are left out, a sentence may run across cues and a cue may \
            hold two. Each segment then has the time span of the cues it came from: startTime and \
            endTime in seconds (1.500) in JSONL, two TSV columns before text, [00:00:01.000 → \
            00:00:04.500] before each text line; start/end count UTF-16 units of the cue text.
            """
    )

    @Argument(help: "UTF-8 text files; - reads standard input.")
    var files: [String]

    @OptionGroup var input: TranscriptInputOptions

    @Option(name: .customLong("lang"), help: "The language of the text: ar (default) or en.")
    var language = "ar"

    @Option(help: "Output format: jsonl (default), tsv or text.")
    var format = "jsonl"

    @Option(help: "An SRX 2.0 rule file to apply on top of the built-in rules.")
    var srx: String?

    @OptionGroup var layout: LayoutOptions

    @Flag(
        help:
            "Say which rule started each segment (start, paragraph, punctuation, list-item, line-end, headline, srx): a \"rule\" field in JSONL, [rule] before each text line."
    )
    var explain = false

    // For evaluations (Scripts/segmentation-cv.py), not for users: rule choices set from
    // training data, and ICU's bare boundaries as the baseline.
    @Option(help: ArgumentHelp("A segmentation tuning file (see SegmentationTuning).", visibility: .hidden))
    var tuning: String?

    @Flag(help: ArgumentHelp("Cut at ICU's sentence boundaries only.", visibility: .hidden))
    var icuOnly = false

    @Option(name: [.customShort("o"), .long], help: "Where to write; - (default) is standard output.")
    var output = "-"

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE, or - for standard input") }
    }

    func run() throws {
        let language = try SegmentationLanguage.named(self.language)
        let format = try SegmentFormat.named(self.format)
        let rules = try srx.map { path throws(SRXError) in try SRXRules.load(contentsOf: path) }
        let tuning =
            try self.tuning.map { path in
                try SegmentationTuning(parsing: try TranscriptFile.read(contentsOf: path, format: .text).document.text, source: path)
            } ?? .shipped
        let reflowing = try SentenceSegmenter(language: language, reflow: true, srx: rules, tuning: tuning)
        let byLine = try SentenceSegmenter(language: language, reflow: false, srx: rules, tuning: tuning)
        let transcripts = try files.map { path throws(TranscriptFileError) in try input.read(path) }
        let timeColumns = transcripts.contains { $0.timing != nil }
        let writer = try AtomicFileWriter(path: output)
        for (index, transcript) in transcripts.enumerated() {
            let reflows = layout.reflows(transcript.document, openLineShare: tuning.openLineShareForLines)
            if let note = layout.note(for: transcript.document, reflows: reflows) { StandardError.write(note) }
            let segmenter = reflows ? reflowing : byLine
            let segmented =
                icuOnly
                ? try byLine.segmentWithICUOnly(transcript.document)
                : try segmenter.segment(transcript.document, workers: ParallelWork.defaultWorkers)
            let reasons = explain && !icuOnly ? try segmenter.explain(segmented) : nil
            try format.write(
                segmented, times: transcript.times(of: segmented), to: writer,
                isFirst: index == 0, timeColumns: timeColumns, rules: reasons)
        }
        try writer.commit()
    }
}
