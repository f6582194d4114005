extension BoundaryRules {
    /// Whether the full stop at `dot`, after the token starting at `wordStart`, closes an English
    /// paragraph number ("4.", "12.", "III.") rather than a sentence: the token is one to three
    /// digits or a Roman numeral of up to four letters, and it stands where a paragraph opens —
    /// at the start of the text or a line, or right after . ; : ! ? (closing quotes aside; not
    /// after an abbreviation that announces a number, such as No.).
    /// Resolutions and reports number their paragraphs so (`…in both fields; 4. Calls upon…`,
    /// `…support. 6. A State…`), and ICU, which breaks after any full stop before a capital,
    /// puts the boundary after the number instead of before it. A number after a word
    /// ("…in paragraph 4. The Council…") still ends its sentence.
    static func closesParagraphNumber(dot: Int, wordStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        let length = dot - wordStart
        guard length >= 1, length <= 4 else { return false }
        let token = text[wordStart..<dot]
        let digits = length <= 3 && token.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let roman = token.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C || $0 == 0x43 }  // I V X L C
        guard digits || roman else { return false }
        var before = wordStart
        while before > 0, TextUnits.isHorizontalSpace(text[before - 1]) { before -= 1 }
        guard before > 0, !TextUnits.isLineBreak(text[before - 1]) else { return true }
        while before > 0, TextUnits.isClosing(text[before - 1]) { before -= 1 }
        guard before > 0 else { return true }
        switch text[before - 1] {
        case 0x3B, 0x3A, 0x21, 0x3F:
            return true
        case 0x2E:
            // Not the number an abbreviation announces ("room No. 3.", "pp. 12.").
            let stop = before - 1
            let word = String(decoding: text[TextUnits.wordStart(endingAt: stop, in: text)..<stop], as: UTF16.self)
            return !EnglishLexicon.beforeNumbers.contains(word)
        default:
            return false
        }
    }
}
