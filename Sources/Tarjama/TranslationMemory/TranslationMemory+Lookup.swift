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
    func candidateQuery(tokens: [MatchToken], minimum: Int) throws -> String? {
        try candidateKeys(tokens: tokens, minimum: minimum).map { Self.ftsQuery($0.map(\.key)) }
    }

    /// The keys a lookup asks the index for, with their document frequencies.
    ///
    /// A unit at `minimum` percent may lack at most (100 − minimum)/minimum × n of the n words, so
    /// it holds at least one of the rarest that many plus one. After the rarest key, keys held by
    /// more than a twentieth of the memory, or that would take the postings read past
    /// ``postingBudget``, are left out: they are the function words (في, من, الى) that every
    /// unit shares, and a unit sharing only those with the segment is not a useful match.
    func candidateKeys(tokens: [MatchToken], minimum: Int) throws -> [(key: String, documents: Int)]? {
        var seen = Set<String>()
        let keys = tokens.filter { $0.kind != .punctuation && seen.insert($0.stem).inserted }.map(\.stem)
        guard !keys.isEmpty else { return nil }
        let (frequencies, size): ([(key: String, documents: Int)], Int) = try pool.read { db in
            let statement = try db.cachedStatement(sql: "SELECT doc FROM unit_vocab WHERE term = ? AND col = 'sourceKey'")
            let frequencies = try keys.map { key in (key, try Int.fetchOne(statement, arguments: [ftsTerm(key)]) ?? 0) }
            // The largest id bounds the number of units and costs one b-tree descent, unlike count(*).
            return (frequencies, try Int.fetchOne(db, sql: "SELECT max(id) FROM unit") ?? 0)
        }
        let present = frequencies.filter { $0.documents > 0 }.sorted { $0.documents < $1.documents }
        guard !present.isEmpty else { return nil }
        let threshold = Double(max(1, min(100, minimum))) / 100
        let allowedMissing = Int(((1 - threshold) / threshold * Double(keys.count)).rounded(.down))
        let wanted = max(2, allowedMissing + 1)
        let commonKey = max(Self.rareKeyFloor, size / 20)
        var chosen: [(key: String, documents: Int)] = []
        var postings = 0
        for candidate in present where chosen.count < wanted {
            if !chosen.isEmpty, candidate.documents > commonKey || postings + candidate.documents > Self.postingBudget { break }
            chosen.append(candidate)
            postings += candidate.documents
        }
        return chosen
    }

    /// `{sourceKey} : ("k1" OR "k2" ...)`.
    static func ftsQuery(_ keys: [String]) -> String {
        "{sourceKey} : (" + keys.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
    }

    /// Postings a lookup reads at most once it has one key (the rarest key is always read).
    static let postingBudget = 20_000
    /// In a small memory every key is rare enough to use.
    static let rareKeyFloor = 200

    /// The term FTS5's unicode61 tokenizer stores for a key (it folds case itself).
    func ftsTerm(_ key: String) -> String { key.lowercased() }
}
