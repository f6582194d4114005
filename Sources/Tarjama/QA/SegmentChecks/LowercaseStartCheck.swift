/// The target starts with a lower-case letter: the usual trace of a sentence whose start was
/// left out ("gone wrong for young men."). Arabic has no case, so the source cannot say
/// whether the English should start in capitals; what it can say is whether it starts mid-way
/// itself: a source that opens with closing punctuation or a comma ("), وبخاصة …", a piece of a
/// sentence the extraction split) may well be translated in lower case, and is left alone.
///
/// Leading quotes, brackets and dashes are looked through. A one-letter first word followed by
/// a full stop, a bracket or a capital is a list or footnote label ("a Includes…", "b. The
/// activity…"), and a word with a capital inside is a name (iPhone, eBay); both are left alone.
/// "a market in …" is an article, not a label. "the" before a capital is a name's article
/// ("the Conference of the Parties to …", a title as headings split it).
public struct LowercaseStartCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        guard !Self.startsMidway(source) else { return [] }
        let start = target.drop { !$0.isLetter && !$0.isNumber }
        guard let first = start.first, first.isLetter, first.isLowercase else { return [] }
        let word = start.prefix { $0.isLetter }
        guard !word.contains(where: \.isUppercase) else { return [] }
        if word.count == 1 {
            let rest = start.dropFirst()
            let next = rest.drop { $0 == " " }.first
            guard rest.first == " ", let next, next.isLetter, next.isLowercase else { return [] }
        }
        // "the Conference of the Parties …": a name's article, as a title piece starts.
        if word == "the", start.dropFirst(3).first == " ", let next = start.dropFirst(4).first, next.isUppercase { return [] }
        return [.pairFinding(.lowercaseStart, found: String(word))]
    }

    /// Whether the source opens mid-sentence: its first visible character closes a bracket or
    /// a quote, or is a comma, a semicolon or a full stop (Arabic or Latin), or is a Latin
    /// lower-case letter.
    static func startsMidway(_ source: String) -> Bool {
        guard let first = source.first(where: { !$0.isWhitespace && !"\u{200E}\u{200F}\u{061C}".contains($0) }) else { return false }
        return ")]}\u{00BB}\u{201D}\u{2019},;.:\u{060C}\u{061B}".contains(first) || (first.isASCII && first.isLowercase)
    }
}
