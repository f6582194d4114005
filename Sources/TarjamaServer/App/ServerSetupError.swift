/// Why the service could not start. Names the file and line; never a token.
public enum ServerSetupError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The tokens file is unreadable or malformed.
    case tokens(file: String, line: Int, reason: String)
    /// The store could not be opened.
    case store(file: String, reason: String)
    /// The glossary could not be loaded.
    case glossary(reason: String)
    /// An option value is out of range.
    case invalidOption(name: String, reason: String)

    public var description: String {
        switch self {
        case let .tokens(file, line, reason):
            line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
        case let .store(file, reason):
            // The store's own messages already start with the file.
            reason.hasPrefix(file) ? reason : "\(file): cannot open the store: \(reason)"
        case let .glossary(reason):
            "cannot load the glossary: \(reason)"
        case let .invalidOption(name, reason):
            "--\(name): \(reason)"
        }
    }
}
