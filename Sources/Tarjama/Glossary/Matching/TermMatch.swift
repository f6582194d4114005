/// One glossary term found in a text.
public struct TermMatch: Sendable, Hashable {
    /// UTF-16 offsets of the matched words in the original text, end exclusive. Clitics glued
    /// in front (و, ب, ل, ...) are outside the span; the span starts at the term itself.
    public var range: Range<Int>
    /// The index of the entry in ``Glossary/entries``.
    public var entryIndex: Int
    /// How the text was recognised as the term.
    public var kind: MatchKind
    /// The clitics removed in front of the first word, e.g. `و` or `ل+ال`; empty when none.
    public var clitics: String
    /// Which of the entry's Arabic spellings matched: 0 the source, 1... the variants.
    public var spellingIndex: Int
}

/// How a term was recognised; the order is from most to least literal.
public enum MatchKind: String, Sendable, Hashable, CaseIterable {
    /// The text is exactly the glossary spelling.
    case exact
    /// The text folds to the same key (hamza, ta marbuta, diacritics, ...).
    case normalised
    /// The key matched after removing proclitics (و ف ب ك ل, ال, ل+ال).
    case clitic
    /// The text is a variant spelling recorded in the entry.
    case variant
}
