/// Readings the text itself rules out, checked only for a found match (never per word): the
/// written vowels of a clitic, a ta marbuta where a pronoun was read, a place name standing
/// where an adjective would.
extension GlossaryMatcher {
    private static let fatha: UInt16 = 0x064E, kasra: UInt16 = 0x0650
    private static let taMarbuta: UInt16 = 0x0629

    /// Nouns a definite place name may follow in apposition (العاصمة الرياض, بلدة is indefinite).
    static let appositionNouns: [[UInt16]] = [
        "العاصمة", "المدينة", "البلدة", "القرية", "المحافظة", "المنطقة",
        "الإقليم", "الولاية", "الناحية", "المخيم", "الإمارة",
    ].map { MatchFold.words($0)[0] }

    /// Whether a removed conjunction or preposition carries a vowel it never takes: و ف ك are
    /// written with fatha, ب with kasra, ل with either; a damma, sukun, shadda or tanween on the
    /// letter makes it part of the word (فِرْقة is no ف + رقة).
    func contradictsClitics(
        _ candidate: CliticCandidate, _ words: FoldedWords, _ wordStart: Int,
        _ original: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        var position = wordStart
        /// Whether the clitic `letter`, the word's unit at `position`, carries a vowel it never takes.
        func contradicts(_ letter: UInt16) -> Bool {
            guard letter != 0 else { return false }
            defer { position += 1 }
            let from = Int(words.origins[position]) + 1, to = Int(words.ends[position])
            guard from < to else { return false }
            for mark in original[from..<to] where (0x064B...0x0652).contains(mark) {
                let allowed = mark == Self.fatha ? letter != 0x0628 : mark == Self.kasra && (letter == 0x0628 || letter == 0x0644)
                if !allowed { return true }
            }
            return false
        }
        return contradicts(candidate.conjunction) || contradicts(candidate.preposition)
    }

    /// Whether a pronoun form was read on a word that ends in ة: the folded key writes ة as ه,
    /// but no attached pronoun ends in ة (معارضة is not معارض + ه 'his opponent').
    func contradictsPronoun(
        _ terminal: TermAutomaton.Terminal, _ original: UnsafeBufferPointer<UInt16>,
        _ range: Range<Int>
    ) -> Bool {
        guard terminal.form == .pronoun else { return false }
        for unit in original[range].reversed() where !(0x064B...0x065F).contains(unit) && unit != 0x0670 && unit != 0x0640 {
            return unit == Self.taMarbuta
        }
        return false
    }

    /// Whether a definite one-word place stands right after a definite word, where Arabic puts
    /// an adjective: النهج القائم 'the existing approach', المساهمة الهامة 'the important
    /// contribution' are no places. A place after a clitic (والقائم), after an indefinite word
    /// (بلدة الهامة, في القائم), after a name (العامرية الراموسة) or in apposition
    /// (العاصمة الرياض) still matches.
    func readsAsAdjective(
        _ terminal: TermAutomaton.Terminal, _ candidate: CliticCandidate, _ words: FoldedWords,
        _ index: Int, _ end: Int, _ folded: UnsafeBufferPointer<UInt16>, after previous: TermMatch?
    ) -> Bool {
        guard !terminal.isTerm, end == index, index > 0, candidate.isWholeWord else { return false }
        // Two names in a row are a compound or a list (معبر العامرية الراموسة), no adjective; a
        // common noun before it is what an adjective follows (التسوية السلمية 'peaceful settlement').
        if let previous, previous.range.upperBound == words.originalEnd(of: index - 1),
            glossary.entries[previous.entryIndex].type != .term
        {
            return false
        }
        let entry = glossary.entries[Int(terminal.entry)]
        guard entry.type == .place else { return false }
        let word = words.range(of: index), previous = words.range(of: index - 1)
        guard word.count > 2, folded[word.lowerBound] == TermForms.alef, folded[word.lowerBound + 1] == TermForms.lam else { return false }
        // Only a space or a line break between the two: punctuation ends the noun phrase.
        for unit in folded[previous.upperBound..<word.lowerBound] where unit != 0x20 && unit != 0x0A && unit != 0x0D {
            return false
        }
        let text = UnsafeBufferPointer(rebasing: folded[previous])
        guard let article = Self.articleOffset(text) else { return false }
        let noun = UnsafeBufferPointer(rebasing: text[article...])
        return !Self.appositionNouns.contains { $0.elementsEqual(noun) }
    }

    /// Whether a term of three letters or fewer was read through clitics without the context
    /// that makes the reading likely: such a word with a clitic letter in front is as often
    /// another word (كتلة 'bloc' is no ك + تلة 'like a hill', ونوى 'and he intended'). The
    /// article or a preposition ب or ل is context enough (الريف, بحلب, لحمص); ك never is; a
    /// conjunction alone is when it continues a list: the word before was a match too (دمشق
    /// وحلب) or a comma comes first (وعمان، وقطر), or when a glossary spelling starts right
    /// after it (وريف حماة). The word as it stands always matches.
    func lacksContext(
        _ candidate: CliticCandidate, _ words: FoldedWords, _ index: Int, _ end: Int,
        _ folded: UnsafeBufferPointer<UInt16>, after previous: TermMatch?, beforeTerm: Bool
    ) -> Bool {
        guard !candidate.isWholeWord, end == index else { return false }
        let letters = words.range(of: index).count - candidate.offset + (candidate.addsAlef ? 1 : 0) + (candidate.addsArticle ? 2 : 0)
        guard letters <= TermForms.minimumLetters, !candidate.removesArticle, !candidate.isContracted else { return false }
        if candidate.preposition != 0 { return candidate.preposition == TermForms.kaf }
        if beforeTerm { return false }
        guard index > 0 else { return true }
        if let previous, previous.range.upperBound == words.originalEnd(of: index - 1) { return false }
        for unit in folded[words.stop(of: index - 1)..<words.start(of: index)] where unit == 0x060C || unit == 0x2C || unit == 0x061B {
            return false
        }
        return true
    }

    /// Where the article starts in a folded word after at most a conjunction and a preposition
    /// (الحل, والحل, بالحل, وبالحل), with ل + ال written لل reported at the ل; nil when it has none.
    static func articleOffset(_ word: UnsafeBufferPointer<UInt16>) -> Int? {
        var offset = 0
        if word.count > offset + 3, word[offset] == TermForms.waw || word[offset] == 0x0641 { offset += 1 }
        if word.count > offset + 3, word[offset] == TermForms.lam, word[offset + 1] == TermForms.lam { return offset }
        if word.count > offset + 3, word[offset] == 0x0628 || word[offset] == TermForms.kaf || word[offset] == TermForms.lam,
            word[offset + 1] == TermForms.alef, word[offset + 2] == TermForms.lam
        {
            offset += 1
        }
        guard word.count >= offset + 4, word[offset] == TermForms.alef, word[offset + 1] == TermForms.lam else { return nil }
        return offset
    }
}
