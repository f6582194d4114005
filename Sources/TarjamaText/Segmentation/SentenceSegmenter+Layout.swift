extension SentenceSegmenter {
    /// Whether `document` already holds one sentence or paragraph per line (UN documents,
    /// exported subtitles, a pasted list), so its line breaks should be kept as boundaries
    /// rather than re-flowed as hard wraps.
    ///
    /// A hard wrap leaves lines open in mid-sentence at about the wrap width; a line-per-segment
    /// text leaves few lines open, and those are short (headings, list items). So: at least
    /// four non-blank lines, and at most one or `openLineShare` of the lines before the last
    /// end without sentence or clause punctuation while being at least 60% of the median line
    /// length. The share was set by reading line-per-segment news and UN files (0.03–0.09)
    /// against hard-wrapped transcripts (0.29–0.42); `Scripts/segmentation-cv.py` chooses it on
    /// training folds (passing it as ``SegmentationTuning/openLineShareForLines``) and scores the
    /// layout decision on the held-out fold.
    ///
    /// - Complexity: O(n), plus O(l log l) for the median of l line lengths.
    public static func looksLikeOneSegmentPerLine(
        _ document: Document,
        openLineShare: Double = openLineShareForLines
    ) -> Bool {
        var lines: [(length: Int, open: Bool)] = []
        document.units.withUnsafeBufferPointer { text in
            var start = 0
            while start < text.count {
                // Line breaks are rare: skip four units at a time to the next candidate.
                var end = TextUnits.skipToPossibleLineBreak(in: text, from: start)
                while end < text.count, !TextUnits.isLineBreak(text[end]) { end += 1 }
                var last = end
                while last > start, TextUnits.isSpace(text[last - 1]) || isBidiControl(text[last - 1]) { last -= 1 }
                var first = start
                while first < last, TextUnits.isSpace(text[first]) { first += 1 }
                if first < last { lines.append((last - first, !closesLine(text[last - 1]))) }
                start = end + 1
            }
        }
        guard lines.count >= 4 else { return false }
        let median = lines.map(\.length).sorted()[lines.count / 2]
        let openLong = lines.dropLast().filter { $0.open && $0.length * 10 >= median * 6 }.count
        // One open line is allowed however short the file (a list's unpunctuated first item).
        return openLong <= 1 || Double(openLong) <= openLineShare * Double(lines.count - 1)
    }

    /// The most lines left open at wrap length, as a share, for a text still read as one
    /// segment per line.
    public static let openLineShareForLines = SegmentationTuning.shipped.openLineShareForLines

    /// Punctuation that closes a sentence, clause or list line.
    private static func closesLine(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x061F, 0x061B, 0x06D4, 0x2026, 0x22, 0xBB, 0x29, 0x201D: true
        default: false
        }
    }
}
