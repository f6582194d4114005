/// A romanised name, which is a guess until someone checks it against the spelling agencies use.
public struct NameSpelling: Sendable, Hashable, CustomStringConvertible {
    /// The Arabic as given.
    public let arabic: String
    /// The suggested Latin spelling.
    public let suggestion: String
    /// How many Arabic words the name dictionary did not know, whose vowels the rules guessed.
    public let guessedWords: Int
    /// Always true: the romanisation guesses unwritten vowels, so it is only a suggestion.
    public var isSuggestion: Bool { true }
    /// Whether every word came from the name dictionary (agency spellings), none guessed.
    public var isFromDictionary: Bool { guessedWords == 0 }

    /// Other spellings agencies print for the same Arabic (Stephen / Steven), one word changed at a time.
    public let alternatives: [String]
    /// How many words came from dictionary entries whose agency spelling is a coin toss
    /// (``NameDictionary/Entry/isCoinToss``: محمد Mohammed or Muhammad).
    public let tossedWords: Int
    /// Whether some word's agency spelling is a coin toss, so the suggestion is as likely another
    /// person's spelling as this one's.
    public var isCoinToss: Bool { tossedWords > 0 }

    public init(arabic: String, suggestion: String, guessedWords: Int = 0, alternatives: [String] = [], tossedWords: Int = 0) {
        self.arabic = arabic
        self.suggestion = suggestion
        self.guessedWords = guessedWords
        self.alternatives = alternatives
        self.tossedWords = tossedWords
    }

    public var description: String {
        isFromDictionary
            ? "\(suggestion) (agency spelling from the name dictionary; check it)"
            : "\(suggestion) (suggested romanisation; check the agency spelling)"
    }
}
