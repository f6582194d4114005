import ArgumentParser
import TarjamaText

/// `--lines` / `--reflow`: whether line breaks are sentence boundaries. By default each file
/// decides: one that already holds a sentence or paragraph per line keeps its line breaks;
/// a hard-wrapped transcript is re-flowed.
struct LayoutOptions: ParsableArguments {
    @Flag(
        name: [.customLong("lines"), .customLong("no-reflow")],
        help: "Keep every line break as a segment boundary (one sentence or paragraph per line).")
    var lines = false

    @Flag(help: "Re-flow hard-wrapped lines even where a file looks like one segment per line.")
    var reflow = false

    func validate() throws {
        if lines && reflow { throw ValidationError("give --lines or --reflow, not both") }
    }

    /// Whether `document`'s line breaks inside paragraphs are read as spaces.
    func reflows(_ document: Document, openLineShare: Double = SentenceSegmenter.openLineShareForLines) -> Bool {
        if lines { return false }
        if reflow { return true }
        return !SentenceSegmenter.looksLikeOneSegmentPerLine(document, openLineShare: openLineShare)
    }

    /// A note for standard error when the choice was made for the user.
    func note(for document: Document, reflows: Bool) -> String? {
        guard !lines, !reflow, !reflows else { return nil }
        return "note: \(document.source): one segment per line (its lines end with punctuation or are short); --reflow re-flows it\n"
    }
}
