import TarjamaText

/// Bidi control characters in the English target (RLM, LRM, ALM, embeddings, overrides,
/// isolates): invisible, they come along when English is pasted from a right-to-left editor and
/// then reorder punctuation and numbers wherever the text is shown. One finding per pair, naming
/// each control found.
public struct BidiControlCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        var seen: [BidiControl] = []
        for unit in target.utf16 {
            if let control = BidiControl(unit: unit), !seen.contains(control) { seen.append(control) }
        }
        guard !seen.isEmpty else { return [] }
        return [.pairFinding(.bidiControl, found: seen.map(\.description).joined(separator: ", "))]
    }
}
