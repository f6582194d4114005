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

/// How a term was recognised: the spelling (exact, normalised, variant), the clitics in front
/// (clitic, contracted), or a regular form the matcher made from the entry (plural, dual,
/// indefinite, definite, split, pronoun; only for common nouns of more than three letters). A form reached
/// through clitics too reports the form; ``TermMatch/clitics`` still lists the clitics.
public enum MatchKind: String, Sendable, Hashable, CaseIterable {
    /// The text is exactly the glossary spelling.
    case exact
    /// The text folds to the same key (hamza, ta marbuta, diacritics, ...).
    case normalised
    /// The key matched after removing proclitics (و ف ب ك ل, ال, ل+ال).
    case clitic
    /// The text is a variant spelling recorded in the entry.
    case variant
    /// The preposition ل and the article written together as لل: للمسلحين for المسلحين, and
    /// للاجئين for اللاجئين (before a ل the article leaves no letter of its own).
    case contracted
    /// A regular plural of the term: ة → ات on the head noun (غارات جوية for غارة جوية), or the
    /// other case of a sound masculine plural (المسلحون for المسلحين), or ون / ين on a masculine
    /// phrase, its adjectives agreeing. Broken plurals are the entry's variants.
    case plural
    /// The dual of the term: ة → تان / تين, a masculine word in a phrase + ان / ين, adjectives
    /// agreeing.
    case dual
    /// A definite term without its article, on every word at once (منطقة عازلة for المنطقة العازلة).
    case indefinite
    /// An indefinite phrase with the article on every word at once (الغارة الجوية for غارة جوية).
    case definite
    /// A construct phrase broken by the preposition ل on its second word, as news writes it:
    /// وقف لإطلاق النار for وقف إطلاق النار, وزيرًا للخارجية for وزير الخارجية.
    case split
    /// An attached pronoun on the last word: حقوقهم for حقوق, حكومته for الحكومة (ة → ت).
    case pronoun
}
