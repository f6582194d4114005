/// What ICU's sentence rules get wrong for news transcripts, per language: abbreviations and
/// ellipses that ICU breaks after, and unpunctuated line ends that do end a statement.
struct BoundaryRules {
    let language: SegmentationLanguage
    /// How many words the sentence so far needs before an unpunctuated line end may end it;
    /// below this, a line like "وكالة سانا" is a wrapped heading of what follows.
    var minimumWordsBeforeLineSplit = SegmentationTuning.shipped.minimumWordsBeforeLineSplit
    /// The fewest words before a headline may end (``headlineWords`` bounds the most).
    var minimumHeadlineWords = SegmentationTuning.shipped.minimumHeadlineWords
    /// How many words the lead must have after the headline, up to the first sentence end.
    var minimumLeadWords = SegmentationTuning.shipped.minimumLeadWords
    /// Whether a present verb restating a headline word opens a lead.
    var restatingLeads = SegmentationTuning.shipped.restatingLeads
    /// Whether English unpunctuated line ends before a sentence opening are boundaries.
    var englishLineEnds = SegmentationTuning.shipped.englishLineEnds
    /// Whether English paragraph numbers (`; 4. Calls upon`) open their paragraph.
    var englishParagraphNumbers = SegmentationTuning.shipped.englishParagraphNumbers
    /// Whether English paragraphs run on after a comma or an unpunctuated heading open their own segment.
    var englishRunInParagraphs = SegmentationTuning.shipped.englishRunInParagraphs
    /// Whether a sentence opener run on after an unpunctuated English heading starts a segment.
    var englishRunInHeadings = SegmentationTuning.shipped.englishRunInHeadings
    /// The words that open a news lead when tuned; nil reads ``ArabicLexicon/leadOpeners``
    /// straight from the static, which the per-paragraph headline test borrows without copying.
    var tunedLeadOpeners: ArabicWordSet?

    init(language: SegmentationLanguage, tuning: SegmentationTuning = .shipped) {
        self.language = language
        minimumWordsBeforeLineSplit = tuning.minimumWordsBeforeLineSplit
        minimumHeadlineWords = tuning.minimumHeadlineWords
        minimumLeadWords = tuning.minimumLeadWords
        restatingLeads = tuning.restatingLeads
        englishLineEnds = tuning.englishLineEnds
        englishParagraphNumbers = tuning.englishParagraphNumbers
        englishRunInParagraphs = tuning.englishRunInParagraphs
        englishRunInHeadings = tuning.englishRunInHeadings
        tunedLeadOpeners = tuning.leadOpeners.map { ArabicLexicon.leadOpeners(adding: $0) }
    }

    /// Whether ICU's boundary at `boundary` (after the terminator, its closing quotes and the
    /// white space) stands.
    func keepsICUBoundary(_ boundary: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = boundary
        while end > 0, TextUnits.isHorizontalSpace(text[end - 1]) { end -= 1 }
        guard end > 0, !TextUnits.isLineBreak(text[end - 1]) else { return true }
        var stop = end
        while stop > 0, TextUnits.isClosing(text[stop - 1]) { stop -= 1 }
        guard stop > 0, text[stop - 1] == 0x2E else { return true }
        let dot = stop - 1
        if dot > 0, text[dot - 1] == 0x2E {
            // An ellipsis: in Arabic news it mostly trails off inside a sentence.
            return language == .english || opensStatement(after: boundary, in: text)
        }
        let wordStart = TextUnits.wordStart(endingAt: dot, in: text, allowingInnerStops: true)
        guard wordStart < dot else { return true }
        // A stop glued to the next letter after a short or dotted token is an abbreviation
        // written without spaces (ج.م.ع., U.S.A), not a sentence end with a missing space.
        if end == boundary, boundary < text.count, TextUnits.isWordUnit(text[boundary]),
            dot - wordStart <= 2 || text[wordStart..<dot].contains(0x2E)
        {
            return false
        }
        switch language {
        case .arabic:
            return keepsArabic(abbreviation: text[wordStart..<dot], boundary: boundary, in: text)
        case .english:
            if englishParagraphNumbers, Self.closesParagraphNumber(dot: dot, wordStart: wordStart, in: text) { return false }
            if englishRunInParagraphs, Self.opensRunInParagraph(dot: dot, wordStart: wordStart, in: text) { return false }
            return keepsEnglish(
                abbreviation: String(decoding: text[wordStart..<dot], as: UTF16.self),
                boundary: boundary, in: text)
        }
    }

    private func keepsArabic(
        abbreviation: Slice<UnsafeBufferPointer<UInt16>>, boundary: Int,
        in text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        var letters = 0
        var letter: UInt16 = 0
        for unit in abbreviation where ArabicLexicon.fold(unit) != nil {
            letters += 1
            letter = unit
        }
        let isSingleLetter = letters == 1 && TextUnits.isArabicLetter(letter)
        guard isSingleLetter || ArabicLexicon.abbreviations.contains(abbreviation) else { return true }
        if ArabicLexicon.yearMarkers.contains(abbreviation) { return opensStatement(after: boundary, in: text) }
        return false
    }

    private func keepsEnglish(abbreviation word: String, boundary: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        if EnglishLexicon.titles.contains(word) { return false }
        let next = TextUnits.word(after: boundary, in: text)
        if EnglishLexicon.beforeNumbers.contains(word) {
            guard let next else { return true }
            return !TextUnits.isDigit(text[next.lowerBound])
        }
        let isInitialism = word.contains(".") || (word.count == 1 && word.first?.isUppercase == true)
        if isInitialism, word.count <= 7 {
            guard let next else { return true }
            return EnglishLexicon.sentenceStarters.contains(String(decoding: text[next], as: UTF16.self))
        }
        return true
    }

    /// Whether the unpunctuated line end `soft` ends a statement (the sentence so far started at
    /// `segmentStart`): the line does not end on a word that needs a continuation, the sentence
    /// is long enough, and the next line opens a statement the way news copy does.
    func splitsAtLineEnd(_ soft: ParagraphLayout.SoftBreak, segmentStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard language == .arabic else { return false }
        var end = soft.lineEnd
        while end > segmentStart, TextUnits.isSpace(text[end - 1]) { end -= 1 }
        // A quotation that closes the line ends the statement it quotes as a word would
        // (…لم يقهر" / next line وقال …): the tests below read the word inside the quote.
        end = Self.endBeforeClosingQuote(end, segmentStart: segmentStart, in: text)
        guard end > segmentStart, TextUnits.isWordUnit(text[end - 1]) else { return false }
        // Cheapest test first: most wrapped lines are not followed by a statement opener (or,
        // after a headline on its own line, the verb a news lead opens with).
        guard let first = TextUnits.word(after: soft.nextLineStart, in: text) else { return false }
        let statement = ArabicLexicon.opens(first, in: text)
        let lead = statement || isLeadOpener(text[first])
        // The restating-lead test reads the whole line, so it waits for the cheap ones.
        guard lead || (restatingLeads && Self.looksLikePresentVerb(text[first])) else { return false }
        let lastWordStart = TextUnits.wordStart(endingAt: end, in: text, notBefore: segmentStart)
        if ArabicLexicon.continuationWords.contains(text[lastWordStart..<end])
            || ArabicLexicon.clauseWords.contains(text[lastWordStart..<end])
        {
            return false
        }
        // A lead verb right after أن ("…ان القوافل" / "وصلت…") is the clause's own verb.
        if !statement, hasComplementiser(before: end, notBefore: segmentStart, in: text) { return false }
        guard TextUnits.hasWords(minimumWordsBeforeLineSplit, in: segmentStart..<end, of: text) else { return false }
        return lead || opensRestatingLead(at: first, headline: segmentStart..<end, before: text.count, in: text)
    }

    /// `end` moved before one closing quotation mark (" ” »), when the quotation it closes opened
    /// in the same sentence: an even count of straight quotes, or a « before it. Otherwise `end`.
    static func endBeforeClosingQuote(_ end: Int, segmentStart: Int, in text: UnsafeBufferPointer<UInt16>) -> Int {
        guard end > segmentStart else { return end }
        let mark = text[end - 1]
        switch mark {
        case 0x0022:
            var count = 0
            for index in segmentStart..<end where text[index] == 0x0022 { count += 1 }
            return count >= 2 && count % 2 == 0 ? end - 1 : end
        case 0x201D:
            return text[segmentStart..<(end - 1)].contains(0x201C) ? end - 1 : end
        case 0x00BB:
            return text[segmentStart..<(end - 1)].contains(0x00AB) ? end - 1 : end
        default:
            return end
        }
    }

    /// Whether one of the last ``complementiserReach`` words before `end` is أن, إن, بأن or لأن.
    func hasComplementiser(before end: Int, notBefore limit: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var wordEnd = end
        for _ in 0..<Self.complementiserReach {
            while wordEnd > limit, !TextUnits.isWordUnit(text[wordEnd - 1]) { wordEnd -= 1 }
            guard wordEnd > limit else { return false }
            let wordStart = TextUnits.wordStart(endingAt: wordEnd, in: text, notBefore: limit)
            if ArabicLexicon.complementisers.contains(text[wordStart..<wordEnd]) { return true }
            wordEnd = wordStart
        }
        return false
    }

    /// Whether `word` is in the tuned or the shipped lead-opener list.
    func isLeadOpener(_ word: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        if let tunedLeadOpeners { return tunedLeadOpeners.contains(word) }
        return ArabicLexicon.leadOpeners.contains(word)
    }

    /// Whether the text after `offset` opens a new statement (وكالة, قال, أكد, من جهته ...).
    func opensStatement(after offset: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let first = TextUnits.word(after: offset, in: text) else { return false }
        return ArabicLexicon.opens(first, in: text)
    }
}
