/// A number found in text: where it is, its value, and anything odd about it.
public struct NumberMatch: Sendable, Hashable {
    /// The UTF-16 span in the text that was searched (document offsets for a document).
    public let range: Range<Int>
    /// The value (integers only; a decimal is reported when a scale word makes it whole,
    /// as in 1.5 مليون).
    public let value: Int
    /// Things a translator should check, e.g. a scale word left over after the number.
    public let notes: [NumberNote]

    public init(range: Range<Int>, value: Int, notes: [NumberNote] = []) {
        self.range = range
        self.value = value
        self.notes = notes
    }
}

/// Something odd about a number that the translator should look at.
public enum NumberNote: Sendable, Hashable, CustomStringConvertible {
    /// A scale word (ألف, مليون …) right after the number that cannot belong to it, as in
    /// مئة وثمانية الاف ألف: probably a word repeated in speech; it is not counted.
    case strayScaleWord(range: Range<Int>)

    public var description: String {
        switch self {
        case let .strayScaleWord(range):
            "followed by a stray scale word at \(range.lowerBound)..<\(range.upperBound) that was not counted (repeated in speech?); check the value"
        }
    }
}
