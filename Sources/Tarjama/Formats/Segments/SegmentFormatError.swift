/// Why a segment output format was refused.
public enum SegmentFormatError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No format has this name.
    case unknownFormat(String, known: [String])

    public var description: String {
        switch self {
        case let .unknownFormat(name, known):
            "--format \(name): unknown format; use one of \(known.joined(separator: ", "))"
        }
    }
}
