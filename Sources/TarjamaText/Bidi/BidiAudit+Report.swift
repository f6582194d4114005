extension BidiAudit {
    /// The report `tarjama bidi --audit` prints: one `file:line:column: …` line per finding,
    /// then a summary line.
    public func reportLines(file: String) -> [String] {
        var lines = findings.map { "\(file):\($0.description)" }
        let controls = "\(controlCount) bidi control\(controlCount == 1 ? "" : "s"), \(markCount) mark\(markCount == 1 ? "" : "s")"
        if isBalanced {
            lines.append("\(file): no unbalanced bidi controls (\(controls))")
        } else {
            lines.append(
                "\(file): \(findings.count) unbalanced bidi control\(findings.count == 1 ? "" : "s") (\(controls)); strip them with `tarjama bidi --strip` or close them"
            )
        }
        return lines
    }
}

extension BidiAudit {
    /// Throws when the text has unbalanced controls, naming the first one: text that displays
    /// differently from what it holds must not reach a translator's segments unnoticed.
    public func requireBalanced(file: String) throws(BidiAuditError) {
        if let first = findings.first { throw .unbalanced(file: file, first: first, count: findings.count) }
    }
}
