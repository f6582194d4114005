/// Something odd about a number that the translator should look at.
public enum NumberNote: Sendable, Hashable, CustomStringConvertible {
    /// A scale word (ألف, مليون …) right after the number that cannot belong to it, as in
    /// مئة وثمانية الاف ألف: probably a word repeated in speech; it is not counted.
    case strayScaleWord(range: Range<Int>)
    /// The number is larger than the largest value Tarjama computes with (9,223,372,036,854,775,807):
    /// usually an identifier such as an account or phone number run together. It has no value.
    case outOfRange

    public var description: String {
        switch self {
        case let .strayScaleWord(range):
            "followed by a stray scale word at \(range.lowerBound)..<\(range.upperBound) that was not counted (repeated in speech?); check the value"
        case .outOfRange:
            "too large to take a value (over 9,223,372,036,854,775,807; an account or phone number?); check it by hand"
        }
    }
}
