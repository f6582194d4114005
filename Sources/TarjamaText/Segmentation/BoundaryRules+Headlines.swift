extension BoundaryRules {
    /// Where a headline may end: after this many words at most (the fewest is
    /// ``minimumHeadlineWords``; the shipped value is the lower bound here).
    static let headlineWords = 4...25
    /// How many words after أن or إن the clause they open still needs its verb ("…أن حكومة
    /// قبرص وافقت"), so a verb there does not open a lead.
    static let complementiserReach = 3

    /// Where the lead starts when `sentence`, the first sentence ICU finds in a paragraph of
    /// running text, is an unpunctuated headline run into the lead (news copy pasted or joined
    /// onto one line: "…قبل الذكرى السنوية للتصويت بالاستقلال ألقي القبض يوم السبت على…");
    /// nil when nothing says so.
    ///
    /// Arabic news leads open with a verb (ألقي, ذكرت, قال) or an impersonal opener (تم, هناك),
    /// while headlines are noun phrases or put the subject first ("بركان يتسبب في…"). So the
    /// headline ends before the first word from ``ArabicLexicon/leadOpeners`` that comes after
    /// ``headlineWords`` words, follows a word that can end a phrase (not a preposition,
    /// particle or complementiser), is not joined to it by a comma, colon, dash or an open
    /// quote or bracket, is not the verb of a clause that أن or إن opened just before (or anywhere
    /// before, in a sentence that opens with a verb of saying, unless it repeats that verb), and
    /// leaves ``minimumLeadWords`` words to the sentence end. A present verb opens the lead too
    /// when the words after it restate the headline (``opensRestatingLead(at:headline:before:in:)``).
    ///
    /// - Complexity: O(w) in the words of the headline window, at most ``headlineWords``.
    func headlineEnd(in sentence: Range<Int>, of text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard language == .arabic else { return nil }
        if let tunedLeadOpeners { return headlineEnd(in: sentence, of: text, leadOpeners: tunedLeadOpeners) }
        return headlineEnd(in: sentence, of: text, leadOpeners: ArabicLexicon.leadOpeners)
    }

    // Read once per paragraph of the corpus: the list is passed in, not copied out of a stored
    // property, and words are scanned inline.
    private func headlineEnd(in sentence: Range<Int>, of text: UnsafeBufferPointer<UInt16>, leadOpeners: ArabicWordSet) -> Int? {
        let end = sentence.upperBound
        var position = sentence.lowerBound
        var previous = position..<position
        var straightQuotes = 0
        var openBrackets = 0
        var lastComplementiser = Int.min / 2
        var openingVerb: Range<Int>?
        var readWords = HeadlineWords()
        for index in 0...Self.headlineWords.upperBound {
            // The gap before the word: quotes and brackets so far, and whether it joins.
            var joined = false
            var quoteInGap = false
            while position < end, !TextUnits.isWordUnit(text[position]) {
                switch text[position] {
                case 0x22: straightQuotes += 1; quoteInGap = true
                case 0x28, 0xAB, 0x201C: openBrackets += 1
                case 0x29, 0xBB, 0x201D: openBrackets -= 1
                case 0x060C, 0x2C, 0x3A, 0x3B, 0x061B, 0x2013, 0x2014: joined = true
                default: break
                }
                position += 1
            }
            guard position < end else { return nil }
            var wordEnd = position
            while wordEnd < end, TextUnits.isWordUnit(text[wordEnd]) { wordEnd += 1 }
            let current = position..<wordEnd
            position = wordEnd
            // A sentence that opens with a verb (قال, أعلن) and then a complementiser reports
            // speech: "قال الوزير إن الهجوم على إدلب أسفر عن…". The verb of the reported clause
            // may come any number of words after إن, so there only the opening verb said again
            // (a lead restating a headline of reported speech) opens a lead.
            if index == 0, leadOpeners.contains(text[current]) { openingVerb = current }
            // A dash standing alone ("-", "--") is a word to TextUnits; it joins like a comma.
            if previous.count <= 2, !previous.isEmpty, text[previous.lowerBound] == 0x2D { joined = true }
            if index >= minimumHeadlineWords, !joined,
                index - lastComplementiser > Self.complementiserReach,
                lastComplementiser < 0 || openingVerb.map({ text[$0].elementsEqual(text[current]) }) ?? true,
                straightQuotes % 2 == 0 || quoteInGap, openBrackets <= 0,
                leadOpeners.contains(text[current])
                    || opensRestatingLead(at: current, headlineWords: &readWords, before: end, in: text),
                !ArabicLexicon.continuationWords.contains(text[previous]),
                !ArabicLexicon.clauseWords.contains(text[previous]),
                TextUnits.hasWords(minimumLeadWords, in: current.lowerBound..<end, of: text)
            {
                return current.lowerBound
            }
            // أن, إن, بأن, لأن end in ن (or a mark after it): only those are looked up.
            if current.count <= 6, text[wordEnd - 1] == 0x0646 || text[wordEnd - 1] >= 0x064B && text[wordEnd - 1] <= 0x0652,
                ArabicLexicon.complementisers.contains(text[current])
            {
                lastComplementiser = index
            }
            previous = current
            readWords.append(current)
        }
        return nil
    }
}
