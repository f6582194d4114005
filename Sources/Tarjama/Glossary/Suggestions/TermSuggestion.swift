/// One suggestion for a span of Arabic source text: a glossary rendering, a number in digits,
/// or a romanised name the glossary does not know (low confidence).
public struct TermSuggestion: Sendable, Hashable {
    /// Where the suggestion comes from, and so how far to trust it.
    public enum Origin: String, Sendable, Hashable {
        /// A glossary entry: the desk's agreed rendering.
        case glossary
        /// A number written out (or in Arabic-Indic digits) or a date, given as English news writes
        /// it (type `number` or `date`).
        case number
        /// A name not in the glossary, spelled from the name dictionary or romanised by rule: to
        /// check against agency spelling.
        case romanised
    }

    /// UTF-16 offsets in the document, end exclusive.
    public var range: Range<Int>
    /// The Arabic as it stands in the text.
    public var text: String
    /// The glossary's source term (for numbers and names, the text itself).
    public var source: String
    /// The suggested English.
    public var rendering: String
    /// Other accepted renderings.
    public var alternatives: [String]
    /// Renderings house style rejects.
    public var forbidden: [String]
    /// `person`, `place`, `organisation`, `term`, `other`, or `number`.
    public var type: String
    /// How it matched: `exact`, `normalised`, `clitic`, `variant`, `number`; for a spotted name,
    /// `dictionary` (every word from the name dictionary) or `guess` (some vowels guessed).
    public var match: String
    /// The clitics removed in front of the term (`و`, `ل+ال`), empty when none.
    public var clitics: String
    public var origin: Origin
    /// The glossary entry, for glossary suggestions.
    public var entryIndex: Int?
    /// Anything the translator should check (a stray scale word after a number).
    public var note: String?

    /// Whether the suggestion is a rule-made guess rather than a desk decision.
    public var isLowConfidence: Bool { origin == .romanised }

    /// The `match` of a name whose spelling the rules guessed for some word.
    public static let guessMatch = "guess"

    /// The `match` of a name spelled from the dictionary where the agencies' spelling of some
    /// word is a coin toss (محمد: Mohammed, Muhammad, Mohamed); only suggested when asked for,
    /// like guesses.
    public static let ambiguousMatch = "ambiguous"

    /// Whether the suggested spelling is one of several the agencies print for the name.
    public var isAmbiguous: Bool { origin == .romanised && match == Self.ambiguousMatch }

    /// Whether some of the suggested spelling was guessed by the romanisation rules (only
    /// suggested when asked for: ``GlossarySuggester/suggestsGuessedNames``).
    public var isGuess: Bool { origin == .romanised && match == Self.guessMatch }

    /// `guess` for a guessed spelling, `ambiguous` for a spelling the agencies split on, `low` for
    /// a name spelled from the name dictionary (the spelling is an agency's, the person reading a
    /// heuristic), nil for glossary terms and numbers.
    public var confidence: String? { isGuess ? "guess" : isAmbiguous ? "ambiguous" : isLowConfidence ? "low" : nil }
}
