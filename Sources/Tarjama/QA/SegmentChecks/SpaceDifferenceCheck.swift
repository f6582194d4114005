/// Leading or trailing white space in the target that the source does not have, or the
/// reverse (Xbench and CheckMate report both): a stray space pasted into a subtitle or a
/// memory unit shows up in every reuse.
public struct SpaceDifferenceCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        var findings: [TermProblem] = []
        for (end, side) in [(true, "leading"), (false, "trailing")] {
            let inSource = Self.hasSpace(source, atStart: end), inTarget = Self.hasSpace(target, atStart: end)
            guard inSource != inTarget else { continue }
            findings.append(
                .pairFinding(
                    .spaceDifference,
                    expected: inSource ? "\(side) white space" : "no \(side) white space",
                    found: inTarget ? "\(side) white space" : "no \(side) white space"))
        }
        return findings
    }

    static func hasSpace(_ text: String, atStart: Bool) -> Bool {
        (atStart ? text.first : text.last)?.isWhitespace == true
    }
}
