/// How serious a QA finding is. `check` exits non-zero only when error findings remain.
public enum QASeverity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Worth a look, often fine (a quote that spans sentences, a space, a consistency hint).
    case warning
    /// Wrong content: a number, a term, an untranslated or empty target.
    case error

    public static func < (lhs: QASeverity, rhs: QASeverity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
