/// The source ends a sentence and the target does not (Xbench's and CheckMate's "ending
/// punctuation" check): the usual trace of a sentence whose end was left out.
///
/// Closing quotes and brackets are looked through, and so is a footnote number after the stop
/// ("website.3", "planning.[23]", as UN English writes them); the target may end with any sentence or
/// clause stop (. ! ? ; : …), since UN English ends list items with ";" where the Arabic has ".".
/// A source ending otherwise (a heading, a list item, a colon) says nothing.
public struct EndingPunctuationCheck: PairCheck {
    static let sourceStops: Set<Character> = [".", "!", "?", "\u{061F}"]
    static let targetStops: Set<Character> = [".", "!", "?", ";", ":", "\u{2026}"]

    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        guard let sourceEnd = Self.lastMark(source), Self.sourceStops.contains(sourceEnd) else { return [] }
        guard let targetEnd = Self.lastMark(Self.withoutFootnote(target)), !Self.targetStops.contains(targetEnd) else { return [] }
        return [.pairFinding(.endingPunctuation, expected: "\"\(sourceEnd)\"", found: "\"\(targetEnd)\"")]
    }

    /// The text without a footnote number that follows a stop at its end: "website.3" ends
    /// "website.", "planning.[23]" ends "planning.".
    static func withoutFootnote(_ text: String) -> Substring {
        var rest = text[...]
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        let bracketed = rest.last == "]"
        if bracketed { rest.removeLast() }
        let digits = rest.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits <= 3 else { return text[...] }
        var stem = rest.dropLast(digits)
        if bracketed {
            guard stem.last == "[" else { return text[...] }
            stem.removeLast()
        }
        guard let stop = stem.last, targetStops.contains(stop) else { return text[...] }
        return stem
    }

    /// The last character that is not white space, a closing quote or bracket, or a footnote star.
    static func lastMark(_ text: some StringProtocol) -> Character? {
        text.last { character in
            !character.isWhitespace && !"\"'\u{201D}\u{2019}\u{00BB})]*".contains(character)
        }
    }
}
