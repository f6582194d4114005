internal import TarjamaText

/// The words of a stretch of text as matching keys (``MatchFold``), with the normaliser's offset
/// map: for each key unit the original units it came from, so a match found on the key is
/// reported at the exact original span.
struct FoldedWords {
    /// The matching key of the text, with its offset map.
    let key: NormalizedText
    /// The key units (words and what separates them).
    var folded: [UInt16] { key.units }
    /// For each key unit, the offset of its first original unit.
    var origins: [Int32] { key.originalStarts }
    /// For each key unit, the offset just past its original units (attached marks included).
    var ends: [Int32] { key.originalEnds }
    /// For each word, where it starts and ends in ``folded``.
    var starts: [Int32] = []
    var stops: [Int32] = []

    var count: Int { starts.count }

    @inline(__always)
    func range(of word: Int) -> Range<Int> { Int(starts[word])..<Int(stops[word]) }

    @inline(__always)
    func originalEnd(of word: Int) -> Int { Int(ends[Int(stops[word]) - 1]) }

    /// Normalises and splits `range` of `units`.
    init(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) {
        key = try MatchFold.normalizer.normalize(units, in: range)
        let scanner = MatchFold.scanner
        var inWord = false
        for (index, unit) in key.units.enumerated() {
            if scanner.isWordUnit(unit) {
                if !inWord {
                    starts.append(Int32(index))
                    inWord = true
                }
            } else if inWord {
                stops.append(Int32(index))
                inWord = false
            }
        }
        if inWord { stops.append(Int32(key.units.count)) }
    }
}

/// One way to read a word for matching: as it stands, or with proclitics removed.
struct CliticCandidate {
    /// How many folded units of the word the clitics take.
    var offset: Int
    /// Whether the candidate is ا + the rest (the ل+ال contraction: للمسلحين → المسلحين).
    var addsAlef: Bool
    /// The clitics removed, e.g. `و+ل+ال`; empty for the word as it stands.
    var clitics: String
    /// Whether the article ال was removed: then only common nouns (type term) may match, since a
    /// name does not take the article (السورية is "Syrian", not سورية "Syria").
    var removesArticle = false

    private static let waw: UInt16 = 0x0648, fa: UInt16 = 0x0641, ba: UInt16 = 0x0628
    private static let kaf: UInt16 = 0x0643, lam: UInt16 = 0x0644, alef: UInt16 = 0x0627
    /// A stem shorter than this is never produced: بلد, ولد, كتب stay whole.
    static let minimumStem = 3

    /// Fills `candidates` with the readings of the word at `range` of `folded`, fewest clitics first.
    @inline(__always)
    static func candidates(of folded: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, into candidates: inout [CliticCandidate]) {
        candidates.removeAll(keepingCapacity: true)
        candidates.append(CliticCandidate(offset: 0, addsAlef: false, clitics: ""))
        let length = range.count
        guard length > minimumStem else { return }
        let base = range.lowerBound
        @inline(__always) func at(_ offset: Int) -> UInt16 { folded[base + offset] }
        // Conjunction (و ف), then preposition (ب ك ل), then the article; written as loops over at
        // most two choices each, because this runs for every word of running text.
        let first = at(0)
        let conjunctionCount = first == waw || first == fa ? 2 : 1
        for conjunctionChoice in 0..<conjunctionCount {
            let afterConjunction = conjunctionChoice
            let conjunction = conjunctionChoice == 0 ? "" : (first == waw ? "و" : "ف")
            var prepositionName: String?
            if length - afterConjunction > minimumStem {
                let letter = at(afterConjunction)
                prepositionName = letter == ba ? "ب" : letter == kaf ? "ك" : letter == lam ? "ل" : nil
            }
            for prepositionChoice in 0..<(prepositionName == nil ? 1 : 2) {
                let offset = afterConjunction + prepositionChoice
                let clitics = prepositionChoice == 0 ? conjunction : join(conjunction, prepositionName!)
                let rest = length - offset
                // An article needs a stem of its own (الة is not ال + ة), as in CliticAnalyzer.
                let startsWithArticle = rest >= 2 && at(offset) == alef && at(offset + 1) == lam
                if startsWithArticle && rest - 2 < minimumStem - 1 { continue }
                if offset > 0, rest >= minimumStem {
                    candidates.append(CliticCandidate(offset: offset, addsAlef: false, clitics: clitics))
                }
                // ل + ال is written لل: the word continues with the article's lam.
                if prepositionChoice == 1, at(offset - 1) == lam, rest > minimumStem, at(offset) == lam {
                    candidates.append(CliticCandidate(offset: offset, addsAlef: true, clitics: join(clitics, "ال")))
                }
                if rest - 2 >= minimumStem, at(offset) == alef, at(offset + 1) == lam {
                    candidates.append(CliticCandidate(offset: offset + 2, addsAlef: false, clitics: join(clitics, "ال"), removesArticle: true))
                }
            }
        }
    }

    private static func join(_ first: String, _ second: String) -> String {
        first.isEmpty ? second : first + "+" + second
    }
}
