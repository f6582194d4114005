extension BidiAudit {
    /// The report `tarjama bidi --audit` prints: one `file:line:column: …` line per finding,
    /// then a summary line.
    public func reportLines(file: String) -> [String] {
        var lines = findings.map { "\(file):\($0.description)" }
        let controls = "\(controlCount) bidi control\(controlCount == 1 ? "" : "s"), \(markCount) mark\(markCount == 1 ? "" : "s")"
        if isBalanced {
            lines.append("\(file): no unbalanced bidi controls (\(controls))")
        } else {
            lines.append("\(file): \(findings.count) unbalanced bidi control\(findings.count == 1 ? "" : "s") (\(controls)); strip them with `tarjama bidi --strip` or close them")
        }
        return lines
    }
}
