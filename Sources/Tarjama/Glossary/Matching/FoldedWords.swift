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
        var conjunctions = [(0, "")]
        if at(0) == waw || at(0) == fa { conjunctions.append((1, at(0) == waw ? "و" : "ف")) }
        for (afterConjunction, conjunction) in conjunctions {
            var prepositions = [(afterConjunction, conjunction)]
            if length - afterConjunction > minimumStem {
                let letter = at(afterConjunction)
                let name = letter == ba ? "ب" : letter == kaf ? "ك" : letter == lam ? "ل" : nil
                if let name { prepositions.append((afterConjunction + 1, join(conjunction, name))) }
            }
            for (offset, clitics) in prepositions {
                let rest = length - offset
                if offset > 0, rest >= minimumStem {
                    candidates.append(CliticCandidate(offset: offset, addsAlef: false, clitics: clitics))
                }
                // ل + ال is written لل: the word continues with the article's lam.
                if offset > 0, at(offset - 1) == lam, offset - 1 >= afterConjunction, rest > minimumStem, at(offset) == lam {
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
