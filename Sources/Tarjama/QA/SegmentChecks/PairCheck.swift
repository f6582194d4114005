/// One check of a single pair that needs no glossary (the CAT-tool checks: empty or copied
/// target, length, repeated words, brackets, quotes, spaces, Arabic letters, bidi controls).
///
/// A check returns findings with only `kind`, `source`, `expected` and `found` filled in;
/// ``SegmentChecker`` adds where the pair stands.
public protocol PairCheck: Sendable {
    /// The findings for one pair whose source and target are both non-blank and differ.
    func findings(source: String, target: String) -> [TermProblem]
}

extension TermProblem {
    /// A finding of a pair check, before ``SegmentChecker`` says where it stands.
    static func pairFinding(_ kind: Kind, source: String = "", expected: String = "", found: String? = nil) -> TermProblem {
        TermProblem(kind: kind, id: "", line: 0, source: source, expected: expected, found: found)
    }
}
