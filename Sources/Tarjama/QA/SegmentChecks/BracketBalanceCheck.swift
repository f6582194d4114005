/// Brackets that do not pair in the target although they pair in the source: "(see annex"
/// with "(انظر المرفق)".
///
/// Counts are not compared across the languages: a translation drops or adds bracketed
/// asides freely (UN English brackets document symbols the Arabic writes bare), so only the
/// target's own balance is checked, and only where the source's is sound (a source cut mid-aside
/// by the aligner may leave the target unbalanced too).
public struct BracketBalanceCheck: PairCheck {
    static let pairs: [(open: Character, close: Character)] = [("(", ")"), ("[", "]"), ("{", "}")]

    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        guard Self.balanced(source) else { return [] }
        guard !Self.balanced(target) else { return [] }
        return [.pairFinding(.unbalancedBrackets, expected: Self.counts(source), found: Self.counts(target))]
    }

    /// Whether every bracket closes after it opens, and in order.
    static func balanced(_ text: String) -> Bool {
        var stack: [Character] = []
        for character in text {
            if let pair = pairs.first(where: { $0.open == character }) {
                stack.append(pair.close)
            } else if pairs.contains(where: { $0.close == character }) {
                guard stack.last == character else { return false }
                stack.removeLast()
            }
        }
        return stack.isEmpty
    }

    /// The bracket counts, e.g. `2 "(", 1 ")"`, for messages.
    static func counts(_ text: String) -> String {
        let parts = pairs.flatMap { [$0.open, $0.close] }.compactMap { bracket -> String? in
            let count = text.filter { $0 == bracket }.count
            return count == 0 ? nil : "\(count) \"\(bracket)\""
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
