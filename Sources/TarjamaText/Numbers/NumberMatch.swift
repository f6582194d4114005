/// A number found in text: where it is, its value, and anything odd about it.
public struct NumberMatch: Sendable, Hashable {
    /// The UTF-16 span in the text that was searched (document offsets for a document).
    public let range: Range<Int>
    /// The value (integers only; a decimal is reported when a scale word makes it whole,
    /// as in 1.5 مليون), or nil when it is larger than `Int.max` (a 20-digit account number,
    /// 9999999999999 مليار): such a number is still found, with a ``NumberNote/outOfRange`` note.
    public let value: Int?
    /// Whether it counts (ثلاثة, three) or ranks (الثالث, third).
    public let kind: Kind
    /// Things a translator should check, e.g. a scale word left over after the number.
    public let notes: [NumberNote]

    /// Cardinal or ordinal.
    public enum Kind: String, Sendable, Hashable {
        case cardinal, ordinal
    }

    /// A number; one whose `value` is nil is given the ``NumberNote/outOfRange`` note.
    public init(range: Range<Int>, value: Int?, kind: Kind = .cardinal, notes: [NumberNote] = []) {
        self.range = range
        self.value = value
        self.kind = kind
        self.notes = value == nil && !notes.contains(.outOfRange) ? notes + [.outOfRange] : notes
    }
}
