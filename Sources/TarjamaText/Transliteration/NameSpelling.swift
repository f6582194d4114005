/// A romanised name, which is a guess until someone checks it against the spelling agencies use.
public struct NameSpelling: Sendable, Hashable, CustomStringConvertible {
    /// The Arabic as given.
    public let arabic: String
    /// The suggested Latin spelling.
    public let suggestion: String
    /// Always true: the romanisation guesses unwritten vowels, so it is only a suggestion.
    public var isSuggestion: Bool { true }

    public var description: String { "\(suggestion) (suggested romanisation; check the agency spelling)" }
}
