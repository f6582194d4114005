/// The paragraph structure of a document and the copy of its text that ICU reads.
///
/// ICU's sentence rules break at every line break (UAX #29 rule SB4), which cuts hard-wrapped
/// transcripts mid-sentence. The re-flowed copy replaces each line break *inside* a paragraph
/// with spaces of the same length, so ICU sees running text while every offset still points at
/// the original; blank lines stay as they are and still end paragraphs.
struct ReflowedText {
    /// A line break inside a paragraph, replaced by spaces in the copy.
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
    /// The text ICU reads: the original with soft breaks blanked out, or nil when it is the
    /// original itself (no re-flow, or nothing to re-flow).
    var scratch: [UInt16]?

    /// Scans `units` once for lines and paragraphs.
    ///
    /// - Complexity: O(n); one copy of the text when `reflow` finds a soft break.
    init(_ units: [UInt16], reflow: Bool) {
        units.withUnsafeBufferPointer { text in
            let count = text.count
            var lineStart = 0
            var paragraphStart = -1
            var paragraphEnd = 0
            var pendingBreak: (start: Int, end: Int)?
            while lineStart < count {
                // Find the end of the line and whether it holds anything but white space.
                var blank = true
                var index = lineStart
                while index < count {
                    let unit = text[index]
                    if TextUnits.isLineBreak(unit) { break }
                    if blank && !TextUnits.isHorizontalSpace(unit) { blank = false }
                    index += 1
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
        if !reflow {
            softBreaks = []
            return
        }
        if !softBreaks.isEmpty {
            var copy = units
            copy.withUnsafeMutableBufferPointer { buffer in
                for soft in softBreaks {
                    for offset in soft.lineEnd..<soft.nextLineStart { buffer[offset] = 0x20 }
                }
            }
            scratch = copy
        }
    }
}
