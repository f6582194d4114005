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
