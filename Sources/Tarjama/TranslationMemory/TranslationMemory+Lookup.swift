import Foundation
import GRDB

extension TranslationMemory {
    /// The best `limit` units for `segment` at `minimum` percent or better, best first.
    ///
    /// Candidates come from the FTS5 index, never from a scan: the segment's rarest keys are
    /// chosen (enough that a unit reaching `minimum` must hold at least one; see
    /// ``candidateKeys(tokens:minimum:)``), their posting lists are read, and units are ranked by
    /// the summed rarity of the keys they share. The best `candidateLimit` are compared on their
    /// stored keys, and the closest few are scored word by word with ``FuzzyScorer``. With
    /// `context`, an identical unit with the same neighbours scores 101.
    ///
    /// - Complexity: O(*p* + *c* × *n* × *m*): *p* postings of the chosen keys (bounded by
    ///   ``postingBudget`` once a key is read), *c* candidates of *m* keys against the *n* of the
    ///   segment; not the size of the memory.
    ///
    /// `codes` are the segment's inline codes, whose placeholders `segment` holds: words are
    /// matched without them, and a unit whose source has other codes loses ``codePenalty`` points.
    /// A match's ``MatchDifference/unitRange`` counts in the unit's ``MemoryUnit/plainSource``.
    public func lookup(
        _ segment: String, codes: [InlineCode] = [], context: SegmentContext? = nil, sourceLanguage: String? = nil,
        minimum: Int = 50, limit: Int = 5, candidateLimit: Int = 100
    ) throws(MemoryStoreError) -> [FuzzyMatch] {
        let segment = InlinePlaceholders.plainText(segment, codes: codes)
        let tokens = tokenizer.tokens(in: segment)
        let queryKeys = tokens.filter { $0.kind != .punctuation }.map { Substring($0.stem) }
        let candidates = try guarded {
            try pool.read { db -> [MemoryUnit] in
                guard let (chosen, size) = try candidateKeys(tokens: tokens, minimum: minimum, db) else { return [] }
                let ids = try Self.rankByRareKeys(chosen, size: size, limit: candidateLimit, db)
                let closest = try Self.closestByKeys(ids, to: queryKeys, keep: max(limit * 4, 20), db)
                return try units(ids: closest, in: db)
            }
        }
        return rank(
            candidates, for: segment, tokens: tokens, context: context, sourceLanguage: sourceLanguage,
            minimum: minimum, limit: limit, queryCodes: codes)
    }

    /// The `limit` units sharing the most rarity (summed log inverse frequency) with the segment.
    static func rankByRareKeys(_ chosen: [(key: String, documents: Int)], size: Int, limit: Int, _ db: Database) throws -> [Int64] {
        let postings = try db.cachedStatement(sql: "SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?")
        var scores: [Int64: Double] = [:]
        for (key, documents) in chosen {
            let weight = log(Double(size + 1) / Double(documents))
            let ids = try Int64.fetchCursor(postings, arguments: [ftsQuery([key])])
            while let id = try ids.next() { scores[id, default: 0] += weight }
        }
        guard scores.count > limit else { return Array(scores.keys) }
        return scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key > $1.key) }.prefix(limit).map(\.key)
    }

    /// Of `ids`, the `keep` whose stored keys are closest to the segment's by word edit distance.
    static func closestByKeys(_ ids: [Int64], to queryKeys: [Substring], keep: Int, _ db: Database) throws -> [Int64] {
        guard ids.count > keep else { return ids }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var previous: [Int] = [], current: [Int] = []
        var scored: [(id: Int64, distance: Double)] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT id, sourceKey FROM unit WHERE id IN (\(placeholders))", arguments: StatementArguments(ids))
        {
            let keys = (row[1] as String).split(separator: " ")
            let distance = editDistance(queryKeys, keys, &previous, &current)
            scored.append((row[0], Double(distance) / Double(max(1, max(keys.count, queryKeys.count)))))
        }
        return scored.sorted { $0.distance < $1.distance || ($0.distance == $1.distance && $0.id > $1.id) }.prefix(keep).map(\.id)
    }

    /// Scores `candidates` against the segment and keeps the best.
    func rank(
        _ candidates: [MemoryUnit], for segment: String, tokens: [MatchToken], context: SegmentContext?,
        sourceLanguage: String?, minimum: Int, limit: Int, queryCodes: [InlineCode] = []
    ) -> [FuzzyMatch] {
        let scorer = FuzzyScorer()
        let trimmed = segment.trimmingWhitespace()
        var matches: [FuzzyMatch] = []
        for unit in candidates {
            if let sourceLanguage, !Self.language(unit.sourceLanguage, matches: sourceLanguage) { continue }
            // Words are matched without the unit's inline codes; codes cost a point (below).
            let source = unit.plainSource
            let identical = source.trimmingWhitespace() == trimmed
            var (percentage, differences) = scorer.score(query: tokens, unit: tokenizer.tokens(in: source), identical: identical)
            if identical, let context, context.matches(previous: unit.previousSource, next: unit.nextSource) {
                percentage = FuzzyMatch.contextMatch
            }
            if !Self.sameCodes(unit.sourceCodes, queryCodes) {
                percentage = max(0, min(percentage, FuzzyMatch.exactMatch) - Self.codePenalty)
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

    /// Points a match loses when its source's inline codes differ from the segment's (OmegaT
    /// and Trados charge a point or so, so a unit that differs only in markup shows as 99%).
    static let codePenalty = 1

    /// Whether two sides have the same codes, by placeholder (number and role), in order.
    static func sameCodes(_ a: [InlineCode], _ b: [InlineCode]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.id == $1.id && $0.role == $1.role }
    }

    /// `ar` matches `ar` and `ar-SY`; `ar-SY` matches only itself.
    static func language(_ code: String, matches wanted: String) -> Bool {
        LanguageTag.matches(code, range: wanted)
    }

    /// The keys a lookup reads, rarest first, with their unit counts, and the memory's size;
    /// nil when no word of the segment is in the memory.
    ///
    /// A unit at `minimum` percent may lack at most (100 − minimum)/minimum × n of the n words, so
    /// it holds at least one of the rarest that many plus one. After the rarest key, keys held by
    /// more than a twentieth of the memory, or that would take the postings read past
    /// ``postingBudget``, are left out: they are the function words (في, من, الى) that every
    /// unit shares, and a unit sharing only those with the segment is not a useful match.
    func candidateKeys(tokens: [MatchToken], minimum: Int, _ db: Database) throws -> (keys: [(key: String, documents: Int)], size: Int)? {
        var seen = Set<String>()
        let keys = tokens.filter { $0.kind != .punctuation && seen.insert($0.stem).inserted }.map(\.stem)
        guard !keys.isEmpty else { return nil }
        let statement = try db.cachedStatement(sql: "SELECT units FROM keyFrequency WHERE key = ?")
        let frequencies = try keys.map { key in (key: key, documents: try Int.fetchOne(statement, arguments: [key]) ?? 0) }
        // The largest id bounds the number of units and costs one b-tree descent, unlike count(*).
        let size = try Int.fetchOne(db, sql: "SELECT max(id) FROM unit") ?? 0
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
        return (chosen, size)
    }

    /// `{sourceKey} : ("k1" OR "k2" ...)`.
    static func ftsQuery(_ keys: [String]) -> String {
        "{sourceKey} : (" + keys.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
    }

    /// Postings a lookup reads at most once it has one key (the rarest key is always read).
    static let postingBudget = 10_000
    /// In a small memory every key is rare enough to use.
    static let rareKeyFloor = 200

    /// The term FTS5's unicode61 tokenizer stores for a key (it folds case itself).
    func ftsTerm(_ key: String) -> String { key.lowercased() }
}
