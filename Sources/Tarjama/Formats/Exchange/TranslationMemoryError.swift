/// Why a translation memory job stopped: an input refused or the output not writable.
public enum TranslationMemoryError: Error, CustomStringConvertible, Sendable, Equatable {
    case input(FormatError)
    case output(OutputError)

    public var description: String {
        switch self {
        case let .input(error): "\(error); no output was written"
        case let .output(error): error.description
        }
    }
}
