/// One glossary entry: an Arabic source term and the one English rendering the desk agreed on,
/// with the renderings it also accepts, the ones house style rejects, and source spellings the
/// matching key cannot derive on its own (الفوعا for الفوعة).
public struct GlossaryEntry: Sendable, Hashable {
    /// The Arabic term as the desk writes it (any spelling folds to the same matching key).
    public var source: String
    /// The preferred English rendering.
    public var target: String
    /// A free note for translators (who, where, why this spelling).
    public var note: String
    /// What the term names.
    public var type: TermType
    /// Arabic spellings of the same term that normalisation does not unify.
    public var variants: [String]
    /// English renderings that are accepted besides ``target``.
    public var alternatives: [String]
    /// English renderings house style rejects for this term.
    public var forbidden: [String]
    /// Where the entry is not suggested although its letters match (the `context` column).
    public var context: TermContext

    public init(
        source: String, target: String, note: String = "", type: TermType = .term,
        variants: [String] = [], alternatives: [String] = [], forbidden: [String] = [], context: TermContext = TermContext()
    ) {
        self.source = source
        self.target = target
        self.note = note
        self.type = type
        self.variants = variants
        self.alternatives = alternatives
        self.forbidden = forbidden
        self.context = context
    }

    /// Every accepted English rendering, the preferred one first.
    public var acceptedRenderings: [String] { [target] + alternatives }

    /// Every Arabic spelling the entry is written in, the main one first.
    public var sourceSpellings: [String] { [source] + variants }
}

/// What a glossary term names; drives how suggestions are shown and how QA reads the target.
public enum TermType: String, Sendable, Hashable, CaseIterable {
    case person, place, organisation, term, other

    /// Reads a type as files write it; also accepts the US spelling and a few common synonyms.
    public init?(fileValue: String) {
        switch fileValue.lowercased() {
        case "person", "name", "people": self = .person
        case "place", "location", "city", "town": self = .place
        case "organisation", "organization", "org": self = .organisation
        case "term", "": self = .term
        case "other": self = .other
        default: return nil
        }
    }
}
