/// A word, number or punctuation mark of a segment as the memory compares it: where it is in the
/// segment, what it says, and its spelling-neutral key.
public struct MatchToken: Sendable, Equatable {
    /// What kind of token this is; punctuation and number differences cost less than words.
    public enum Kind: String, Sendable {
        case word, number, punctuation
    }

    /// UTF-16 offsets of the token in the segment it came from (end exclusive).
    public var range: Range<Int>
    /// Word, number or punctuation.
    public var kind: Kind
    /// The token as written.
    public var surface: String
    /// The spelling-normalised token (alef, ta marbuta, hamza seats, diacritics, digits folded).
    public var folded: String
    /// ``folded`` without proclitics and article (و ف, ب ك ل + ال, ال), the key the index holds.
    public var stem: String

    /// Makes a token.
    public init(range: Range<Int>, kind: Kind, surface: String, folded: String, stem: String) {
        self.range = range
        self.kind = kind
        self.surface = surface
        self.folded = folded
        self.stem = stem
    }
}
