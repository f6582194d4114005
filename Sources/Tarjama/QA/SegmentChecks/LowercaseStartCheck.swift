/// The target starts with a lower-case letter: the usual trace of a sentence whose start was
/// left out ("gone wrong for young men."). Arabic has no case, so only the target is looked at.
///
/// Leading quotes, brackets and dashes are looked through. A one-letter first word is a list
/// or footnote label ("a Includes…", "b. The activity…") and a word with a capital inside is a
/// name (iPhone, eBay); both are left alone.
public struct LowercaseStartCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        let start = target.drop { !$0.isLetter && !$0.isNumber }
        guard let first = start.first, first.isLetter, first.isLowercase else { return [] }
        let word = start.prefix { $0.isLetter }
        guard word.count > 1, !word.contains(where: \.isUppercase) else { return [] }
        return [.pairFinding(.lowercaseStart, found: String(word))]
    }
}
