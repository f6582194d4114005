/// Scores a unit's source against a query the way CAT tools do: word-level edit distance over
/// spelling-neutral tokens, where a spelling or punctuation difference costs a fifth of a word
/// or less and another number a third, and reports which tokens differ.
public struct FuzzyScorer: Sendable {
    /// Cost of a word inserted, deleted or replaced by an unrelated word.
    static let wordCost = 1.0
    static let punctuationCost = 0.2
    static let spellingCost = 0.1
    static let cliticCost = 0.3
    static let numberCost = 0.3

    /// Makes a scorer.
    public init() {}

    /// The percentage (0–99, 100 only when `identical`) and differences between `query` and
    /// `unit`; pass `identical` when the two source strings are the same.
    ///
    /// - Complexity: O(*n* × *m*) for *n* and *m* tokens.
    public func score(query: [MatchToken], unit: [MatchToken], identical: Bool) -> (percentage: Int, differences: [MatchDifference]) {
        if identical { return (100, []) }
        let n = query.count, m = unit.count
        let width = m + 1
        var cost = [Double](repeating: 0, count: (n + 1) * width)
        for j in 0..<m { cost[j + 1] = cost[j] + Self.indelCost(unit[j]) }
        for i in 0..<n {
            let row = (i + 1) * width, previous = i * width
            cost[row] = cost[previous] + Self.indelCost(query[i])
            let deletion = Self.indelCost(query[i])
            for j in 0..<m {
                let substitute = cost[previous + j] + Self.substitutionCost(query[i], unit[j]).cost
                let delete = cost[previous + j + 1] + deletion
                let insert = cost[row + j] + Self.indelCost(unit[j])
                cost[row + j + 1] = min(substitute, delete, insert)
            }
        }
        let total = cost[n * width + m]
        let length = max(query.reduce(0) { $0 + Self.indelCost($1) }, unit.reduce(0) { $0 + Self.indelCost($1) })
        var percentage = length > 0 ? Int((100 * (1 - total / length) + 1e-9).rounded(.down)) : 0
        percentage = min(99, max(0, percentage))

        var differences: [MatchDifference] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let here = cost[i * width + j]
            if i > 0, j > 0 {
                let (step, kind) = Self.substitutionCost(query[i - 1], unit[j - 1])
                if abs(cost[(i - 1) * width + j - 1] + step - here) < 1e-9 {
                    if let kind {
                        differences.append(MatchDifference(kind: kind, queryRange: query[i - 1].range, unitRange: unit[j - 1].range))
                    }
                    i -= 1; j -= 1
                    continue
                }
            }
            if i > 0, abs(cost[(i - 1) * width + j] + Self.indelCost(query[i - 1]) - here) < 1e-9 {
                let kind: MatchDifference.Kind = query[i - 1].kind == .punctuation ? .punctuation : .missing
                differences.append(MatchDifference(kind: kind, queryRange: query[i - 1].range, unitRange: nil))
                i -= 1
            } else {
                let kind: MatchDifference.Kind = unit[j - 1].kind == .punctuation ? .punctuation : .extra
                differences.append(MatchDifference(kind: kind, queryRange: nil, unitRange: unit[j - 1].range))
                j -= 1
            }
        }
        return (percentage, differences.reversed())
    }

    static func indelCost(_ token: MatchToken) -> Double {
        token.kind == .punctuation ? punctuationCost : wordCost
    }

    static func substitutionCost(_ a: MatchToken, _ b: MatchToken) -> (cost: Double, kind: MatchDifference.Kind?) {
        if a.surface == b.surface { return (0, nil) }
        switch (a.kind, b.kind) {
        case (.punctuation, .punctuation):
            return (a.folded == b.folded ? 0 : punctuationCost, .punctuation)
        case (.number, .number):
            return (a.folded == b.folded ? spellingCost : numberCost, a.folded == b.folded ? .spelling : .number)
        case (.word, .word):
            if a.folded == b.folded { return (spellingCost, .spelling) }
            if a.stem == b.stem { return (cliticCost, .clitic) }
            return (wordCost, .changed)
        case (.punctuation, _), (_, .punctuation):
            // Never cheaper than deleting one and inserting the other.
            return (wordCost + punctuationCost, .changed)
        default:
            return (wordCost, .changed)
        }
    }
}
