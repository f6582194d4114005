extension BoundaryRules {
    /// Where a headline may end: after this many words at least, and at most.
    static let headlineWords = 4...25
    /// How many words the lead must have after the headline, up to the first sentence end.
    static let minimumLeadWords = 6
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
    /// quote or bracket, is not the verb of a clause that أن or إن opened just before, and
    /// leaves ``minimumLeadWords`` words to the sentence end.
    ///
    /// - Complexity: O(w) in the words of the headline window, at most ``headlineWords``.
    func headlineEnd(in sentence: Range<Int>, of text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard language == .arabic else { return nil }
        var index = 0
        var previous: Range<Int>?
        var straightQuotes = 0
        var openBrackets = 0
        var scanned = sentence.lowerBound
        var lastComplementiser = Int.min / 2
        while index <= Self.headlineWords.upperBound,
              let word = TextUnits.word(after: previous?.upperBound ?? sentence.lowerBound, in: text, limit: sentence.upperBound) {
            // Quotes and brackets in the left part so far, the gap before this word included.
            var joined = false
            for offset in scanned..<word.lowerBound {
                switch text[offset] {
                case 0x22: straightQuotes += 1
                case 0x28, 0xAB, 0x201C: openBrackets += 1
                case 0x29, 0xBB, 0x201D: openBrackets -= 1
                case 0x060C, 0x2C, 0x3A, 0x3B, 0x061B, 0x2D, 0x2013, 0x2014: joined = true
                default: break
                }
            }
            scanned = word.upperBound
            // A dash standing alone is a word to TextUnits; it joins like a dash in the gap.
            if let previous, !text[previous].contains(where: { $0 != 0x2D }) { joined = true }
            if index >= Self.headlineWords.lowerBound, let previous, !joined,
               index - lastComplementiser > Self.complementiserReach,
               straightQuotes % 2 == 0 || text[previous.upperBound..<word.lowerBound].contains(0x22),
               openBrackets <= 0,
               ArabicLexicon.leadOpeners.contains(text[word]),
               !ArabicLexicon.continuationWords.contains(text[previous]),
               !ArabicLexicon.clauseWords.contains(text[previous]),
               TextUnits.hasWords(Self.minimumLeadWords, in: word.lowerBound..<sentence.upperBound, of: text) {
                return word.lowerBound
            }
            if ArabicLexicon.complementisers.contains(text[word]) { lastComplementiser = index }
            previous = word
            index += 1
        }
        return nil
    }
}
