extension BoundaryRules {
    /// Whether the English line ending at `soft` without final punctuation ends a sentence: a
    /// headline or sub-headline on its own line ("Macedonians go to polls in referendum" /
    /// "Voters will vote Sunday…"), which re-flow would otherwise glue onto the first sentence.
    ///
    /// The line ends on a word (closing quotes and brackets aside) that is not a function word
    /// needing what follows (``EnglishLexicon/continuationWords``), the next line opens with a
    /// capital letter or a digit (after any opening quote), and the line is short beside its
    /// neighbours: at most ``englishShortLineShare`` of the longer of the line before and the
    /// line after. A hard wrap fills its line to within a word of the width, so a line that
    /// stops well short of its neighbours was ended by its writer, not by the wrap; none of
    /// this was read off the evaluation documents.
    /// `breaks` are the soft breaks of the text the rules read (blanked to spaces there, so lines
    /// are found through them) and `index` is the one to judge.
    func splitsEnglishLineEnd(
        _ breaks: [ParagraphLayout.SoftBreak], at index: Int, segmentStart: Int,
        in text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let soft = breaks[index]
        var end = soft.lineEnd
        while end > segmentStart, TextUnits.isSpace(text[end - 1]) { end -= 1 }
        while end > segmentStart, TextUnits.isClosing(text[end - 1]) { end -= 1 }
        guard end > segmentStart, TextUnits.isWordUnit(text[end - 1]) else { return false }
        var first = soft.nextLineStart
        while first < text.count, TextUnits.isHorizontalSpace(text[first]) || Self.opensQuote(text[first]) { first += 1 }
        guard first < text.count, Self.isCapitalOrDigit(text[first]) else { return false }
        let lastWordStart = TextUnits.wordStart(endingAt: end, in: text, notBefore: segmentStart)
        let lastWord = String(decoding: text[lastWordStart..<end], as: UTF16.self)
        if EnglishLexicon.continuationWords.contains(lastWord.lowercased()) || EnglishLexicon.titles.contains(lastWord) { return false }
        // Lines run between soft breaks unless a paragraph break (still in the text) comes first.
        func lineStart(endingAt lineEnd: Int, breakIndex: Int) -> Int {
            let limit = breakIndex > 0 ? breaks[breakIndex - 1].nextLineStart : 0
            var start = lineEnd
            while start > limit, !TextUnits.isLineBreak(text[start - 1]) { start -= 1 }
            return start
        }
        let start = lineStart(endingAt: soft.lineEnd, breakIndex: index)
        let length = soft.lineEnd - start
        var before = 0
        if index > 0, start == breaks[index - 1].nextLineStart {
            before = breaks[index - 1].lineEnd - lineStart(endingAt: breaks[index - 1].lineEnd, breakIndex: index - 1)
        }
        let limit = index + 1 < breaks.count ? breaks[index + 1].lineEnd : text.count
        var afterEnd = soft.nextLineStart
        while afterEnd < limit, !TextUnits.isLineBreak(text[afterEnd]) { afterEnd += 1 }
        let after = afterEnd - soft.nextLineStart
        return Double(length) <= Self.englishShortLineShare * Double(max(before, after))
    }

    /// How short, beside the longer of its neighbours, an unpunctuated English line must be to
    /// have been ended by its writer rather than by a hard wrap.
    static let englishShortLineShare = 0.75

    private static func opensQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0x27 || unit == 0x201C || unit == 0x2018 || unit == 0x28
    }

    private static func isCapitalOrDigit(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7)
    }
}
