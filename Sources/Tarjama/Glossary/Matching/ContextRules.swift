/// The `context` rules of a glossary (``TermContext``) prepared for the matcher: each `not in`
/// phrase as folded words with the place the entry takes in it, each `reading` as its letters
/// and marks. Built once with the matcher; entries without rules cost nothing.
struct ContextRules: Sendable {
    /// A `not in` phrase: its folded words, and the words the entry itself covers in it.
    struct Exclusion: Sendable {
        var words: [[UInt16]]
        var term: Range<Int>
    }

    /// One letter of a `reading` spelling and the marks written on it (empty: any mark).
    struct ReadingLetter: Sendable {
        var letter: Unicode.Scalar
        var marks: Set<Unicode.Scalar>
    }

    /// What one entry's rules ask.
    struct Entry: Sendable {
        var exclusions: [Exclusion] = []
        var needsCue = false
        var adjectiveReading = false
        var readings: [[ReadingLetter]] = []
        /// The folded words of the `not with` rules (each a phrase of one or more words).
        var absentWords: [[[UInt16]]] = []
        var indefiniteNeedsAdjective = false
        /// `not in` phrases in which the entry was not found: they can never apply.
        var phrasesWithoutTerm: [String] = []
    }

    private var byEntry: [Int: Entry] = [:]

    /// Whether no entry has a rule (the matcher then skips every check).
    var isEmpty: Bool { byEntry.isEmpty }

    /// The prepared rules of entry `index`, nil when it has none.
    subscript(entry index: Int) -> Entry? { byEntry[index] }

    init(entries: [GlossaryEntry]) {
        for (index, entry) in entries.enumerated() where !entry.context.isEmpty {
            var prepared = Entry()
            prepared.needsCue = entry.context.needsCue
            prepared.adjectiveReading = entry.context.hasAdjectiveReading
            prepared.readings = entry.context.readings.map(Self.letters(of:))
            prepared.absentWords = entry.context.absentWords.map(MatchFold.words).filter { !$0.isEmpty }
            prepared.indefiniteNeedsAdjective = entry.context.indefiniteNeedsAdjective
            for phrase in entry.context.excludedPhrases {
                if let exclusion = Self.exclusion(phrase, for: entry) {
                    prepared.exclusions.append(exclusion)
                } else {
                    prepared.phrasesWithoutTerm.append(phrase)
                }
            }
            byEntry[index] = prepared
        }
    }

    /// Finds `entry` in `phrase` with a matcher of that entry alone, so the phrase is read
    /// exactly as running text is (clitics, forms, variants); nil when it is not there.
    private static func exclusion(_ phrase: String, for entry: GlossaryEntry) -> Exclusion? {
        var bare = entry
        bare.context = TermContext()
        let probe = GlossaryMatcher(glossary: Glossary(entries: [bare]))
        let units = Array(phrase.utf16)
        var found: Exclusion?
        units.withUnsafeBufferPointer { buffer in
            try? FoldedWords.with(buffer, range: 0..<buffer.count) { words in
                guard let match = probe.matches(in: words, original: buffer).first else { return }
                var first = -1, last = -1
                var folded: [[UInt16]] = []
                for word in 0..<words.count {
                    folded.append(Array(words.folded[words.range(of: word)]))
                    let start = Int(words.origins[words.start(of: word)]), end = words.originalEnd(of: word)
                    if end > match.range.lowerBound, start < match.range.upperBound {
                        if first < 0 { first = word }
                        last = word
                    }
                }
                // A phrase that is only the entry would rule out every match: no exclusion.
                guard first >= 0, folded.count > last - first + 1 else { return }
                found = Exclusion(words: folded, term: first..<(last + 1))
            }
        }
        return found
    }

    /// The letters of a vocalised spelling, each with the marks written on it; tatweel dropped.
    private static func letters(of spelling: String) -> [ReadingLetter] {
        var letters: [ReadingLetter] = []
        for scalar in spelling.unicodeScalars where scalar != "\u{0640}" {
            if isMark(scalar) {
                if !letters.isEmpty { letters[letters.count - 1].marks.insert(scalar) }
            } else {
                letters.append(ReadingLetter(letter: scalar, marks: []))
            }
        }
        return letters
    }

    /// Whether `scalar` is an Arabic vowel mark, tanween, shadda or sukun (U+064B–U+0652) or a
    /// superscript alef.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x064B...0x0652).contains(scalar.value) || scalar.value == 0x0670
    }
}
