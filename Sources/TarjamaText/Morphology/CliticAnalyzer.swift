/// Reads an Arabic word as proclitics (و ف, then ب ك ل, then the article ال) + a stem, so that
/// والرقة finds الرقة and للمسلحين finds المسلحين.
///
/// It works on matching keys (``ArabicNormalizer`` output), where alef variants and tashkeel are
/// already folded. It is conservative: a clitic is only split off when at least
/// ``minimumStemLength`` letters remain, so بلد, ولد and كتب stay whole. Ambiguity is left to the
/// caller's lexicon: every plausible reading is returned, fewest removals first.
public struct CliticAnalyzer: Sendable {
    /// The fewest letters a stem must keep after clitics are removed.
    public let minimumStemLength: Int

    /// An analyser keeping stems of at least `minimumStemLength` letters (3 by default).
    public init(minimumStemLength: Int = 3) {
        self.minimumStemLength = max(1, minimumStemLength)
    }

    private static let alef: UInt16 = 0x0627
    /// و ف ب ك ل and the alef of the article.
    private static let cliticInitials: Set<UInt16> = [0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627]
    private static let lam: UInt16 = 0x0644

    /// Every reading of the word `units[range]`, starting with the word itself.
    ///
    /// - Complexity: O(k · n) for a word of n units, k ≤ 12 readings.
    public func analyses(of units: [UInt16], in range: Range<Int>) -> [CliticAnalysis] {
        units.withUnsafeBufferPointer { analyses(of: $0, in: range) }
    }

    /// Every reading of a word given as a string (a key); ranges count its UTF-16 units.
    public func analyses(of word: String) -> [CliticAnalysis] {
        let units = Array(word.utf16)
        return analyses(of: units, in: 0..<units.count)
    }

    /// Every reading of the word `buffer[range]`, starting with the word itself.
    public func analyses(of buffer: UnsafeBufferPointer<UInt16>, in range: Range<Int>) -> [CliticAnalysis] {
        var results: [CliticAnalysis] = []
        func add(_ removed: [Proclitic], keepsArticle: Bool, contracted: Bool, form: [UInt16], range: Range<Int>) {
            // At most a dozen readings: a linear check beats hashing the forms.
            guard !results.contains(where: { $0.form == form }) else { return }
            results.append(
                CliticAnalysis(
                    removed: removed, keepsArticle: keepsArticle,
                    contractedArticle: contracted, form: form, range: range))
        }
        let word = Array(buffer[range])
        add([], keepsArticle: false, contracted: false, form: word, range: range)
        // Most words start with no clitic letter at all: nothing more to read.
        guard let first = word.first, Self.cliticInitials.contains(first),
            word.count > minimumStemLength, word.allSatisfy(Self.isArabicLetter)
        else { return results }

        // Conjunction, then preposition, then article; each optional.
        var conjunctionReadings: [([Proclitic], Int)] = [([], 0)]
        if let first = word.first, let conjunction = Proclitic.conjunctions.first(where: { $0.letter == first }),
            word.count - 1 >= minimumStemLength
        {
            conjunctionReadings.append(([conjunction], 1))
        }
        for (conjunctions, afterConjunction) in conjunctionReadings {
            var prepositionReadings: [([Proclitic], Int)] = [(conjunctions, afterConjunction)]
            if afterConjunction < word.count,
                let preposition = Proclitic.prepositions.first(where: { $0.letter == word[afterConjunction] })
            {
                prepositionReadings.append((conjunctions + [preposition], afterConjunction + 1))
            }
            for (clitics, start) in prepositionReadings {
                let rest = word[start...]
                // ل + ال is written لل: the article's alef is dropped.
                if clitics.last == .li, rest.first == Self.lam, rest.count - 1 >= minimumStemLength {
                    let stem = rest.dropFirst()
                    let articleStart = range.lowerBound + start
                    add(
                        clitics, keepsArticle: true, contracted: true,
                        form: [Self.alef] + Array(rest), range: articleStart..<range.upperBound)
                    add(
                        clitics + [.article], keepsArticle: false, contracted: true,
                        form: Array(stem), range: (articleStart + 1)..<range.upperBound)
                    // Before a stem starting with ل the article leaves no letter: للاجئين is
                    // ل + اللاجئين (the stem لاجئين reads as the plain ل reading below).
                    if rest.count >= minimumStemLength {
                        add(
                            clitics, keepsArticle: true, contracted: true,
                            form: [Self.alef, Self.lam] + Array(rest), range: articleStart..<range.upperBound)
                    }
                }
                if rest.count >= 2, rest.first == Self.alef, rest[rest.startIndex + 1] == Self.lam {
                    // An article needs a stem of its own: الة is not ال + ة.
                    let stem = rest.dropFirst(2)
                    guard stem.count >= minimumStemLength - 1 else { continue }
                    if !clitics.isEmpty {
                        add(
                            clitics, keepsArticle: true, contracted: false,
                            form: Array(rest), range: (range.lowerBound + start)..<range.upperBound)
                    }
                    if stem.count >= minimumStemLength {
                        add(
                            clitics + [.article], keepsArticle: false, contracted: false,
                            form: Array(stem), range: (range.lowerBound + start + 2)..<range.upperBound)
                    }
                } else if !clitics.isEmpty, rest.count >= minimumStemLength {
                    add(
                        clitics, keepsArticle: false, contracted: false,
                        form: Array(rest), range: (range.lowerBound + start)..<range.upperBound)
                }
            }
        }
        return results
    }

    /// Arabic letters proper (not digits, marks or punctuation).
    static func isArabicLetter(_ unit: UInt16) -> Bool {
        (0x0621...0x064A).contains(unit) || (0x0671...0x06D3).contains(unit) || unit == 0x06D5
    }
}
