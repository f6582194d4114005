/// A number found in text: where it is, its value, and anything odd about it.
public struct NumberMatch: Sendable, Hashable {
    /// The UTF-16 span in the text that was searched (document offsets for a document).
    public let range: Range<Int>
    /// The value when it is a whole number (a decimal is whole when a scale word makes it so,
    /// as in 1.5 مليون), or nil: for a number with a fraction (7.5), whose value is
    /// ``exactValue``, and for one larger than `Int.max` (a 20-digit account number,
    /// 9999999999999 مليار), which is still found, with a ``NumberNote/outOfRange`` note.
    public let value: Int?
    /// The value as written, fraction included (7.5, 2.53, 0.5 for نصف ساعة); nil only when it
    /// is too large to hold. Compare numbers by this, not by ``value``.
    public let exactValue: ExactDecimal?
    /// Whether it counts (ثلاثة, three), ranks (الثالث, third), is an Arabic dual (يومين, two
    /// days) or is the minutes of a clock time (the 30 of 19:30).
    public let kind: Kind
    /// Things a translator should check, e.g. a scale word left over after the number.
    public let notes: [NumberNote]

    /// What kind of number it is.
    public enum Kind: String, Sendable, Hashable {
        case cardinal, ordinal
        /// A dual noun, "two" of something (يومين, الحكومتان, مرتين): value 2. English writes
        /// it as "two", "both", "twice" or only as a plural, so it is read for checking, never
        /// offered as a suggestion.
        case dual
        /// The minutes of a clock time (30 in 19:30; a 00 is not read at all).
        case minutes
    }

    /// A whole number; one whose `value` is nil is given the ``NumberNote/outOfRange`` note.
    public init(range: Range<Int>, value: Int?, kind: Kind = .cardinal, notes: [NumberNote] = []) {
        self.init(range: range, exactValue: value.map(ExactDecimal.init), kind: kind, notes: notes)
    }

    /// A number with its exact value (7.5); a nil or too large one gets the ``NumberNote/outOfRange`` note.
    public init(range: Range<Int>, exactValue: ExactDecimal?, kind: Kind = .cardinal, notes: [NumberNote] = []) {
        let exact = exactValue.flatMap { $0.isTooLarge ? nil : $0 }
        self.range = range
        self.exactValue = exact
        self.value = exact?.wholeValue
        self.kind = kind
        self.notes = exact == nil && !notes.contains(.outOfRange) ? notes + [.outOfRange] : notes
    }
}
