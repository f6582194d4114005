/// The target ends on a word English text cannot end with: an article, a conjunction, or a
/// preposition that needs its object (of, to, from, with …): "Macedonians go to polls in",
/// "Conference of the Parties to the". It is the trace of a dropped end that the
/// ending-punctuation check cannot see, since headings and titles end with no stop.
///
/// "a" is not listed: it is also a letter label ("footnote a", "annex I, part a"). A list item
/// that ends "; and" or ", or" (as UN English joins items) is left alone, and so
/// is any target whose last word is followed by a stop. Prepositions that end phrasal verbs
/// ("carried on", "passed by", "came in") are not listed, nor are pronouns ("his").
public struct DanglingEndCheck: PairCheck {
    /// Words that cannot end a sentence, a heading or a title.
    static let words: Set<Substring> = [
        "the", "an", "of", "and", "or", "nor", "to", "at", "for", "with", "from",
        "its", "their", "than", "into", "in",
    ]

    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        var rest = target[...]
        while let last = rest.last, last.isWhitespace || "\"'\u{201D}\u{2019}\u{00BB}".contains(last) { rest.removeLast() }
        let word = rest.reversed().prefix { $0.isLetter }
        guard !word.isEmpty else { return [] }
        let last = Substring(word.reversed())
        guard Self.words.contains(last) else { return [] }
        let before = rest.dropLast(last.count)
        guard before.isEmpty || before.last?.isWhitespace == true else { return [] }
        // "…; and", "…, or": a list item joined to the next.
        if last == "and" || last == "or", let mark = before.last(where: { !$0.isWhitespace }), mark == ";" || mark == "," { return [] }
        return [.pairFinding(.danglingEnd, found: String(last))]
    }
}
