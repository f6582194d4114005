import Foundation
import GRDB

extension TranslationMemory {
    /// The best `limit` units for `segment` at `minimum` percent or better, best first.
    ///
    /// Candidates come from the FTS5 index, never from a scan: the query's rarest keys are looked
    /// up (enough of them that a unit reaching `minimum` must share at least one), the index ranks
    /// the units holding them, and the best `candidateLimit` are scored word by word with
    /// ``FuzzyScorer``. With `context`, an identical unit with the same neighbours scores 101.
    ///
    /// - Complexity: O(*p* + *c* × *n* × *m*): *p* postings of the chosen keys, *c* candidates of
    ///   *m* tokens scored against the *n* tokens of the segment; independent of the memory's size
    ///   except through *p*.
    public func lookup(_ segment: String, context: SegmentContext? = nil, sourceLanguage: String? = nil,
                       minimum: Int = 50, limit: Int = 5, candidateLimit: Int = 100) throws(TranslationMemoryError) -> [FuzzyMatch] {
        let tokens = tokenizer.tokens(in: segment)
        let query = try guarded { try candidateQuery(tokens: tokens, minimum: minimum) }
        guard let query else { return [] }
        let candidates = try guarded {
            try pool.read { db -> [MemoryUnit] in
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM unit_fts WHERE unit_fts MATCH ? ORDER BY rank LIMIT ?",
                                             arguments: [query, candidateLimit])
                return try units(ids: ids, in: db)
            }
        }
        return rank(candidates, for: segment, tokens: tokens, context: context, sourceLanguage: sourceLanguage,
                    minimum: minimum, limit: limit)
    }

    /// Scores `candidates` against the segment and keeps the best.
    func rank(_ candidates: [MemoryUnit], for segment: String, tokens: [MatchToken], context: SegmentContext?,
              sourceLanguage: String?, minimum: Int, limit: Int) -> [FuzzyMatch] {
        let scorer = FuzzyScorer()
        let trimmed = segment.trimmingWhitespace()
        var matches: [FuzzyMatch] = []
        for unit in candidates {
            if let sourceLanguage, !Self.language(unit.sourceLanguage, matches: sourceLanguage) { continue }
            let identical = unit.source.trimmingWhitespace() == trimmed
            var (percentage, differences) = scorer.score(query: tokens, unit: tokenizer.tokens(in: unit.source), identical: identical)
            if identical, let context, context.matches(previous: unit.previousSource, next: unit.nextSource) {
                percentage = 101
            }
            if percentage >= minimum {
                matches.append(FuzzyMatch(unit: unit, percentage: percentage, differences: differences))
            }
        }
        matches.sort { a, b in
            if a.percentage != b.percentage { return a.percentage > b.percentage }
            let aDate = a.unit.changedAt ?? a.unit.createdAt, bDate = b.unit.changedAt ?? b.unit.createdAt
            if aDate != bDate { return (aDate ?? .distantPast) > (bDate ?? .distantPast) }
            return (a.unit.id ?? 0) > (b.unit.id ?? 0)
        }
        return Array(matches.prefix(limit))
    }

    /// `ar` matches `ar` and `ar-SY`; `ar-SY` matches only itself.
    static func language(_ code: String, matches wanted: String) -> Bool {
        let code = code.lowercased(), wanted = wanted.lowercased()
        return code == wanted || code.hasPrefix(wanted + "-")
    }

    /// The FTS5 query over the segment's rarest keys, or nil when none of its words is in the memory.
    ///
    /// A unit at `minimum` percent may lack at most (100 − minimum)/minimum × n of the n words, so
    /// it holds at least one of the rarest that many plus one. Keys so common that their postings
    /// would dominate the lookup are left out once a rarer key is chosen: a unit sharing only
    /// those with the segment is not a useful match.
    func candidateQuery(tokens: [MatchToken], minimum: Int) throws -> String? {
        var seen = Set<String>()
        let keys = tokens.filter { $0.kind != .punctuation && seen.insert($0.stem).inserted }.map(\.stem)
        guard !keys.isEmpty else { return nil }
        let frequencies: [(key: String, documents: Int)] = try pool.read { db in
            let statement = try db.cachedStatement(sql: "SELECT doc FROM unit_vocab WHERE term = ? AND col = 'sourceKey'")
            return try keys.map { key in (key, try Int.fetchOne(statement, arguments: [ftsTerm(key)]) ?? 0) }
        }
        let present = frequencies.filter { $0.documents > 0 }.sorted { $0.documents < $1.documents }
        guard !present.isEmpty else { return nil }
        let threshold = Double(max(1, min(100, minimum))) / 100
        let allowedMissing = Int(((1 - threshold) / threshold * Double(keys.count)).rounded(.down))
        let wanted = max(2, allowedMissing + 1)
        var chosen: [String] = []
        var postings = 0
        for (key, documents) in present where chosen.count < wanted {
            if !chosen.isEmpty, postings + documents > Self.postingBudget { break }
            chosen.append(key)
            postings += documents
        }
        return "{sourceKey} : (" + chosen.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
    }

    /// Postings a lookup reads at most once it has one key (the rarest key is always read).
    static let postingBudget = 20_000

    /// The term FTS5's unicode61 tokenizer stores for a key (it folds case itself).
    func ftsTerm(_ key: String) -> String { key.lowercased() }
}
