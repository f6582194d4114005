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

    /// Builds the automaton for `glossary`.
    ///
    /// - Complexity: O(total words of all spellings of all entries).
    public init(glossary: Glossary) {
        self.glossary = glossary
        automaton = TermAutomaton(entries: glossary.entries)
    }

    /// The number of trie nodes and distinct words, and the bytes they hold (approximate).
    public var statistics: (nodes: Int, words: Int, bytes: Int) {
        (automaton.nodeCount, automaton.words.count, automaton.byteCount)
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
        let words = try FoldedWords(units, range: range)
        return matches(in: words, original: units)
    }

    /// The terms in already folded words.
    func matches(in words: FoldedWords, original: UnsafeBufferPointer<UInt16>) -> [TermMatch] {
        words.key.units.withUnsafeBufferPointer { folded in
            match(words, folded: folded, original: original)
        }
    }

    private func match(_ words: FoldedWords, folded: UnsafeBufferPointer<UInt16>,
                       original: UnsafeBufferPointer<UInt16>) -> [TermMatch] {
        var results: [TermMatch] = []
        let count = words.count
        guard count > 0 else { return results }
        var wordIDs = [Int32](repeating: -2, count: count)
        func wordID(_ index: Int) -> Int32 {
            if wordIDs[index] == -2 {
                wordIDs[index] = automaton.words.id(of: UnsafeBufferPointer(rebasing: folded[words.range(of: index)]))
            }
            return wordIDs[index]
        }
        var index = 0
        var candidates: [CliticCandidate] = []
        while index < count {
            let wordRange = words.range(of: index)
            CliticCandidate.candidates(of: folded, wordRange, into: &candidates)
            var best: (end: Int, terminal: TermAutomaton.Terminal, candidate: CliticCandidate)?
            for candidate in candidates {
                let id: Int32
                if candidate.isWholeWord {
                    id = wordID(index)
                } else {
                    let slice = UnsafeBufferPointer(rebasing: folded[(wordRange.lowerBound + candidate.offset)..<wordRange.upperBound])
                    id = automaton.words.id(of: slice, prefix: candidate.addsAlef ? 0x0627 : nil)
                }
                var node = automaton.root(id)
                guard node >= 0 else { continue }
                var last = index
                while true {
                    let terminal = automaton.terminals[Int(node)]
                    if terminal.entry >= 0, best == nil || last > best!.end,
                       !candidate.removesArticle || glossary.entries[Int(terminal.entry)].type == .term {
                        best = (last, terminal, candidate)
                    }
                    last += 1
                    guard last < count, last - index < automaton.maxWords else { break }
                    let next = wordID(last)
                    guard next >= 0 else { break }
                    node = automaton.child(node, next)
                    guard node >= 0 else { break }
                }
            }
            guard let found = best else {
                index += 1
                continue
            }
            let start = Int(words.origins[wordRange.lowerBound + found.candidate.offset])
            let end = words.originalEnd(of: found.end)
            results.append(TermMatch(range: start..<end, entryIndex: Int(found.terminal.entry),
                                     kind: kind(of: found.terminal, candidate: found.candidate, original: original, start..<end),
                                     clitics: found.candidate.clitics, spellingIndex: Int(found.terminal.spelling)))
            index = found.end + 1
        }
        return results
    }

    private func kind(of terminal: TermAutomaton.Terminal, candidate: CliticCandidate,
                      original: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> MatchKind {
        if terminal.spelling > 0 { return .variant }
        if !candidate.isWholeWord { return .clitic }
        let entry = glossary.entries[Int(terminal.entry)]
        let text = String(decoding: UnsafeBufferPointer(rebasing: original[range]), as: UTF16.self)
        return text == entry.source ? .exact : .normalised
    }
}
