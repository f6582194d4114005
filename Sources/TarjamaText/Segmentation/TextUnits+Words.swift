extension TextUnits {
    /// The start of the word (letters, digits, marks, inner full stops as in U.S or ق.م) that
    /// ends at `end`; `end` itself when no word ends there.
    static func wordStart(
        endingAt end: Int, in text: UnsafeBufferPointer<UInt16>, notBefore limit: Int = 0,
        allowingInnerStops: Bool = false
    ) -> Int {
        var start = end
        while start > limit {
            let unit = text[start - 1]
            if isWordUnit(unit) {
                start -= 1
            } else if allowingInnerStops, unit == 0x2E, start - 1 > limit, start < end, isWordUnit(text[start - 2]) {
                start -= 1
            } else {
                break
            }
        }
        return start
    }

    /// The range of the first word at or after `start`, skipping white space and opening
    /// punctuation; nil when there is none before `limit`.
    static func word(after start: Int, in text: UnsafeBufferPointer<UInt16>, limit: Int? = nil) -> Range<Int>? {
        let end = limit ?? text.count
        var index = start
        while index < end, !isWordUnit(text[index]) {
            if isLineBreak(text[index]) && index > start && isLineBreak(text[index - 1]) { return nil }
            index += 1
        }
        guard index < end else { return nil }
        var wordEnd = index
        while wordEnd < end, isWordUnit(text[wordEnd]) { wordEnd += 1 }
        return index..<wordEnd
    }

    /// Whether at least `minimum` words lie in `range`, counting backwards from its end and
    /// stopping as soon as the answer is known.
    static func hasWords(_ minimum: Int, in range: Range<Int>, of text: UnsafeBufferPointer<UInt16>) -> Bool {
        var count = 0
        var inWord = false
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            let word = isWordUnit(text[index])
            if word && !inWord {
                count += 1
                if count >= minimum { return true }
            }
            inWord = word
        }
        return false
    }
}
