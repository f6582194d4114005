/// Roman numerals in English text, as the UN writes chapters, annexes and sessions
/// ("Chapter VII", "annex III", "resolution 689 (XXXV)").
///
/// A numeral of two letters or more stands on its own; a single I, V, X or L counts only after
/// a word that numbers things this way (Chapter, Annex, Part, Article, Phase, …) or inside
/// parentheses, since "I" is far more often the pronoun.
enum RomanNumerals {
    /// A numeral found: its value, its span, and whether a numbering word stands before it
    /// (Chapter VI), which makes it certainly a number rather than letters (the DC of Washington DC).
    struct Numeral {
        var value: Int
        var range: Range<Int>
        var afterNumberingWord: Bool
    }

    /// The Roman numerals in `units`, in order (1–3999, canonical forms only).
    static func numerals(in units: [UInt16]) -> [Numeral] {
        var numerals: [Numeral] = []
        var index = 0
        var previousWord = ""
        while index < units.count {
            guard isLetter(units[index]) else { index += 1; continue }
            var end = index
            while end < units.count, isLetter(units[end]) { end += 1 }
            let word = String(decoding: units[index..<end], as: UTF16.self)
            if let value = value(of: word) {
                let parenthesised = index > 0 && units[index - 1] == 0x28 || (end < units.count && units[end] == 0x29)
                let numbered = numberingWords.contains(previousWord.lowercased())
                if word.count > 1 || (["I", "V", "X"].contains(word) && (parenthesised || numbered)) {
                    numerals.append(Numeral(value: value, range: index..<end, afterNumberingWord: numbered))
                }
            }
            previousWord = word
            index = end
        }
        return numerals
    }

    /// Words after which a single-letter numeral is one (Chapter V, World War I, Habitat I).
    static let numberingWords: Set<String> = [
        "chapter", "annex", "part", "article", "section", "title", "phase", "stage", "volume", "book",
        "appendix", "schedule", "protocol", "war", "habitat", "tests", "level", "category", "class", "type", "act",
    ]

    /// The value of a canonical Roman numeral in capitals (XIV, not IIII or xiv), or nil.
    static func value(of word: String) -> Int? {
        guard !word.isEmpty, word.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for letter in word.reversed() {
            guard let digit = letterValues[letter] else { return nil }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        return total > 0 && total < 4000 && numeral(for: total) == word ? total : nil
    }

    private static let letterValues: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    private static let canonicalSteps: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The canonical numeral for 1–3999.
    static func numeral(for value: Int) -> String {
        var rest = value
        var result = ""
        for (amount, letters) in canonicalSteps {
            while rest >= amount { result += letters; rest -= amount }
        }
        return result
    }

    private static func isLetter(_ unit: UInt16) -> Bool { (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
}
