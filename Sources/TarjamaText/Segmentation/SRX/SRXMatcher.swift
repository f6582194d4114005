/// The SRX rules for one language compiled into ICU regular expressions, opened once and reused
/// for every document.
///
/// A position is decided by the first rule (in file order) whose `beforeBreak` match ends there
/// and whose `afterBreak` matches from there, looking around with transparent bounds. Positions
/// are compared after stepping back over white space, so `\.\s` and `\.` rules speak about the
/// same boundary.
final class SRXMatcher {
    private struct CompiledRule {
        var breaks: Bool
        var before: ICURegex?
        var after: ICURegex?
    }

    private let rules: [CompiledRule]

    init(rules: [SRXRule], source: String) throws(SRXError) {
        var compiled: [CompiledRule] = []
        compiled.reserveCapacity(rules.count)
        for rule in rules {
            compiled.append(
                CompiledRule(
                    breaks: rule.breaks,
                    before: try Self.compile(rule.beforeBreak, rule: rule, source: source),
                    after: try Self.compile(rule.afterBreak, rule: rule, source: source)))
        }
        self.rules = compiled
    }

    private static func compile(_ pattern: String, rule: SRXRule, source: String) throws(SRXError) -> ICURegex? {
        guard !pattern.isEmpty else { return nil }
        do {
            return try ICURegex(pattern)
        } catch {
            throw .badPattern(file: source, line: rule.line, offset: Int(error.offset ?? 0), reason: error.name)
        }
    }

    /// The break decisions the rules make in `text`: position (stepped back over white space)
    /// to break or not.
    func decisions(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int: Bool] {
        var decisions: [Int: Bool] = [:]
        let count = text.count
        for rule in rules {
            var ends: [Int] = []
            if let before = rule.before {
                try before.setText(unsafe: text)
                while let match = try before.nextMatch() { ends.append(match.upperBound) }
            } else {
                ends = Array(0...count)
            }
            if let after = rule.after { try after.setText(unsafe: text) }
            for end in ends where end > 0 && end < count {
                let key = Self.key(end, in: text)
                if decisions[key] != nil { continue }
                if let after = rule.after {
                    try after.setRegion(end..<count, transparentBounds: true)
                    guard try after.prefixMatch() != nil else { continue }
                }
                decisions[key] = rule.breaks
            }
        }
        return decisions
    }

    /// A boundary position stepped back over white space.
    @inline(__always)
    static func key(_ position: Int, in text: UnsafeBufferPointer<UInt16>) -> Int {
        var key = position
        while key > 0, TextUnits.isSpace(text[key - 1]) { key -= 1 }
        return key
    }
}
