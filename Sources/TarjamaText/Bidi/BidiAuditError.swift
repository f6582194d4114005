/// Why a text was refused for its bidi controls.
public enum BidiAuditError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The text has controls left open or closing nothing; `first` is the earliest.
    case unbalanced(file: String, first: BidiFinding, count: Int)

    public var description: String {
        switch self {
        case let .unbalanced(file, _, _):
            "\(position); see `tarjama bidi --audit \(file)`, or remove them with `tarjama bidi --strip`"
        }
    }

    /// `file:line:column: what is wrong (and n more)`, without the command-line advice, for
    /// messages that do not come from the command line.
    public var position: String {
        switch self {
        case let .unbalanced(file, first, count):
            "\(file):\(first.description)\(count > 1 ? " (and \(count - 1) more)" : "")"
        }
    }
}
