/// The words of a stretch of text, folded by ``MatchFold``, with an offset map: for each folded
/// unit the offset of the original unit it came from, so a match found on the key is reported
/// at the exact original span.
struct FoldedWords {
    /// The folded units of all words, back to back.
    var folded: [UInt16] = []
    /// For each folded unit, the offset of its original unit.
    var origins: [Int32] = []
    /// For each word, where it starts in ``folded``; one extra element closes the last word.
    var starts: [Int32] = []
    /// For each word, the original offset just past its last unit (trailing diacritics included).
    var originalEnds: [Int32] = []

    var count: Int { originalEnds.count }

    @inline(__always)
    func range(of word: Int) -> Range<Int> { Int(starts[word])..<Int(starts[word + 1]) }

    @inline(__always)
    func originalEnd(of word: Int) -> Int { Int(originalEnds[word]) }

    /// Folds and splits `range` of `units`.
    mutating func read(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>) {
        folded.reserveCapacity(range.count)
        origins.reserveCapacity(range.count)
        var inWord = false
        var lastEnd = 0
        MatchFold.table.withUnsafeBufferPointer { table in
            for position in range {
                let unit = table[Int(units[position])]
                if unit == MatchFold.separator {
                    if inWord {
                        originalEnds.append(Int32(lastEnd))
                        inWord = false
                    }
                } else if unit == MatchFold.ignorable {
                    if inWord { lastEnd = position + 1 }
                } else {
                    if !inWord {
                        starts.append(Int32(folded.count))
                        inWord = true
                    }
                    folded.append(unit)
                    origins.append(Int32(position))
                    lastEnd = position + 1
                }
            }
        }
        if inWord { originalEnds.append(Int32(lastEnd)) }
        starts.append(Int32(folded.count))
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
