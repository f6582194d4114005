/// A word written twice in a row ("the the", "to to"), a typing slip.
///
/// Capitalised doubles are names (Pago Pago, the Roa Roa hotel, Salih Salih) and are left
/// alone, as are "had had" and "that that", which English allows; a word glued to a hyphen or
/// apostrophe before it (Jae-in in) is not a word of its own.
public struct RepeatedWordCheck: PairCheck {
    /// Lower-case doubles that are good English.
    public static let allowed: Set<String> = ["had", "that"]

    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        var findings: [TermProblem] = []
        var previous: Substring?
        var previousGlued = false
        for (word, glued) in Self.words(in: target) {
            if let previous, !previousGlued, !glued, word.first?.isLowercase == true, word.lowercased() == previous.lowercased(),
                !Self.allowed.contains(String(word))
            {
                findings.append(.pairFinding(.repeatedWord, found: "\(word) \(word)"))
            }
            previous = word
            previousGlued = glued
        }
        return findings
    }

    /// The letter runs of the text, each with whether anything but white space (a hyphen, an
    /// apostrophe, a comma) stands between it and the run before.
    static func words(in text: String) -> [(Substring, Bool)] {
        var words: [(Substring, Bool)] = []
        var start: String.Index?
        var glued = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter {
                if start == nil { start = index }
            } else {
                if let begin = start {
                    words.append((text[begin..<index], glued))
                    start = nil
                    glued = false
                }
                if !character.isWhitespace { glued = true }
            }
            index = text.index(after: index)
        }
        if let begin = start { words.append((text[begin...], glued)) }
        return words
    }
}
