/// Why segmentation could not run.
public enum SegmentationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// ICU failed (opening the break iterator, or a regular expression).
    case icu(ICUError)
    /// The SRX rules could not be used.
    case srx(SRXError)

    public var description: String {
        switch self {
        case let .icu(error): error.description
        case let .srx(error): error.description
        }
    }
}
