/// The target starts with a lower-case letter where the source is a whole sentence (it ends
/// with . ! ? or ؟): the usual trace of a sentence whose start was left out ("gone wrong for
/// young men."). A source that is a fragment (a preambular clause ending with a comma, a
/// heading) may well be translated starting in lower case, and is left alone.
///
/// Leading quotes, brackets and dashes are looked through. A one-letter first word is a list
/// or footnote label ("a Includes…", "b. The activity…") and a word with a capital inside is a
/// name (iPhone, eBay); both are left alone.
public struct LowercaseStartCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        guard let end = EndingPunctuationCheck.lastMark(source), EndingPunctuationCheck.sourceStops.contains(end) else { return [] }
        let start = target.drop { !$0.isLetter && !$0.isNumber }
        guard let first = start.first, first.isLetter, first.isLowercase else { return [] }
        let word = start.prefix { $0.isLetter }
        guard word.count > 1, !word.contains(where: \.isUppercase) else { return [] }
        return [.pairFinding(.lowercaseStart, found: String(word))]
    }
}
