/// The paragraph structure of a document: its paragraphs (runs of non-blank lines) and the line
/// breaks inside them.
///
/// ICU's sentence rules break at every line break (UAX #29 rule SB4), which cuts hard-wrapped
/// transcripts mid-sentence. The segmenter gives ICU a scratch copy of each paragraph in which
/// these soft breaks are blanked to spaces of the same length, so ICU sees running text while
/// every offset still points at the original; blank lines still end paragraphs.
struct ParagraphLayout {
    /// A line break inside a paragraph, blanked to spaces in ICU's copy.
    struct SoftBreak {
        /// Where the line's break characters start (the end of the line).
        var lineEnd: Int
        /// Where the next line starts.
        var nextLineStart: Int
    }

    /// Each paragraph's range: from its first non-blank line to the end of its last one.
    var paragraphs: [Range<Int>] = []
    /// Line breaks inside paragraphs, in order (empty without re-flow).
    var softBreaks: [SoftBreak] = []

    /// Scans `units` once for lines and paragraphs.
    ///
    /// - Complexity: O(n).
    init(_ units: [UInt16], reflow: Bool) {
        units.withUnsafeBufferPointer { text in
            let count = text.count
            var lineStart = 0
            var paragraphStart = -1
            var paragraphEnd = 0
            var pendingBreak: (start: Int, end: Int)?
            while lineStart < count {
                // Find the end of the line: a tight loop with one well-predicted test per unit,
                // since line breaks are rare.
                var index = TextUnits.skipToPossibleLineBreak(in: text, from: lineStart)
                while index < count {
                    let unit = text[index]
                    if unit < 0x0E || unit == 0x85 || unit & 0xFFFE == 0x2028, TextUnits.isLineBreak(unit) { break }
                    index += 1
                }
                // A line is blank when only white space comes before its end (usually decided by
                // its first unit).
                var blank = true
                var probe = lineStart
                while probe < index {
                    if !TextUnits.isHorizontalSpace(text[probe]) { blank = false; break }
                    probe += 1
                }
                let lineEnd = index
                var breakEnd = lineEnd
                var endsParagraph = false
                if lineEnd < count {
                    let unit = text[lineEnd]
                    breakEnd = lineEnd + 1
                    if unit == 0x0D && breakEnd < count && text[breakEnd] == 0x0A { breakEnd += 1 }
                    endsParagraph = unit == 0x2029
                }
                if blank {
                    if paragraphStart >= 0 { paragraphs.append(paragraphStart..<paragraphEnd) }
                    paragraphStart = -1
                    pendingBreak = nil
                } else {
                    if paragraphStart < 0 {
                        paragraphStart = lineStart
                    } else if let pending = pendingBreak {
                        softBreaks.append(SoftBreak(lineEnd: pending.start, nextLineStart: pending.end))
                    }
                    paragraphEnd = lineEnd
                    pendingBreak = lineEnd < count ? (lineEnd, breakEnd) : nil
                    if endsParagraph {
                        paragraphs.append(paragraphStart..<paragraphEnd)
                        paragraphStart = -1
                        pendingBreak = nil
                    }
                }
                lineStart = breakEnd
            }
            if paragraphStart >= 0 { paragraphs.append(paragraphStart..<paragraphEnd) }
        }
        if !reflow { softBreaks = [] }
    }
}
