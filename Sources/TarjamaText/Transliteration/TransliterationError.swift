/// Why text could not be transliterated. Messages never contain the text.
public enum TransliterationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The scheme has no way back (names romanisation guesses vowels and merges letters).
    case notReversible(TransliterationScheme)
    /// The input is not valid Unicode (a lone surrogate at this UTF-16 offset).
    case unpairedSurrogate(offset: Int)
    /// ICU failed to compile the scheme's rules or to run them.
    case icu(ICUError)

    public var description: String {
        switch self {
        case let .notReversible(scheme):
            "the \(scheme.rawValue) scheme cannot be reversed; use buckwalter or safe-buckwalter for a round trip"
        case let .unpairedSurrogate(offset):
            "unpaired UTF-16 surrogate at offset \(offset); the text is not valid Unicode"
        case let .icu(error):
            error.description
        }
    }
}
