/// The glossary's `context` rules (``TermContext``) applied to a found match: a phrase the
/// match lies inside, a missing cue, a written vowel the entry's reading contradicts. Checked
/// only for a match of an entry that has rules.
extension GlossaryMatcher {
    /// Words after which a place is expected: prepositions of place (not نحو, which is as often
    /// "about" or "towards" a thing), settlement and area nouns,
    /// compass directions, the people of a place. Compared after a conjunction and ب or ل are
    /// removed (وفي, بمدينة, لريف).
    private static let placeCues: Set<[UInt16]> = Set(
        [
            "في", "من", "إلى", "باتجاه", "قرب", "داخل", "خارج", "حول", "محيط", "أطراف", "مدخل",
            "مدينة", "بلدة", "قرية", "ريف", "محافظة", "منطقة", "ناحية", "حي", "مخيم", "معبر", "مطار", "سد", "سجن",
            "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "أهالي", "سكان", "أبناء",
        ].compactMap { MatchFold.words($0).first })

    /// Titles a name follows (الشيخ, الرئيس).
    private static let titleCues: Set<[UInt16]> = Set(
        [
            "الرئيس", "رئيس", "الشيخ", "السيد", "السيدة", "الدكتور", "الأمير", "الملك", "الإمام", "المفتي", "الوزير",
            "وزير", "اللواء", "العميد", "العقيد", "العماد", "الجنرال", "القائد", "قائد", "النائب", "المبعوث", "الناطق",
        ].compactMap { MatchFold.words($0).first })

    private static let conjunctions: Set<UInt16> = [0x0648, 0x0641]
    private static let prepositions: Set<UInt16> = [0x0628, 0x0644, 0x0643]

    /// Whether the rules of the matched entry rule the match at words `index...end` (text span
    /// `range`) out.
    func excludedByContext(
        _ terminal: TermAutomaton.Terminal, _ candidate: CliticCandidate, _ words: FoldedWords,
        _ index: Int, _ end: Int, _ original: UnsafeBufferPointer<UInt16>, _ range: Range<Int>,
        after previous: TermMatch?
    ) -> Bool {
        guard let rules = contexts[entry: Int(terminal.entry)] else { return false }
        for exclusion in rules.exclusions where liesInside(exclusion, words, index, end) { return true }
        if !rules.readings.isEmpty, !rules.readings.contains(where: { !contradicts($0, original, range) }) { return true }
        if rules.adjectiveReading, followsDefiniteWord(candidate, words, index, end, after: previous) { return true }
        if !rules.absentWords.isEmpty, rules.absentWords.contains(where: { has($0, words, besides: index...end) }) { return true }
        if rules.indefiniteNeedsAdjective, terminal.form == .indefinite, !agreeingAdjectiveFollows(words, end) { return true }
        if rules.needsCue {
            let type = glossary.entries[Int(terminal.entry)].type
            if !hasCue(for: type, words, index), !continuesList(of: type, candidate, words, index, after: previous) { return true }
        }
        return false
    }

    /// Whether the segment has the folded `phrase` (clitics allowed on its first word) outside
    /// the match's own words.
    private func has(_ phrase: [[UInt16]], _ words: FoldedWords, besides match: ClosedRange<Int>) -> Bool {
        guard let first = phrase.first, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where !match.contains(start) {
            guard Self.word(UnsafeBufferPointer(rebasing: words.folded[words.range(of: start)]), reads: first, withClitics: true) else {
                continue
            }
            if (1..<phrase.count).allSatisfy({ offset in
                Self.word(
                    UnsafeBufferPointer(rebasing: words.folded[words.range(of: start + offset)]), reads: phrase[offset], withClitics: false)
            }) {
                return true
            }
        }
        return false
    }

    /// Whether the word after the match (only a space between) is an indefinite feminine
    /// adjective agreeing with it: ending in ة (folded ه) without the article (معارضة مسلحة,
    /// not معارضة للاستفتاء or معارضة واشنطن).
    private func agreeingAdjectiveFollows(_ words: FoldedWords, _ end: Int) -> Bool {
        guard end + 1 < words.count else { return false }
        for unit in words.folded[words.stop(of: end)..<words.start(of: end + 1)] where unit != 0x20 { return false }
        let next = UnsafeBufferPointer(rebasing: words.folded[words.range(of: end + 1)])
        guard next.count >= 3, next[next.count - 1] == 0x0647 || next[next.count - 1] == 0x0629 else { return false }
        return Self.articleOffset(next) == nil
    }

    /// Whether the words around the match are the rest of `exclusion`'s phrase.
    private func liesInside(_ exclusion: ContextRules.Exclusion, _ words: FoldedWords, _ index: Int, _ end: Int) -> Bool {
        let before = exclusion.term.lowerBound, after = exclusion.words.count - exclusion.term.upperBound
        guard index >= before, end + after < words.count else { return false }
        for offset in 0..<before {
            let text = UnsafeBufferPointer(rebasing: words.folded[words.range(of: index - before + offset)])
            guard Self.word(text, reads: exclusion.words[offset], withClitics: offset == 0) else { return false }
        }
        for offset in 0..<after {
            let text = UnsafeBufferPointer(rebasing: words.folded[words.range(of: end + 1 + offset)])
            guard Self.word(text, reads: exclusion.words[exclusion.term.upperBound + offset], withClitics: false) else { return false }
        }
        return true
    }

    /// Whether folded `text` is the folded `word`, or, `withClitics`, that word after a
    /// conjunction and/or a preposition (ل + ال written لل).
    private static func word(_ text: UnsafeBufferPointer<UInt16>, reads word: [UInt16], withClitics: Bool) -> Bool {
        if text.elementsEqual(word) { return true }
        guard withClitics, text.count > word.count else { return false }
        var offset = 0
        if conjunctions.contains(text[offset]) { offset += 1 }
        if offset < text.count, prepositions.contains(text[offset]) {
            // ل + ال is written لل: the text lacks the article's alef.
            if text[offset] == TermForms.lam, word.count > 2, word[0] == TermForms.alef, word[1] == TermForms.lam,
                text.count - offset == word.count, text[(offset + 1)...].elementsEqual(word[1...])
            {
                return true
            }
            offset += 1
        }
        return offset > 0 && text.count - offset == word.count && text[offset...].elementsEqual(word)
    }

    /// Whether the word before the match announces an entry of `type`: a title for a person, a
    /// place cue or a title for anything else. Only spaces may stand between them.
    private func hasCue(for type: TermType, _ words: FoldedWords, _ index: Int) -> Bool {
        guard index > 0 else { return false }
        for unit in words.folded[words.stop(of: index - 1)..<words.start(of: index)] where unit != 0x20 {
            return false
        }
        let previous = UnsafeBufferPointer(rebasing: words.folded[words.range(of: index - 1)])
        var readings = [Array(previous)]
        var offset = 0
        if previous.count > 2, Self.conjunctions.contains(previous[0]) {
            offset = 1
            readings.append(Array(previous[1...]))
        }
        if previous.count > offset + 2, Self.prepositions.contains(previous[offset]) {
            readings.append(Array(previous[(offset + 1)...]))
        }
        return readings.contains { Self.titleCues.contains($0) || (type != .person && Self.placeCues.contains($0)) }
    }

    /// Whether the one-word match, written with the article and nothing else in front, stands
    /// right after a definite word that is not a noun a name stands in apposition to: where
    /// Arabic puts an adjective (القيم المحافظة). After another entry that is not a common noun
    /// it is a list or a compound instead.
    private func followsDefiniteWord(
        _ candidate: CliticCandidate, _ words: FoldedWords, _ index: Int, _ end: Int,
        after previous: TermMatch?
    ) -> Bool {
        guard end == index, index > 0, candidate.conjunction == 0, candidate.preposition == 0, !candidate.isContracted else { return false }
        if let previous, previous.range.upperBound == words.originalEnd(of: index - 1),
            glossary.entries[previous.entryIndex].type != .term
        {
            return false
        }
        let word = words.range(of: index)
        guard word.count > 2, words.folded[word.lowerBound] == TermForms.alef, words.folded[word.lowerBound + 1] == TermForms.lam else {
            return false
        }
        for unit in words.folded[words.stop(of: index - 1)..<word.lowerBound] where unit != 0x20 && unit != 0x0A && unit != 0x0D {
            return false
        }
        let text = UnsafeBufferPointer(rebasing: words.folded[words.range(of: index - 1)])
        guard let article = Self.articleOffset(text) else { return false }
        let noun = UnsafeBufferPointer(rebasing: text[article...])
        return !Self.appositionNouns.contains { $0.elementsEqual(noun) }
    }

    /// Whether the match continues a list of entries of its type: the word before ended such a
    /// match and a conjunction or a comma joins them (حماة وسلمية, حماة، سلمية).
    private func continuesList(
        of type: TermType, _ candidate: CliticCandidate, _ words: FoldedWords, _ index: Int,
        after previous: TermMatch?
    ) -> Bool {
        guard index > 0, let previous, previous.range.upperBound == words.originalEnd(of: index - 1),
            glossary.entries[previous.entryIndex].type == type
        else { return false }
        if candidate.conjunction != 0 { return true }
        return words.folded[words.stop(of: index - 1)..<words.start(of: index)].contains { $0 == 0x060C || $0 == 0x2C }
    }

    /// Whether the written marks of the text at `range` contradict the vocalised `reading`: a
    /// mark on a letter the reading marks otherwise, or tanween the reading does not write.
    /// Text whose letters do not line up with the reading's (another form) is not contradicted.
    private func contradicts(
        _ reading: [ContextRules.ReadingLetter], _ original: UnsafeBufferPointer<UInt16>,
        _ range: Range<Int>
    ) -> Bool {
        var letter = -1
        var contradicted = false
        for unit in original[range] where unit != 0x0640 {
            guard let scalar = Unicode.Scalar(unit) else { return false }
            guard ContextRules.isMark(scalar) else {
                letter += 1
                guard letter < reading.count else { return false }
                continue
            }
            guard letter >= 0 else { continue }
            let marks = reading[letter].marks
            let isTanween = (0x064B...0x064D).contains(scalar.value)
            if isTanween ? !marks.contains(scalar) : !marks.isEmpty && !marks.contains(scalar) { contradicted = true }
        }
        return contradicted && letter == reading.count - 1
    }
}
