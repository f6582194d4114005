extension ArabicTransliterator {
    /// The names romanisation of `units` with `dictionary` first: each run of words the
    /// dictionary knows (longest first, only spaces between its words) is written as the
    /// dictionary spells it; the text between goes through the rules, which guess vowels.
    /// `guessedWords` counts the Arabic words left to the rules.
    func romanizingNames(_ units: [UInt16], dictionary: NameDictionary, guessedWords: inout Int,
                         rules: ([UInt16]) throws(TransliterationError) -> [UInt16]) throws(TransliterationError) -> [UInt16] {
        let words = Self.arabicWords(in: units)
        guard !words.isEmpty, dictionary.count > 0 else {
            guessedWords = words.count
            return try rules(units)
        }
        let keys = words.map { try? ArabicNormalizer.matching.normalize(units, in: $0).string }
        var output: [UInt16] = []
        var pending = 0
        var index = 0
        guessedWords = 0
        while index < words.count {
            guard let (length, spelling) = Self.longestEntry(at: index, words: words, keys: keys, units: units, dictionary: dictionary) else {
                guessedWords += 1
                index += 1
                continue
            }
            output += try guessed(Array(units[pending..<words[index].lowerBound]), rules)
            output += spelling.utf16
            pending = words[index + length - 1].upperBound
            index += length
        }
        output += try guessed(Array(units[pending...]), rules)
        return output
    }

    /// The rules' romanisation of `units`, or `units` as they are when they hold no Arabic word.
    private func guessed(_ units: [UInt16], _ rules: ([UInt16]) throws(TransliterationError) -> [UInt16]) throws(TransliterationError) -> [UInt16] {
        // Arabic punctuation (، ؛ ؟) goes through the rules too, which write it in Latin.
        units.contains(where: { (0x0600...0x06FF).contains($0) }) ? try rules(units) : units
    }

    /// The longest dictionary entry starting at word `index`: its length in words and spelling.
    /// A single word the dictionary lacks may still be the article plus a name it has
    /// (العلي → al-Ali), for given and family names.
    static func longestEntry(at index: Int, words: [Range<Int>], keys: [String?], units: [UInt16],
                             dictionary: NameDictionary) -> (Int, String)? {
        let most = min(dictionary.longestEntryWords, words.count - index)
        var length = most
        while length >= 1 {
            var parts: [String] = []
            var joined = true
            for offset in 0..<length {
                let word = index + offset
                guard let key = keys[word] else { joined = false; break }
                if offset > 0, !units[words[word - 1].upperBound..<words[word].lowerBound].allSatisfy({ $0 == 0x20 }) {
                    joined = false
                    break
                }
                parts.append(key)
            }
            if joined, let entry = dictionary.entry(forKey: parts.joined(separator: " ")) { return (length, entry.spelling) }
            length -= 1
        }
        guard let key = keys[index], key.hasPrefix("ال"), key.utf16.count > 4,
              let entry = dictionary.entry(forKey: String(key.dropFirst(2))),
              entry.kind == .given || entry.kind == .family else { return nil }
        return (1, entry.spelling.hasPrefix("al-") ? entry.spelling : "al-" + entry.spelling)
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
