/// Why text could not be keyed. Messages give positions, never the text itself.
public enum NormalizationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A lone UTF-16 surrogate: the buffer is not valid Unicode text.
    case unpairedSurrogate(offset: Int)
    /// The range asked for is not inside the buffer.
    case rangeOutOfBounds(lower: Int, upper: Int, count: Int)
    /// ICU's normaliser failed.
    case icu(ICUError)

    public var description: String {
        switch self {
        case let .unpairedSurrogate(offset):
            "unpaired UTF-16 surrogate at offset \(offset); the text is not valid Unicode (was it decoded from UTF-8?)"
        case let .rangeOutOfBounds(lower, upper, count):
            "range \(lower)..<\(upper) is outside a text of \(count) UTF-16 units"
        case let .icu(error):
            error.description
        }
    }
}
