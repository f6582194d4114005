/// One SRX rule: a break (or an exception, `break="no"`) where the text before a position
/// matches `beforeBreak` and the text after it matches `afterBreak`, both ICU regular
/// expressions.
public struct SRXRule: Sendable, Equatable {
    /// Whether the rule breaks (`break="yes"`) or forbids a break (`break="no"`).
    public var breaks: Bool
    /// The pattern that must end at the position; empty matches anywhere.
    public var beforeBreak: String
    /// The pattern that must start at the position; empty matches anywhere.
    public var afterBreak: String
    /// The line of the rule in its file, for messages.
    public var line: Int

    /// A rule; `line` is where it stands in its file.
    public init(breaks: Bool, beforeBreak: String, afterBreak: String, line: Int = 0) {
        self.breaks = breaks
        self.beforeBreak = beforeBreak
        self.afterBreak = afterBreak
        self.line = line
    }
}
