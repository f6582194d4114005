/// A regular form the matcher made from a glossary entry (plural, dual, article, split
/// construct, attached pronoun), as `glossary lint --forms` shows it, so the glossary owner sees
/// what will be matched and which irregular forms still belong in `variants`.
public struct GeneratedTermForm: Sendable, Hashable {
    /// The form as a matching key: folded words (hamza seats, ة as ه, no diacritics) joined by spaces.
    public var key: String
    /// How the form was made.
    public var kind: MatchKind
    /// The entry the matcher reads this text as instead, when a spelling or an earlier form of
    /// another entry already holds it; nil when the form matches its own entry.
    public var takenBy: Int?

    public init(key: String, kind: MatchKind, takenBy: Int? = nil) {
        self.key = key
        self.kind = kind
        self.takenBy = takenBy
    }
}
