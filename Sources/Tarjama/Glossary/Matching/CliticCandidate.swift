/// One way to read a word for matching: as it stands, or with proclitics removed. It mirrors
/// `CliticAnalyzer`'s rules (a test checks every reading is one the analyser gives) but makes
/// no array or string per word, because it runs for every word of running text; the clitics are
/// spelled out only for a match.
struct CliticCandidate {
    /// How many folded units of the word the clitics take.
    var offset: Int
    /// Whether the candidate is ا + the rest (the ل+ال contraction: للمسلحين → المسلحين).
    var addsAlef: Bool
    /// Whether the candidate is ال + the rest: ل + ال before a stem that itself starts with ل
    /// drops the article's alef and lam (للاجئين is ل + اللاجئين), so the text keeps one ل less.
    var addsArticle = false
    /// The conjunction removed: 0 none, else its letter (و ف).
    var conjunction: UInt16 = 0
    /// The preposition removed: 0 none, else its letter (ب ك ل).
    var preposition: UInt16 = 0
    /// Whether the article ال was removed: then only common nouns (type term) may match, since a
    /// name does not take the article (السورية is "Syrian", not سورية "Syria").
    var removesArticle = false

    /// The clitics removed, e.g. `و+ل+ال`; empty for the word as it stands.
    var clitics: String {
        // Built from literals: small strings, no array, since every clitic match asks.
        var text = ""
        if conjunction != 0 { text = conjunction == Self.waw ? "و" : "ف" }
        if preposition != 0 {
            if !text.isEmpty { text += "+" }
            text += preposition == Self.ba ? "ب" : preposition == Self.kaf ? "ك" : "ل"
        }
        if addsAlef || addsArticle || removesArticle {
            if !text.isEmpty { text += "+" }
            text += "ال"
        }
        return text
    }

    var isWholeWord: Bool { offset == 0 && !addsAlef && !addsArticle }

    /// Whether the reading restores a contracted article (ل + ال written لل).
    var isContracted: Bool { addsAlef || addsArticle }

    private static let waw: UInt16 = 0x0648, fa: UInt16 = 0x0641, ba: UInt16 = 0x0628
    private static let kaf: UInt16 = 0x0643, lam: UInt16 = 0x0644, alef: UInt16 = 0x0627
    /// A stem shorter than this is never produced: بلد, ولد, كتب stay whole.
    static let minimumStem = 3

    /// Whether a word starting with `first` can have a reading other than itself (و ف ب ك ل,
    /// or ا of the article); ``candidates(of:_:into:)`` gives only the word for any other.
    @inline(__always)
    static func mayStartWithClitic(_ first: UInt16) -> Bool {
        first == waw || first == fa || first == ba || first == kaf || first == lam || first == alef
    }

    /// Fills `candidates` with the readings of the word at `range` of `folded`, fewest clitics first.
    static func candidates(of folded: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, into candidates: inout [CliticCandidate]) {
        candidates.removeAll(keepingCapacity: true)
        forEachCandidate(of: folded, range) { candidates.append($0) }
    }

    /// Calls `body` with each reading of the word at `range` of `folded`, fewest clitics first,
    /// starting with the word itself.
    @inline(__always)
    static func forEachCandidate(of folded: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ body: (CliticCandidate) -> Void) {
        body(CliticCandidate(offset: 0, addsAlef: false))
        let length = range.count
        guard length > minimumStem else { return }
        let base = range.lowerBound
        @inline(__always) func at(_ offset: Int) -> UInt16 { folded[base + offset] }
        let first = at(0)
        if first == alef {
            // ا is no clitic: the only reading is the article's, if the word has one.
            if at(1) == lam, length - 2 >= minimumStem {
                body(CliticCandidate(offset: 2, addsAlef: false, removesArticle: true))
            }
            return
        }
        let conjunctionCount = first == waw || first == fa ? 2 : 1
        for conjunctionChoice in 0..<conjunctionCount {
            let afterConjunction = conjunctionChoice
            let conjunction: UInt16 = conjunctionChoice == 0 ? 0 : first
            var preposition: UInt16 = 0
            if length - afterConjunction > minimumStem {
                let letter = at(afterConjunction)
                if letter == ba || letter == kaf || letter == lam { preposition = letter }
            }
            for prepositionChoice in 0..<(preposition == 0 ? 1 : 2) {
                let offset = afterConjunction + prepositionChoice
                let removed: UInt16 = prepositionChoice == 0 ? 0 : preposition
                let rest = length - offset
                // An article needs a stem of its own (الة is not ال + ة), as in CliticAnalyzer.
                let startsWithArticle = rest >= 2 && at(offset) == alef && at(offset + 1) == lam
                if startsWithArticle && rest - 2 < minimumStem - 1 { continue }
                if offset > 0, rest >= minimumStem {
                    body(CliticCandidate(offset: offset, addsAlef: false, conjunction: conjunction, preposition: removed))
                }
                // ل + ال is written لل: the word continues with the article's lam.
                if removed == lam, rest > minimumStem, at(offset) == lam {
                    body(CliticCandidate(offset: offset, addsAlef: true, conjunction: conjunction, preposition: removed))
                    // ... or the stem's own ل, the article's lam merged with it (للاجئين).
                    body(
                        CliticCandidate(
                            offset: offset, addsAlef: false, addsArticle: true,
                            conjunction: conjunction, preposition: removed))
                }
                if startsWithArticle, rest - 2 >= minimumStem {
                    body(
                        CliticCandidate(
                            offset: offset + 2, addsAlef: false, conjunction: conjunction,
                            preposition: removed, removesArticle: true))
                }
            }
        }
    }
}
