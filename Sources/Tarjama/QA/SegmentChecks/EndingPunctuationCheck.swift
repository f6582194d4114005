/// The source ends a sentence and the target does not (Xbench's and CheckMate's "ending
/// punctuation" check): the usual trace of a sentence whose end was left out.
///
/// Closing quotes and brackets are looked through; the target may end with any sentence or
/// clause stop (. ! ? ; : …), since UN English ends list items with ";" where the Arabic has ".".
/// A source ending otherwise (a heading, a list item, a colon) says nothing.
public struct EndingPunctuationCheck: PairCheck {
    static let sourceStops: Set<Character> = [".", "!", "?", "\u{061F}"]
    static let targetStops: Set<Character> = [".", "!", "?", ";", ":", "\u{2026}"]

    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        guard let sourceEnd = Self.lastMark(source), Self.sourceStops.contains(sourceEnd) else { return [] }
        guard let targetEnd = Self.lastMark(target), !Self.targetStops.contains(targetEnd) else { return [] }
        return [.pairFinding(.endingPunctuation, expected: "\"\(sourceEnd)\"", found: "\"\(targetEnd)\"")]
    }

    /// The last character that is not white space, a closing quote or bracket, or a footnote star.
    static func lastMark(_ text: String) -> Character? {
        text.last { character in
            !character.isWhitespace && !"\"'\u{201D}\u{2019}\u{00BB})]*".contains(character)
        }
    }
}
