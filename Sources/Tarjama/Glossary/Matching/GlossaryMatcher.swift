public import TarjamaText

/// Finds every glossary term in a text in one left-to-right pass: the text is folded and cut
/// into words as it is read (one table lookup per UTF-16 unit), each word is looked up as it
/// stands and with its proclitics removed (و ف, then ب ك ل, then ال, with ل+ال written لل), and
/// the trie of the glossary's word sequences is walked from there. At each word the longest
/// term wins; matches never overlap and never start or end inside a word.
///
/// Build it once per glossary and reuse it: building interns every spelling's words.
public struct GlossaryMatcher: Sendable {
    /// The glossary the matcher was built for.
    public let glossary: Glossary
    let automaton: TermAutomaton
    let sources: SourceSpellings
    let contexts: ContextRules

    /// Builds the automaton for `glossary`.
    ///
    /// - Complexity: O(total words of all spellings of all entries).
    public init(glossary: Glossary) {
        self.glossary = glossary
        automaton = TermAutomaton(entries: glossary.entries)
        sources = SourceSpellings(entries: glossary.entries)
        contexts = ContextRules(entries: glossary.entries)
    }

    /// The number of trie nodes and distinct words, and the bytes they hold (approximate).
    public var statistics: (nodes: Int, words: Int, bytes: Int) {
        (automaton.nodeCount, automaton.words.count, automaton.byteCount + sources.byteCount)
    }

    /// The terms in `text`, with ranges in its UTF-16 units.
    ///
    /// - Complexity: O(n · k) for n UTF-16 units and k the longest term in words.
    public func matches(in text: String) throws(NormalizationError) -> [TermMatch] {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { buffer throws(NormalizationError) in
            try matches(in: buffer, range: 0..<buffer.count)
        }
    }

    /// The terms in `range` of `units` (a document's UTF-16 buffer), with ranges in `units`.
    ///
    /// - Complexity: O(n · k) for n = `range.count` and k the longest term in words.
    public func matches(in units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) -> [TermMatch] {
        var found: [TermMatch] = []
        try FoldedWords.with(units, range: range) { words in found = matches(in: words, original: units) }
        return found
    }

    /// The terms in already folded words.
    func matches(in words: FoldedWords, original: UnsafeBufferPointer<UInt16>) -> [TermMatch] {
        match(words, folded: words.folded, original: original)
    }

    private func match(
        _ words: FoldedWords, folded: UnsafeBufferPointer<UInt16>,
        original: UnsafeBufferPointer<UInt16>
    ) -> [TermMatch] {
        let count = words.count
        guard count > 0 else { return [] }
        var results: [TermMatch] = []
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { ids in
            let table = automaton.words
            // Every word is looked up as it stands: as a term's first word or as a later one.
            for index in 0..<count {
                ids[index] = table.id(
                    of: UnsafeBufferPointer(rebasing: folded[words.range(of: index)]),
                    prefix: nil, hash: words.hash(of: index))
            }
            var scan = Scan(ids: UnsafeBufferPointer(ids), automaton: automaton)
            var index = 0
            while index < count {
                let wordRange = words.range(of: index)
                scan.start(at: index)
                scan.walk(from: ids[index], candidate: CliticCandidate(offset: 0, addsAlef: false))
                // Only a word starting with a clitic letter has other readings.
                if wordRange.count > CliticCandidate.minimumStem, CliticCandidate.mayStartWithClitic(folded[wordRange.lowerBound]) {
                    CliticCandidate.forEachCandidate(of: folded, wordRange) { candidate in
                        guard !candidate.isWholeWord else { return }
                        let stem = UnsafeBufferPointer(rebasing: folded[(wordRange.lowerBound + candidate.offset)..<wordRange.upperBound])
                        let id =
                            candidate.addsAlef
                            ? table.id(of: stem, prefix: 0x0627, hash: words.hash(of: index, from: candidate.offset, prefix: 0x0627))
                            : candidate.addsArticle
                                ? table.id(of: stem, article: (), hash: words.hash(of: index, from: candidate.offset, article: ()))
                                : table.id(of: stem, prefix: nil, hash: words.hash(of: index, from: candidate.offset))
                        scan.walk(from: id, candidate: candidate)
                    }
                }
                guard scan.bestEnd >= 0 else {
                    index += 1
                    continue
                }
                let found = (end: scan.bestEnd, terminal: scan.bestTerminal, candidate: scan.bestCandidate)
                let start = Int(words.origins[wordRange.lowerBound + found.candidate.offset])
                let end = words.originalEnd(of: found.end)
                if contradictsName(found.terminal, original, start..<end)
                    || contradictsClitics(found.candidate, words, wordRange.lowerBound, original)
                    || contradictsPronoun(found.terminal, original, start..<end)
                    || readsAsAdjective(found.terminal, found.candidate, words, index, found.end, folded, after: results.last)
                    || agreesWithNoun(found.candidate, words, index, found.end, folded)
                    || lacksContext(
                        found.candidate, words, index, found.end, folded, after: results.last,
                        beforeTerm: found.end + 1 < count && automaton.root(ids[found.end + 1]) >= 0)
                    || (!contexts.isEmpty
                        && excludedByContext(
                            found.terminal, found.candidate, words, index, found.end, original,
                            start..<end, after: results.last))
                {
                    index += 1
                    continue
                }
                results.append(
                    TermMatch(
                        range: start..<end, entryIndex: Int(found.terminal.entry),
                        kind: kind(of: found.terminal, candidate: found.candidate, original: original, start..<end),
                        clitics: found.candidate.clitics, spellingIndex: Int(found.terminal.spelling)))
                index = found.end + 1
            }
        }
        return results
    }

    /// The trie walks from one word: every reading of it, then the words after it. The longest
    /// term wins; among readings reaching the same length, the first tried (fewest clitics).
    private struct Scan {
        let ids: UnsafeBufferPointer<Int32>
        let automaton: TermAutomaton
        var index = 0
        var bestEnd = -1
        var bestTerminal = TermAutomaton.Terminal(entry: -1, spelling: 0)
        var bestCandidate = CliticCandidate(offset: 0, addsAlef: false)

        init(ids: UnsafeBufferPointer<Int32>, automaton: TermAutomaton) {
            self.ids = ids
            self.automaton = automaton
        }

        @inline(__always)
        mutating func start(at index: Int) {
            self.index = index
            bestEnd = -1
        }

        @inline(__always)
        mutating func walk(from id: Int32, candidate: CliticCandidate) {
            var node = automaton.root(id)
            guard node >= 0 else { return }
            var last = index
            while true {
                let terminal = automaton.terminals[Int(node)]
                // A text article is removed only for a one-word term: a phrase's generated forms
                // keep the article on all its words or none.
                // At equal length a spelling as written beats a generated form: للاجئين is
                // ل + اللاجئين (the entry) before ل + لاجئين (its indefinite form).
                // A pronoun ends a word that has no article (حقوقهم, never الحقوقهم or للحقوقهم).
                if terminal.entry >= 0,
                    last > bestEnd || (last == bestEnd && terminal.form == .asWritten && bestTerminal.form != .asWritten),
                    !candidate.removesArticle || (terminal.isTerm && last == index),
                    terminal.form != .pronoun || !(candidate.removesArticle || candidate.isContracted)
                {
                    bestEnd = last
                    bestTerminal = terminal
                    bestCandidate = candidate
                }
                last += 1
                guard last < ids.count, last - index < automaton.maxWords else { break }
                let next = ids[last]
                guard next >= 0 else { break }
                node = automaton.child(node, next)
                guard node >= 0 else { break }
            }
        }
    }

    private func kind(
        of terminal: TermAutomaton.Terminal, candidate: CliticCandidate,
        original: UnsafeBufferPointer<UInt16>, _ range: Range<Int>
    ) -> MatchKind {
        switch terminal.form {
        case .plural: return .plural
        case .dual: return .dual
        case .indefinite: return .indefinite
        case .definite: return .definite
        case .split: return .split
        case .pronoun: return .pronoun
        case .asWritten: break
        }
        if terminal.spelling > 0 { return .variant }
        if candidate.isContracted { return .contracted }
        if !candidate.isWholeWord { return .clitic }
        let entry = Int(terminal.entry)
        let text = UnsafeBufferPointer(rebasing: original[range])
        return sources.isSpelledExactly(text, entry: entry, source: glossary.entries[entry].source) ? .exact : .normalised
    }

    /// Whether the text's written tanween (ً ٌ ٍ) rules out a name: a name never takes it, so
    /// دومًا ('always') is not the town دوما. Only a match pays for this check.
    private func contradictsName(
        _ terminal: TermAutomaton.Terminal, _ original: UnsafeBufferPointer<UInt16>,
        _ range: Range<Int>
    ) -> Bool {
        guard !terminal.isTerm else { return false }
        for index in range where (0x064B...0x064D).contains(original[index]) {
            return !glossary.entries[Int(terminal.entry)].source.utf16.contains(original[index])
        }
        return false
    }
}
