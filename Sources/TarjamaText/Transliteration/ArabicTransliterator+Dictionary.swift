extension ArabicTransliterator {
    /// The names romanisation of `units` with `dictionary` first: each run of words the
    /// dictionary knows (longest first, only spaces between its words) is written as the
    /// dictionary spells it; the text between goes through the rules, which guess vowels.
    /// `report` counts the Arabic words left to the rules and where in the output a dictionary
    /// spelling has alternatives.
    func romanizingNames(
        _ units: [UInt16], dictionary: NameDictionary, report: inout NameRomanizationReport,
        rules: ([UInt16]) throws(TransliterationError) -> [UInt16]
    ) throws(TransliterationError) -> [UInt16] {
        let words = Self.arabicWords(in: units)
        report = NameRomanizationReport()
        guard !words.isEmpty, dictionary.count > 0 else {
            report.guessedWords = words.count
            return try rules(units)
        }
        let keys = words.map { try? ArabicNormalizer.matching.normalize(units, in: $0).string }
        var output: [UInt16] = []
        var pending = 0
        var index = 0
        while index < words.count {
            guard
                let (length, spelling, alternatives, isCoinToss) = Self.longestEntry(
                    at: index, words: words, keys: keys, units: units,
                    dictionary: dictionary)
            else {
                report.guessedWords += 1
                index += 1
                continue
            }
            output += try guessed(Array(units[pending..<words[index].lowerBound]), rules)
            let start = output.count
            output += spelling.utf16
            if !alternatives.isEmpty { report.choices.append((start..<output.count, alternatives)) }
            if isCoinToss { report.tossedWords += 1 }
            pending = words[index + length - 1].upperBound
            index += length
        }
        output += try guessed(Array(units[pending...]), rules)
        return output
    }

    /// The rules' romanisation of `units`, or `units` as they are when they hold no Arabic word.
    private func guessed(_ units: [UInt16], _ rules: ([UInt16]) throws(TransliterationError) -> [UInt16]) throws(TransliterationError)
        -> [UInt16]
    {
        // Arabic punctuation (، ؛ ؟) goes through the rules too, which write it in Latin.
        units.contains(where: { (0x0600...0x06FF).contains($0) }) ? try rules(units) : units
    }

    /// The longest dictionary entry starting at word `index`: its length in words, spelling,
    /// alternatives and whether that spelling is a coin toss.
    /// A single word the dictionary lacks may still be the article plus a name it has
    /// (العلي → al-Ali), for given and family names. A first word the dictionary lacks may carry
    /// proclitics in front of a name it has (وبشار الأسد → Bashar al-Assad, للأسد → al-Assad):
    /// they are dropped, since the spelling is the name's, not the sentence's.
    static func longestEntry(
        at index: Int, words: [Range<Int>], keys: [String?], units: [UInt16],
        dictionary: NameDictionary
    ) -> (Int, String, [String], Bool)? {
        guard let first = keys[index] else { return nil }
        if let found = longestEntry(at: index, firstKey: first, words: words, keys: keys, units: units, dictionary: dictionary) {
            return found
        }
        for stem in Self.proclitic(stemsOf: first) {
            if let found = longestEntry(at: index, firstKey: stem, words: words, keys: keys, units: units, dictionary: dictionary) {
                return found
            }
        }
        return nil
    }

    /// The longest entry at word `index` whose first word's key is `firstKey`, then the article
    /// plus a single given or family name.
    private static func longestEntry(
        at index: Int, firstKey: String, words: [Range<Int>], keys: [String?],
        units: [UInt16], dictionary: NameDictionary
    ) -> (Int, String, [String], Bool)? {
        let most = min(dictionary.longestEntryWords, words.count - index)
        var length = most
        while length >= 1 {
            var parts: [String] = [firstKey]
            var joined = true
            for offset in 1..<max(length, 1) {
                let word = index + offset
                guard let key = keys[word],
                    units[words[word - 1].upperBound..<words[word].lowerBound].allSatisfy({ $0 == 0x20 })
                else {
                    joined = false
                    break
                }
                parts.append(key)
            }
            if joined, let entry = dictionary.entry(forKey: parts.joined(separator: " ")) {
                return (length, entry.spelling, entry.alternatives, entry.isCoinToss)
            }
            length -= 1
        }
        guard firstKey.hasPrefix("ال"), firstKey.utf16.count > 4,
            let entry = dictionary.entry(forKey: String(firstKey.dropFirst(2))),
            entry.kind == .given || entry.kind == .family
        else { return nil }
        func withArticle(_ spelling: String) -> String { spelling.hasPrefix("al-") ? spelling : "al-" + spelling }
        return (1, withArticle(entry.spelling), entry.alternatives.map(withArticle), entry.isCoinToss)
    }

    /// What a matching key may be once its proclitics are taken off, most likely first: the
    /// conjunction و or ف, then a preposition ب ل ك only before the article (بالأسد; لل is ل+ال),
    /// since a bare ب ل ك often begins a name itself (باسل, لينا, كريم). The stem keeps at least
    /// three letters.
    static func proclitic(stemsOf key: String) -> [String] {
        var stems: [String] = []
        var rest = Substring(key)
        if let first = rest.first, first == "و" || first == "ف", rest.count > 3 {
            rest = rest.dropFirst()
            stems.append(String(rest))
        }
        if let first = rest.first, first == "ب" || first == "ك" || first == "ل", rest.count > 4 {
            let afterPreposition = rest.dropFirst()
            if afterPreposition.hasPrefix("ال") {
                stems.append(String(afterPreposition))
            } else if first == "ل", afterPreposition.hasPrefix("ل") {
                stems.append("ا" + afterPreposition)
            }
        }
        return stems
    }

    /// The ranges of the Arabic words (letters, marks and tatweel) of `units`.
    static func arabicWords(in units: [UInt16]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (offset, unit) in units.enumerated() {
            if isArabicWordUnit(unit) {
                if start == nil { start = offset }
            } else if let begun = start {
                words.append(begun..<offset)
                start = nil
            }
        }
        if let begun = start { words.append(begun..<units.count) }
        return words
    }

    @inline(__always)
    static func isArabicWordUnit(_ unit: UInt16) -> Bool {
        (0x0621...0x065F).contains(unit) || (0x0670...0x06D3).contains(unit)
    }
}

/// What a names romanisation left open: how many words the rules guessed, how many dictionary
/// spellings are a coin toss, and where in the output a dictionary spelling has alternatives
/// (ستيفن: Stephen, also Steven).
struct NameRomanizationReport {
    var guessedWords = 0
    var tossedWords = 0
    var choices: [(range: Range<Int>, alternatives: [String])] = []
}
