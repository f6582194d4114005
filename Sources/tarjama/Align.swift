import ArgumentParser
import Tarjama
import TarjamaText
#if canImport(Glibc)
import Glibc
#endif

/// `tarjama align`: pairs the sentences of Arabic documents with their English translations.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align a document with its translation, sentence by sentence, with a confidence score per pair.",
        discussion: """
            SOURCE and TARGET are plain text (cut into sentences with Tarjama's segmenter), one segment per \
            line with --presegmented (a blank line is a paragraph break; segment n is the n-th non-blank \
            line), or segment JSONL as `tarjama segment --format jsonl` writes it (files ending in .jsonl), \
            or SRT/WebVTT subtitles (files ending in .srt or .vtt: the cue text is segmented, and each pair \
            gets startTime/endTime in seconds, the span of its source cues). \
            With --batch, SOURCE and TARGET are directories and files are paired by name (report.ar.txt \
            pairs with report.en.txt or report.txt).

            Output: one bilingual JSONL record per pair, {"id","source","target","sourceLang", \
            "targetLang","score","bead","sourceIds","targetIds"} (or TSV: id, source, target, score). The \
            score is calibrated: 0.9 means about nine in ten such pairs are exactly right, in any document. \
            Review with --weakest-first; confirm a pair by setting "status":"confirmed" and re-run with \
            --pinned FILE: confirmed pairs are kept and only the stretches between them are re-aligned.

            With many documents (100 or more confident pairs after a first pass) Tarjama learns word \
            translations from the confident pairs (نوفمبر ↔ november, فقر ↔ poverty) and aligns every \
            document again with them as anchors; --no-learned-lexicon turns that off, and \
            --lexicon FILE writes what was learned as a glossary TSV.

            Warnings (stderr) flag document pairs that do not look like a translation, an empty side, or \
            sides far apart in length; their pairs score low.
            """
    )

    @Argument(help: "The source document (Arabic), or with --batch the source directory.")
    var source: String
    @Argument(help: "The target document (English), or with --batch the target directory.")
    var target: String

    @Flag(help: "SOURCE and TARGET are directories; align the files they share by name.")
    var batch = false
    @Option(help: "Source language (BCP 47).")
    var sourceLang = "ar"
    @Option(help: "Target language (BCP 47).")
    var targetLang = "en"
    @Option(help: "A glossary (TSV file or directory) whose terms serve as anchors; repeatable, earlier ones win.")
    var glossary: [String] = []
    @Flag(help: "The inputs hold one segment per line (blank line = paragraph break).")
    var presegmented = false
    @Option(help: "Output format: jsonl or tsv.")
    var format: PairFormat = .jsonl
    @Option(name: .shortAndLong, help: "Where to write the pairs (- for standard output).")
    var output = "-"
    @Option(help: "Also write the pairs with text on both sides to this TMX 1.4b file.")
    var tmx: String?
    @Option(help: "Leave out pairs scoring below this (0...1).")
    var minScore: Double?
    @Option(help: "A bilingual JSONL file whose \"status\":\"confirmed\" pairs are kept as they are.")
    var pinned: String?
    @Flag(help: "Do not learn word translations from a first pass to align again with.")
    var noLearnedLexicon = false
    @Option(help: "Write the learned word translations to this glossary TSV file.")
    var lexicon: String?
    @Flag(help: "Write the pairs sorted by score, weakest first, for review.")
    var weakestFirst = false
    @Option(name: .customLong("parameter"), help: .hidden)
    var parameters: [String] = []
    @Flag(help: .hidden)
    var uncalibrated = false
    @Flag(help: "Add each pair's evidence (the calibration features) as an \"evidence\" field.")
    var explain = false

    enum PairFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    func validate() throws {
        if let minScore, !(0...1).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 1")
        }
        var check = AlignmentParameters()
        for setting in parameters {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), check.setValue(value, forName: parts[0]) else {
                throw ValidationError(
                    "--parameter takes NAME=NUMBER (a finite number; initialBand 2 to 100000) with NAME one of \(AlignmentParameters.names.joined(separator: ", "))"
                )
            }
        }
    }

    func run() throws {
        var model = AlignmentParameters()
        for setting in parameters {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            // validate() accepted each one; a setting that does not parse is left out, never forced.
            if parts.count == 2, let value = Double(parts[1]) { _ = model.setValue(value, forName: parts[0]) }
        }
        let segmentAligner = SegmentAligner(parameters: model, confidence: uncalibrated ? .uncalibrated : .calibrated)
        var aligner = DocumentPairAligner(
            aligner: segmentAligner, sourceLanguage: sourceLang, targetLanguage: targetLang,
            format: presegmented ? .presegmented : nil, pinnedPath: pinned,
            glossary: glossary.isEmpty ? nil : GlossaryMatcher(glossary: try Glossary.load(paths: glossary)))
        aligner.learnsLexicon = !noLearnedLexicon
        var documents: [(source: String, target: String)] = [(source, target)]
        if batch {
            let pairing = try BatchPairing.pair(
                sourceDirectory: source, targetDirectory: target,
                sourceLanguage: sourceLang, targetLanguage: targetLang)
            for name in pairing.sourceOnly {
                StandardError.write("warning: \(source)/\(name): no file of the same name in \(target); skipped\n")
            }
            for name in pairing.targetOnly {
                StandardError.write("warning: \(target)/\(name): no file of the same name in \(source); skipped\n")
            }
            documents = pairing.pairs
        }
        var progress = ProgressBar(total: documents.count, enabled: documents.count >= 5 && isatty(2) != 0)
        let progressLine = AlignmentProgressLine(isTerminal: isatty(2) != 0)
        if !progress.enabled { aligner.onProgress = { progressLine.update($0) } }
        var job = AlignmentJob(documents: documents.map { (.file($0.source), .file($0.target)) }, aligner: aligner)
        job.minimumScore = minScore
        job.weakestFirst = weakestFirst
        job.explains = explain
        let aligned = try job.run { done, total in
            progress.total = total
            progress.update(done)
        }
        progress.finish()
        progressLine.finish()
        for warning in aligned.warnings { StandardError.write("warning: \(warning)\n") }
        if let lexicon {
            if let learned = aligned.lexicon {
                try GlossaryTSV.write(learned.glossary.entries, to: lexicon)
            } else {
                StandardError.write(
                    "warning: \(lexicon): not written: nothing was learned (too few confident pairs, or --no-learned-lexicon)\n")
            }
        }

        let writer = try AtomicFileWriter(path: output)
        if format == .tsv { try writer.write(BilingualTSV.header + "\n") }
        for record in aligned.records {
            try writer.write((format == .tsv ? BilingualTSV.line(for: record) : record.jsonLine) + "\n")
        }
        try writer.commit()
        if let tmx {
            let report = try AlignmentTMXExport.write(aligned.records, sourceLanguage: sourceLang, targetLanguage: targetLang, to: tmx)
            if let summary = report.removalSummary { StandardError.write("warning: \(tmx): \(summary)\n") }
        }
    }
}

/// A one-line progress bar on standard error, redrawn in place.
struct ProgressBar {
    var total: Int
    let enabled: Bool

    func update(_ done: Int) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        StandardError.write(
            "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(done)/\(total) steps")
    }

    func clear() { if enabled { StandardError.write("\r\u{1B}[K") } }
    func finish() { if enabled { StandardError.write("\n") } }
}
