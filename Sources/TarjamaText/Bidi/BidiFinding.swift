/// One problem the bidi audit found: a control that is never closed, or a closer with nothing
/// to close. Unclosed overrides are how "Trojan Source" text displays differently from what it
/// holds.
public struct BidiFinding: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// An embedding, override or isolate still open at the end of its line (paragraph).
        case unterminated
        /// A PDF or PDI with no open embedding or isolate to close.
        case unmatched
    }

    /// Unterminated opener or unmatched closer.
    public var kind: Kind
    /// The control character at fault.
    public var control: BidiControl
    /// Its UTF-16 offset in the document.
    public var offset: Int
    /// Its 1-based line.
    public var line: Int
    /// Its 1-based column, in UTF-16 units.
    public var column: Int

    /// `12:5: RLO (U+202E) is not closed before the end of the line; ...`
    public var description: String {
        switch kind {
        case .unterminated:
            let closer = control.opensIsolate ? "PDI" : "PDF"
            let effect =
                control == .leftToRightOverride || control == .rightToLeftOverride
                ? "the rest of the line displays in forced order, not as stored"
                : "the rest of the line displays embedded in the wrong direction"
            return "\(line):\(column): \(control) is not closed by a \(closer) before the end of the line; \(effect)"
        case .unmatched:
            return
                "\(line):\(column): \(control) closes nothing (no open \(control == .popDirectionalIsolate ? "isolate" : "embedding or override"))"
        }
    }
}
