extension BoundaryRules {
    /// Whether the paragraph number ending at `dot` (one to three digits or a Roman numeral,
    /// see ``closesParagraphNumber(dot:wordStart:in:)``) opens a paragraph that runs on after a
    /// comma or after a heading or title without punctuation of its own (`…the five generational
    /// opportunities, 8. Further calls upon…`, `…Fifty-fourth session II. Replies received…`,
    /// `…Draft decision submitted to the Executive Board 2. Encourages…`): where a joined
    /// document loses its line ends, the number still starts the paragraph.
    ///
    /// Not after a word that announces a number (`paragraph 4.`, `annex II.`, `on March 8.`,
    /// ``EnglishLexicon/numberReferences``) or a function word (`rose to 12.`): there the number
    /// ends its sentence and ICU's break after it stands.
    static func opensRunInParagraph(dot: Int, wordStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard isParagraphNumber(text[wordStart..<dot]) else { return false }
        var before = wordStart
        while before > 0, TextUnits.isHorizontalSpace(text[before - 1]) { before -= 1 }
        guard before > 0, before < wordStart else { return false }
        let last = text[before - 1]
        if last == 0x2C || last == 0x29 || last == 0x2A { return true }  // , ) *
        // After a date or a figure that closes a heading (`…11 March 2015 3. Election of officers`).
        if TextUnits.isDigit(last) { return true }
        guard TextUnits.isWordUnit(last) else { return false }
        let previousStart = TextUnits.wordStart(endingAt: before, in: text)
        let previous = String(decoding: text[previousStart..<before], as: UTF16.self)
        // A lone Roman letter (I, V, X) after a word is the pronoun or a label ("than I.").
        if dot - wordStart == 1, !TextUnits.isDigit(text[wordStart]) { return false }
        let lowered = previous.lowercased()
        return !EnglishLexicon.numberReferences.contains(lowered) && !EnglishLexicon.continuationWords.contains(lowered)
            && !EnglishLexicon.titles.contains(previous) && !EnglishLexicon.beforeNumbers.contains(previous)
    }

    /// One to three digits, or a Roman numeral of up to five letters (I V X L C).
    static func isParagraphNumber(_ token: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        guard !token.isEmpty, token.count <= 5 else { return false }
        if token.count <= 3, token.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        return token.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C || $0 == 0x43 }
    }

    /// Where English paragraphs that run on start: numbered paragraphs after a semicolon
    /// (`…fields; 4. Calls upon…`, when `paragraphNumbers`), and, when `runIns`, numbered or
    /// Roman-numbered paragraphs after a comma or an unpunctuated heading
    /// (``opensRunInParagraph(dot:wordStart:in:)``) and a resolution's preambular paragraphs after
    /// the comma or semicolon that ends the one before (`…its implementation, Taking note of…`).
    /// ICU sees no sentence end at , or ; so these are added to its boundaries (the Arabic
    /// counterpart is ``listItemStarts(in:)``).
    ///
    /// - Complexity: O(n), reading only what follows each ; and , and what precedes each full stop.
    static func englishParagraphStarts(in text: UnsafeBufferPointer<UInt16>, paragraphNumbers: Bool, runIns: Bool) -> [Int] {
        var starts: [Int] = []
        guard paragraphNumbers || runIns else { return starts }
        TextUnits.forEachCandidateBlock(
            in: text,
            mayHold: { block in
                (block .== SIMD16(repeating: 0x3B)) .| (block .== SIMD16(repeating: 0x2C)) .| (block .== SIMD16(repeating: 0x2E))
            }
        ) { block in
            for position in block {
                switch text[position] {
                case 0x3B:
                    if paragraphNumbers, let start = numberedParagraph(after: position, in: text) { starts.append(start) }
                    if runIns, let start = preambularParagraph(after: position, in: text) { starts.append(start) }
                case 0x2C:
                    if runIns, let start = preambularParagraph(after: position, in: text) { starts.append(start) }
                case 0x2E:
                    guard runIns, position + 2 < text.count, text[position + 1] == 0x20, isCapital(text[position + 2]) else { continue }
                    let wordStart = TextUnits.wordStart(endingAt: position, in: text)
                    if wordStart < position, opensRunInParagraph(dot: position, wordStart: wordStart, in: text) { starts.append(wordStart) }
                default:
                    continue
                }
            }
            return true
        }
        starts.sort()
        var unique: [Int] = []
        unique.reserveCapacity(starts.count)
        for start in starts where unique.last != start { unique.append(start) }
        return unique
    }

    /// The start of `4. Calls upon` after the semicolon at `position`: one to three digits and a
    /// full stop, then a space and a capital letter.
    private static func numberedParagraph(after position: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        var next = position + 1
        while next < text.count, TextUnits.isSpace(text[next]) { next += 1 }
        let start = next
        while next < text.count, next - start < 3, text[next] >= 0x30 && text[next] <= 0x39 { next += 1 }
        guard next > start, start > position + 1, next + 2 < text.count, text[next] == 0x2E, text[next + 1] == 0x20,
            isCapital(text[next + 2])
        else { return nil }
        return start
    }

    /// The start of a preambular paragraph after the comma or semicolon at `position`: a
    /// capitalised participle or adjective that resolutions open such paragraphs with
    /// (``EnglishLexicon/preambularOpeners``). A capital after a comma is otherwise a name.
    private static func preambularParagraph(after position: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        var next = position + 1
        while next < text.count, TextUnits.isSpace(text[next]) { next += 1 }
        guard next > position + 1, next < text.count, isCapital(text[next]) else { return nil }
        var end = next
        while end < text.count, end - next <= 16, TextUnits.isWordUnit(text[end]) { end += 1 }
        return EnglishLexicon.preambularOpeners.contains(String(decoding: text[next..<end], as: UTF16.self)) ? next : nil
    }

    /// ``englishParagraphStarts(in:paragraphNumbers:runIns:)`` with this rule set's choices.
    func englishParagraphStarts(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        Self.englishParagraphStarts(in: text, paragraphNumbers: englishParagraphNumbers, runIns: englishRunInParagraphs)
    }

    static func isCapital(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }
}

extension EnglishLexicon {
    /// Words after which a number is the one they announce (`paragraph 4.`, `annex II.`,
    /// `March 8.`), lower-cased: references in documents, units of time and measure, months.
    static let numberReferences: Set<String> = [
        "paragraph", "paragraphs", "para", "paras", "subparagraph", "article", "articles", "art", "annex", "annexes",
        "appendix", "chapter", "chapters", "section", "sections", "part", "parts", "table", "tables", "figure", "fig",
        "footnote", "note", "notes", "resolution", "resolutions", "decision", "decisions", "item", "items", "rule",
        "rules", "regulation", "regulations", "page", "pages", "volume", "vol", "no", "nos", "number", "schedule", "box",
        "step", "phase", "stage", "level", "grade", "class", "category", "option", "principle", "recommendation",
        "recommendations", "goal", "goals", "target", "targets", "objective", "protocol",
        "amendment", "line", "lines", "column", "version", "clause", "title", "book", "act", "round", "indicator",
        "question", "questions", "point", "points", "room", "floor", "aged", "age", "ages", "top", "nearly", "almost",
        "some", "only", "just", "least", "most", "around", "approximately", "total", "totalled", "totaled", "reached",
        "killed", "injured", "score", "scored", "week", "day", "year", "hour", "minute", "game", "match", "race",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The participles and adjectives that open a resolution's preambular paragraphs (standard
    /// UN drafting: "Recalling …,", "Deeply concerned …,"), capitalised as they open one.
    static let preambularOpeners: Set<String> = [
        "Noting", "Recalling", "Recognizing", "Recognising", "Reaffirming", "Welcoming", "Taking", "Bearing", "Having",
        "Expressing", "Emphasizing", "Emphasising", "Stressing", "Acknowledging", "Concerned", "Deeply", "Mindful",
        "Aware", "Convinced", "Alarmed", "Determined", "Guided", "Commending", "Underlining", "Reiterating",
        "Considering", "Affirming", "Encouraging", "Appreciating", "Believing", "Desiring", "Seeking", "Underscoring",
        "Observing", "Highlighting", "Cognizant", "Conscious", "Regretting", "Deploring", "Condemning", "Gravely",
        "Seriously", "Fully", "Acting", "Looking", "Keen", "Realizing", "Realising", "Reviewing", "Viewing", "Wishing",
    ]
}
