/// Why segmentation could not run.
public enum SegmentationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// ICU failed (opening the break iterator, or a regular expression).
    case icu(ICUError)
    /// The SRX rules could not be used.
    case srx(SRXError)
    /// No rules exist for this language.
    case unsupportedLanguage(String)
    /// A tuning file (see ``SegmentationTuning/init(parsing:source:)``) could not be read.
    case tuning(source: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .icu(error): error.description
        case let .srx(error): error.description
        case let .unsupportedLanguage(tag):
            "--lang \(tag): no segmentation rules for this language; use one of \(SegmentationLanguage.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .tuning(source, line, message): "\(source):\(line): \(message)"
        }
    }
}
