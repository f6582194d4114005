extension BoundaryRules {
    /// Where numbered or lettered list items start after a semicolon or colon, as UN
    /// resolutions and reports lay out their paragraphs (`…؛ 21 - تؤكد …`, `…: (أ) …`,
    /// `…؛ وإذ تشير …`): each item is its own segment, the way a translator works through it.
    /// ICU sees no sentence end there, since ؛ and : end clauses, not sentences.
    ///
    /// After a comma (، or ,) only numbered paragraphs and preambular clauses start an item: a
    /// resolution's preambular paragraphs end with a comma before the next one or before the
    /// first operative paragraph (`…المحرز نحو تنفيذه، وإذ تحيط علما…`, `…هذا الجيل، 8 - تدعو`).
    /// A numbered paragraph also starts after a heading or title that has no punctuation of
    /// its own (`…مقدم إلى المجلس التنفيذي 2 - يشجع`; see ``numberedParagraphStart(dash:in:)``).
    ///
    /// - Complexity: O(n), reading only what follows each ؛ ; : ، , and what surrounds each dash.
    static func listItemStarts(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        var starts: [Int] = []
        TextUnits.forEachCandidate(
            in: text,
            mayHold: { block in
                (block .== SIMD16(repeating: 0x061B)) .| (block .== SIMD16(repeating: 0x3B)) .| (block .== SIMD16(repeating: 0x3A))
                    .| (block .== SIMD16(repeating: 0x060C)) .| (block .== SIMD16(repeating: 0x2C))
                    .| (block .== SIMD16(repeating: 0x2D)) .| (block .== SIMD16(repeating: 0x2013))
            },
            isCandidate: { unit in
                unit == 0x061B || unit == 0x3B || unit == 0x3A || unit == 0x060C || unit == 0x2C || unit == 0x2D || unit == 0x2013
            }
        ) { position in
            let unit = text[position]
            switch unit {
            case 0x2D, 0x2013:
                // The number sits before the dash, so its start may repeat one found after a comma.
                if let start = numberedParagraphStart(dash: position, in: text), starts.last.map({ $0 < start }) ?? true {
                    starts.append(start)
                }
            default:
                appendListItemStart(after: position + 1, following: unit, in: text, to: &starts)
            }
        }
        return starts
    }

    /// Where the numbered paragraph whose dash is at `dash` starts, when the number follows a
    /// heading or title that has no punctuation of its own (`مشروع مقرر مقدم إلى المجلس
    /// التنفيذي 2 - يشجع اليونيسيف`): one to three digits, a space, the dash, a space and an
    /// Arabic word, after a word that does not announce a number (الفقرة 2 - ...,
    /// ``ArabicLexicon/numberReferences``), is not a particle or preposition, and is not itself
    /// a number (`المادتين 5 و 6 - ...`). Nil otherwise. The other places a numbered paragraph
    /// starts (after ؛ ، or a line break) are ``appendListItemStart(after:following:in:to:)``'s.
    static func numberedParagraphStart(dash: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard dash + 2 < text.count, TextUnits.isHorizontalSpace(text[dash + 1]) else { return nil }
        var after = dash + 1
        while after < text.count, TextUnits.isHorizontalSpace(text[after]) { after += 1 }
        guard after < text.count, TextUnits.isArabicLetter(text[after]) else { return nil }
        var digitsEnd = dash
        while digitsEnd > 0, TextUnits.isHorizontalSpace(text[digitsEnd - 1]) { digitsEnd -= 1 }
        var start = digitsEnd
        while start > 0, digitsEnd - start < 4, TextUnits.isDigit(text[start - 1]) { start -= 1 }
        guard start < digitsEnd, digitsEnd - start <= 3, start > 0, TextUnits.isHorizontalSpace(text[start - 1]) else { return nil }
        var before = start - 1
        while before > 0, TextUnits.isHorizontalSpace(text[before - 1]) { before -= 1 }
        guard before > 0 else { return nil }
        let last = text[before - 1]
        // After a line break, a sentence end or a closing bracket the number opens its paragraph;
        // after ؛ ، or : the list-item rule decides, and a colon introduces the list itself.
        if TextUnits.isLineBreak(last) || TextUnits.isTerminator(last) || last == 0x29 || last == 0x2A { return start }
        guard TextUnits.isWordUnit(last), !TextUnits.isDigit(last) else { return nil }
        let wordStart = TextUnits.wordStart(endingAt: before, in: text)
        let word = text[wordStart..<before]
        if ArabicLexicon.numberReferences.contains(word) || ArabicLexicon.continuationWords.contains(word) { return nil }
        // A Latin word before the number is a heading in the other script or a code ("Rev 2 -").
        guard TextUnits.isArabicLetter(text[wordStart]) else { return nil }
        return start
    }

    /// Appends where a list item starts after the punctuation `unit` that ends at `index`, if one does.
    private static func appendListItemStart(
        after index: Int, following unit: UInt16, in text: UnsafeBufferPointer<UInt16>,
        to starts: inout [Int]
    ) {
        var next = index
        var lineBreak = false
        while next < text.count, TextUnits.isSpace(text[next]) {
            lineBreak = lineBreak || TextUnits.isLineBreak(text[next])
            next += 1
        }
        guard next > index, next < text.count else { return }
        // A run-in enumeration (`… (أ) كذا؛ (ب) كذا.`) is one sentence; items are segments
        // when the layout makes them paragraphs: on their own lines, or numbered paragraphs
        // (`21 - تؤكد`) and preambular clauses, which UN documents run on only when a
        // conversion joined their lines.
        guard let marker = listMarker(at: next, in: text) else {
            if unit == 0x3A ? opensConjoinedWord(at: next, in: text) : opensPreambularClause(at: next, in: text) {
                starts.append(next)
            }
            return
        }
        if unit == 0x060C || unit == 0x2C, !lineBreak {
            // After a comma in running text only a numbered paragraph that opens with a word
            // (`، 8 - تدعو`), not a range (`، 4 - 6`).
            if marker == .numberedParagraph, opensWord(afterMarkerAt: next, in: text) { starts.append(next) }
            return
        }
        // After a colon, the numbered paragraphs of the list it introduces (`بما يلي: 1 - تدعو`)
        // are paragraphs of their own, as UN documents lay them out; a number after a label
        // (`الرجال: 77 سنة`) has no dash and word after it.
        if lineBreak || (marker == .numberedParagraph && (unit != 0x3A || opensWord(afterMarkerAt: next, in: text))) {
            starts.append(next)
        }
    }

    /// Whether the word at `start` is the conjunction و on a clause opener: what a colon
    /// introduces (a list, a quotation, a statement) never opens with "and", so after a colon
    /// such a word starts the next sentence (`…في البند المعنون "الحالة في مالي": وفي هذا
    /// الصدد، يهيب…`) and the introduced text stood elsewhere (on the lines a conversion joined).
    ///
    /// Many words open with و as a root letter (وزير, وكالة, وقف, ولاية, واشنطن), and a colon
    /// before them is a label or a list (`المصدر: وكالة الأنباء`), so the و counts only where
    /// what follows it opens a clause: the article (والمجلس), للـ or بالـ, an imperfect or
    /// first-person verb prefix (ويلاحظ, وتدعو, ونحن, وأكد, وإذ …), or a particle (وفي, وقد,
    /// ولا, وهذا) — never a letter that cannot be one.
    static func opensConjoinedWord(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard start < text.count, text[start] == 0x0648 else { return false }
        var end = start + 1
        while end < text.count, TextUnits.isArabicLetter(text[end]) || (text[end] >= 0x064B && text[end] <= 0x0652) { end += 1 }
        let rest = text[(start + 1)..<end]
        guard rest.count >= 2 else { return false }
        if ArabicLexicon.clauseParticles.contains(rest) { return true }
        let first = rest[rest.startIndex]
        let second = rest[rest.startIndex + 1]
        switch first {
        case 0x0627: return second == 0x0644  // ال
        case 0x0644: return rest.count >= 4 && second == 0x0644  // لل
        case 0x0628: return rest.count >= 5 && second == 0x0627 && rest[rest.startIndex + 2] == 0x0644  // بال
        case 0x064A, 0x062A, 0x0646, 0x0623, 0x0625: return rest.count >= 3
        default: return false
        }
    }

    /// Whether an Arabic letter follows the list marker at `start` and its spaces.
    private static func opensWord(afterMarkerAt start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = start
        while index < text.count, TextUnits.isDigit(text[index]) { index += 1 }
        while index < text.count, TextUnits.isHorizontalSpace(text[index]) { index += 1 }
        guard index < text.count, text[index] == 0x2D || text[index] == 0x2013 || text[index] == 0x2014 else { return false }
        index += 1
        while index < text.count, TextUnits.isHorizontalSpace(text[index]) { index += 1 }
        return index < text.count && TextUnits.isArabicLetter(text[index])
    }

    /// The kinds of list marker.
    enum ListMarker {
        /// A paragraph number with a dash, `21 - تؤكد`, as UN documents number paragraphs.
        case numberedParagraph
        /// Any other item marker: `3.`, `4)`, `(12)`, `(ب)`, `ب -`, `ب)`.
        case item
    }

    /// The list marker at `start`, if there is one: digits of any script, up to three, or a
    /// lone letter, with a bracket, dash or (after digits) a full stop, then a space.
    static func listMarker(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> ListMarker? {
        var index = start
        let bracketed = text[index] == 0x28
        if bracketed { index += 1 }
        let itemStart = index
        while index < text.count, index - itemStart < 3, TextUnits.isDigit(text[index]) { index += 1 }
        let digits = index - itemStart
        if digits == 0 {
            guard index < text.count, TextUnits.isArabicLetter(text[index]) else { return nil }
            index += 1
            // A lone letter, not the first letter of a word.
            guard index < text.count, !TextUnits.isArabicLetter(text[index]) else { return nil }
        }
        var dash = false
        if bracketed {
            guard index < text.count, text[index] == 0x29 else { return nil }
            index += 1
        } else {
            while index < text.count, TextUnits.isHorizontalSpace(text[index]) { index += 1 }
            guard index < text.count else { return nil }
            let mark = text[index]
            dash = mark == 0x2D || mark == 0x2013 || mark == 0x2014
            guard dash || mark == 0x29 || (digits > 0 && mark == 0x2E) else { return nil }
            index += 1
        }
        guard index < text.count, TextUnits.isSpace(text[index]) else { return nil }
        return digits > 0 && dash ? .numberedParagraph : .item
    }

    /// Whether `start` opens a preambular paragraph of a resolution (وإذ / إذ + verb), which
    /// follows the previous paragraph's ؛ or ، the way a numbered item does.
    static func opensPreambularClause(at start: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        preambularOpeners.contains { form in
            start + form.count <= text.count && zip(form, text[start..<(start + form.count)]).allSatisfy { $0 == $1 }
        }
    }

    /// وإذ / واذ / إذ and a space, made once (the test runs after every semicolon and colon).
    private static let preambularOpeners: [[UInt16]] = [Array("وإذ ".utf16), Array("واذ ".utf16), Array("إذ ".utf16)]

}

extension SentenceSegmenter {
    /// The digits of the paragraph or item number that opens `units` (`10 - تقرر`, `(3) يطلب`,
    /// `٤. وتوصي`), after any leading spaces and bidi marks: the list marker the segmenter
    /// cuts UN paragraphs at. Nil when the text does not open with a numbered marker.
    public static func leadingItemNumber(in units: [UInt16]) -> Range<Int>? {
        units.withUnsafeBufferPointer { text in
            var start = 0
            while start < text.count, TextUnits.isHorizontalSpace(text[start]) || isBidiControl(text[start]) { start += 1 }
            guard start < text.count, BoundaryRules.listMarker(at: start, in: text) != nil else { return nil }
            let digitsStart = text[start] == 0x28 ? start + 1 : start
            var end = digitsStart
            while end < text.count, TextUnits.isDigit(text[end]) { end += 1 }
            return end > digitsStart ? digitsStart..<end : nil
        }
    }
}
