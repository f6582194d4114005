internal import TarjamaText

/// Finds runs of words that name a person the glossary does not know, only where the text gives
/// evidence of a person: a title or office before them (محافظ, وزير, الرئيس, د.), a reporting
/// verb right before a known name (قال ترامب), or a first word that is a known given name
/// (سامر العلي). Up to three words, not covered by a glossary term or a number, stopping at
/// punctuation, a function word or a preposition-led word (للعدالة). A run after a title whose
/// first word carries the article and is no known name is an office (وزير الإعلام), not a
/// person. Each run gets the names romanisation (dictionary first), marked low confidence. A
/// name cut short at either end (a forename before an unknown word, a surname after a particle
/// or an unknown given name) is passed over: its agency spelling is the whole name.
enum NameSpotter {
    /// The evidence for a person at a word.
    private enum Evidence { case title, cue, givenName }

    static func names(
        in words: FoldedWords, terms: [TermMatch], numbers: [Range<Int>], glossary: Glossary,
        names: GlossaryNameRomanizer, guesses: Bool, original: UnsafeBufferPointer<UInt16>
    ) -> [TermSuggestion] {
        let count = words.count
        guard count > 1 else { return [] }
        let folded = words.folded
        /// The word whose conjunction و the current run sets aside (وروبنسون: the name is روبنسون), or -1.
        var conjoined = -1
        func slice(_ index: Int) -> UnsafeBufferPointer<UInt16> {
            let range = words.range(of: index)
            return UnsafeBufferPointer(rebasing: folded[index == conjoined ? range.lowerBound + 1..<range.upperBound : range])
        }
        let table = names.wordClasses
        /// The classes of word `index` from `offset` units into its name (2: past the article),
        /// with the hash the words carry for every suffix (a conjoined word's name starts at 1).
        func classes(_ index: Int, after offset: Int = 0) -> NameWordClasses.Classes {
            let range = words.range(of: index)
            let skip = offset + (index == conjoined ? 1 : 0)
            return table.classes(
                of: UnsafeBufferPointer(rebasing: folded[(range.lowerBound + skip)..<range.upperBound]),
                hash: words.hash(of: index, from: skip))
        }
        func hasDigit(_ index: Int) -> Bool { folded[words.range(of: index)].contains { $0 >= 0x30 && $0 <= 0x39 } }
        func originalStart(_ index: Int) -> Int {
            let range = words.range(of: index)
            return Int(words.origins[index == conjoined ? range.lowerBound + 1 : range.lowerBound])
        }
        /// The glossary term on word `index`: one matched through a clitic (بالأسد) starts inside
        /// the word and still covers it.
        func term(at index: Int) -> TermMatch? {
            let span = Int(words.origins[words.range(of: index).lowerBound])..<words.originalEnd(of: index)
            return terms.first { $0.range.overlaps(span) }
        }
        func covered(_ index: Int) -> Bool {
            let span = Int(words.origins[words.range(of: index).lowerBound])..<words.originalEnd(of: index)
            return term(at: index) != nil || numbers.contains { $0.overlaps(span) }
        }
        /// Whether only spaces separate word `index` from the word before it.
        func joined(_ index: Int) -> Bool {
            let gap = folded[words.stop(of: index - 1)..<words.start(of: index)]
            return gap.allSatisfy { $0 == 0x20 || $0 == 0x0A }
        }
        func isTitle(_ index: Int, _ wordClasses: NameWordClasses.Classes) -> Bool {
            guard wordClasses.contains(.title) else { return false }
            // A letter in parentheses is a list item — (د) is (d), not Dr.
            let range = words.range(of: index)
            return !(range.count == 1 && range.upperBound < folded.count && folded[range.upperBound] == 0x29)
        }
        /// A known personal name, or the article on one (العلي, الأسد).
        func isKnownName(_ index: Int) -> Bool {
            if classes(index).contains(.known) { return true }
            let word = slice(index)
            guard hasArticle(word), word.count > 4 else { return false }
            return classes(index, after: 2).contains(.known)
        }
        /// Whether the word carries written tanween (ضغوطًا, قائدًا): an indefinite noun or
        /// adverb, never a name.
        func hasTanween(_ index: Int) -> Bool {
            let start = originalStart(index), end = words.originalEnd(of: index)
            guard start < end, end <= original.count else { return false }
            return original[start..<end].contains { $0 >= 0x064B && $0 <= 0x064D }
        }
        func isOrdinary(_ index: Int) -> Bool {
            let wordClasses = classes(index)
            if wordClasses.contains(.ordinary) { return true }
            let word = slice(index)
            guard hasArticle(word), word.count > 4, !wordClasses.contains(.known) else { return false }
            return classes(index, after: 2).contains(.ordinary)
        }
        func isPlaceWord(_ index: Int) -> Bool { placeWordTable.id(of: slice(index), prefix: nil, hash: words.hash(of: index)) >= 0 }
        /// Whether word `index` is و on a given or foreign name (وروبنسون, وإميلي): the
        /// conjunction joins one more person, whose name starts after it. Sets `conjoined`.
        func isConjoinedName(_ index: Int) -> Bool {
            let range = words.range(of: index)
            // Most words are no name after و: one probe answers before the scans of the spans.
            guard range.count > 3, folded[range.lowerBound] == 0x0648, classes(index, after: 1).contains(.evidence),
                !covered(index), index == 0 || !isPlaceWord(index - 1)
            else { return false }
            conjoined = index
            return true
        }
        /// Whether word `index` may be the rest of a name the dictionary cannot spell: a word it
        /// lacks that is no function word, title, number, phrase or adverb, and carries neither
        /// the article nor the conjunction (which start the sentence's next noun or clause); a
        /// word that starts وي or وو is a foreign name's W (ويلوبي, وودز), not و on a word.
        func couldContinueName(_ index: Int) -> Bool {
            let wordClasses = classes(index), word = slice(index)
            let conjunction = word.count > 1 && word[0] == 0x0648 && word[1] != 0x064A && word[1] != 0x0648
            return wordClasses.isDisjoint(with: [.stop, .cue, .known]) && !isTitle(index, wordClasses) && !covered(index)
                && !hasDigit(index) && !hasArticle(word) && !startsWithPreposition(word) && !hasTanween(index)
                && !conjunction && !isKnownName(index)
        }
        /// Whether the name in `run` is cut short: it ends on a particle or initial (توماس دي), the
        /// word after it is one (a name going on past what the dictionary spells), or it is
        /// forenames alone before a word that may be the surname (مايك كوب: Mike, then an unknown).
        func isCutShort(_ run: [Int]) -> Bool {
            guard let last = run.last else { return true }
            if classes(last).contains(.particle) { return true }
            let after = last + 1
            guard after < count, joined(after) else { return false }
            if classes(after).contains(.particle) { return true }
            return run.allSatisfy { classes($0).contains(.forename) } && couldContinueName(after)
        }
        /// Whether the name in `run` is cut short at its start: it opens on a surname (a foreign
        /// name that is no forename, or a family name: سيمبسون, مانديلا) right after a particle (بن
        /// ميلر) or after a word the dictionary lacks that has a given name's shape (ويب سيمبسون,
        /// روليهلالا مانديلا). The agency spelling is then the whole name (Webb Simpson), which the
        /// surname alone is not and the given name's guessed spelling seldom is. A verb or a noun
        /// in construct before the surname (تعهد كيم, حكومة ثاتشر) leaves it whole.
        func isCutShortBefore(_ run: [Int]) -> Bool {
            guard let first = run.first, first > 0, first != conjoined, joined(first) else { return false }
            let opening = classes(first)
            guard !opening.contains(.forename),
                opening.contains(.foreign) || opening.isDisjoint(with: [.evidence, .ordinary])
            else { return false }
            let before = first - 1
            if classes(before).contains(.particle) { return true }
            return couldContinueName(before) && looksLikeGivenName(slice(before))
        }
        var results: [TermSuggestion] = []
        var index = 0
        while index < count {
            let evidence: Evidence
            var next = index + 1
            conjoined = -1
            let here = classes(index)
            if isTitle(index, here) {
                evidence = .title
                // A place or body after the title (محافظ حلب, رئيس مجلس المدينة) belongs to it.
                while next < count, covered(next) {
                    guard let term = term(at: next),
                        [.place, .organisation].contains(glossary.entries[term.entryIndex].type)
                    else { break }
                    next += 1
                }
            } else if here.contains(.cue) {
                evidence = .cue
            } else if here.contains(.evidence), !covered(index), index == 0 || !isPlaceWord(index - 1) {
                // After سان, ريو, ملعب ... the name is a place's (سان باولو, سانت مارتن, ريو غراندي).
                evidence = .givenName
                next = index
            } else if here.isEmpty, isConjoinedName(index) {
                evidence = .givenName
                next = index
            } else {
                index += 1
                continue
            }
            let personalTitle = evidence == .title && here.contains(.personalTitle)
            var run: [Int] = []
            var guessedWords = 0
            // Room for an office's words before the name (وزير الإعلام السوري باسل الزعبي).
            let longest = evidence == .givenName ? 3 : 5
            while next < count, run.count < longest, !covered(next), case let nextClasses = classes(next),
                nextClasses.isDisjoint(with: [.stop, .cue]), !isTitle(next, nextClasses),
                !hasDigit(next), nextClasses.contains(.known) || !startsWithPreposition(slice(next)), !hasTanween(next),
                run.isEmpty || joined(next)
            {
                let known = nextClasses.contains(.known) || isKnownName(next)
                if !known, !run.isEmpty {
                    // After a name, a word the dictionary does not know that starts with a clitic
                    // letter (وابن, بشهادته, لنادي) is the sentence going on, not a surname; and
                    // on a given name's evidence alone one unknown word (the surname) ends the run.
                    if startsWithCliticLetter(slice(next)) { break }
                    if evidence == .givenName, guessedWords > 0 { break }
                }
                if !known { guessedWords += 1 }
                run.append(next)
                next += 1
                if evidence == .givenName, !known, run.count > 1 { break }
            }
            // An office's country or portfolio before the name (رئيس مقدونيا جورج إيفانوف): the
            // person starts at the first given name.
            if evidence != .givenName, run.count > 1, !isKnownName(run[0]),
                let given = run.firstIndex(where: { classes($0).contains(.evidence) }), given > 0
            {
                run.removeFirst(given)
            }
            if run.count > 3 { run.removeLast(run.count - 3) }
            // A forename that is also an everyday word (جيم, a letter's name) is no evidence by
            // itself, but right before a name it is that name's first word (جيم فيوريك).
            if evidence == .givenName, let first = run.first, first > 0, first != conjoined, joined(first),
                case let before = classes(first - 1), before.isSuperset(of: [.forename, .ordinary]),
                before.isDisjoint(with: [.stop, .cue, .title]), !covered(first - 1)
            {
                run.insert(first - 1, at: 0)
            }
            // A name the dictionary spells in four words (أندريس مانويل لوبيز أوبرادور) is taken whole.
            if run.count == 3, let last = run.last, last + 1 < count, joined(last + 1), !covered(last + 1),
                names.isWholeEntry(GlossarySuggester.string(original, originalStart(run[0])..<words.originalEnd(of: last + 1)))
            {
                run.append(last + 1)
            }
            // A name that is also an everyday word (باسم الشرطة 'on behalf of the police'; with the
            // article, الفريق الوحيد 'the only team') starts a person only when a known name
            // follows it (حسن روحاني).
            let ordinaryStart = run.first.map(isOrdinary) ?? false
            if ordinaryStart, run.count < 2 || !isKnownName(run[1]) {
                index += 1
                continue
            }
            // After an office, unknown words are a name only with a known name among them (رئيس
            // مقدونيا جورج إيفانوف); دعم البعثة after الميداني is not. A personal title (السيد,
            // الدكتور) vouches for unknown words by itself.
            if evidence == .title, !personalTitle, !run.contains(where: isKnownName) {
                index += 1
                continue
            }
            if let first = run.first,
                isPerson(
                    run, evidence: evidence, firstIsKnown: isKnownName(first),
                    firstHasArticle: hasArticle(slice(first)), firstIsForeign: classes(first).contains(.foreign))
            {
                var range = originalStart(first)..<words.originalEnd(of: run[run.count - 1])
                var text = GlossarySuggester.string(original, range)
                var spelled = names.spelling(ofName: text, guessing: guesses)
                // A word the dictionary lacks after two or more it knows (بريت كافانو and, across a
                // hard wrap, شاهد) is more often the sentence going on than a third name.
                while !guesses, let current = spelled, !current.isFromDictionary, run.count > 2 {
                    run.removeLast()
                    range = range.lowerBound..<words.originalEnd(of: run[run.count - 1])
                    text = GlossarySuggester.string(original, range)
                    spelled = names.spelling(ofName: text, guessing: guesses)
                }
                // A spelling the rules would have to guess is left out: measured on news, not one
                // guessed name in a hundred matched the agency spelling (Jih Junsun for جيه
                // جونسون), and a translator who must re-check every vowel is better served by no
                // suggestion than by a wrong one. So is a spelling that is a coin toss (محمد:
                // Mohammed, Muhammad, Mohamed): right for one person, wrong for the next.
                // `--guesses` shows both, marked.
                guard let (spelling, isFromDictionary, alternatives, isCoinToss) = spelled, isFromDictionary || guesses else {
                    index += 1
                    continue
                }
                // A name left out as a coin toss or as cut short is passed over whole: read again
                // from its second word it would give its surname alone (ستيفن جيرارد → Gerrard),
                // another spelling of the same half name.
                guard !isCoinToss || guesses, !isCutShort(run), !isCutShortBefore(run) else {
                    index = max(index + 1, run[run.count - 1] + 1)
                    continue
                }
                let match = !isFromDictionary ? TermSuggestion.guessMatch : isCoinToss ? TermSuggestion.ambiguousMatch : "dictionary"
                results.append(
                    TermSuggestion(
                        range: range, text: text, source: text, rendering: spelling, alternatives: alternatives,
                        forbidden: [], type: "person", match: match, clitics: "", origin: .romanised, entryIndex: nil,
                        note: !isFromDictionary
                            ? "not in the glossary: a rule-made guess for some words; find the agency spelling"
                            : isCoinToss
                                ? "not in the glossary: agencies spell this name more than one way; pick this person's"
                                : "not in the glossary: agency spelling from the name dictionary"))
                index = max(index + 1, next, run[run.count - 1] + 1)
            } else {
                index += 1
            }
        }
        return results
    }

    /// Whether a folded word the dictionary lacks has the shape of a transliterated given name
    /// (رحيم, ويب, روليهلالا) rather than of the Arabic words that stand before a surname in news: a
    /// verb (تعهد, يقود, أظهر) or a noun in construct (حكومة ثاتشر, مؤسسة بالدوين). A name writes
    /// its vowels long (ا و ي after the first letter); a verb's imperfect prefix (ي ت ن) and a
    /// feminine or pronoun ending (ة ه) mark the Arabic word.
    static func looksLikeGivenName(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard word.count >= 3, let first = word.first, let last = word.last else { return false }
        if first == 0x064A || first == 0x062A || first == 0x0646 || last == 0x0647 || last == 0x0629 { return false }
        return word.dropFirst().contains { $0 == 0x0627 || $0 == 0x0648 || $0 == 0x064A }
    }

    /// Whether `run` is a person's name given the evidence before it.
    private static func isPerson(
        _ run: [Int], evidence: Evidence, firstIsKnown: Bool, firstHasArticle: Bool,
        firstIsForeign: Bool
    ) -> Bool {
        // A name starts with a given name, not with the article: after a title that is an office
        // (وزير الإعلام السوري), after a verb an ordinary subject (قال المتحدث).
        if firstHasArticle && !firstIsKnown { return false }
        switch evidence {
        case .title: return run.count >= 2 || firstIsKnown
        case .cue: return firstIsKnown
        case .givenName: return run.count >= 2 || firstIsForeign
        }
    }
}
