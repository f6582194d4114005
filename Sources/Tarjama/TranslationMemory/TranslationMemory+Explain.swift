import GRDB

/// How a lookup found its candidates: which keys it asked the index for, how many postings
/// those keys have, and SQLite's query plans, to show that a lookup reads the index and not the
/// whole memory.
public struct LookupExplanation: Sendable, Equatable {
    /// The index keys the lookup used, rarest first.
    public var keys: [String]
    /// Units holding at least one of those keys, counted per key (an upper bound of rows touched).
    public var postings: Int
    /// Units in the memory.
    public var units: Int
    /// SQLite's `EXPLAIN QUERY PLAN` lines for the candidate query and the unit fetch.
    public var plan: [String]
}

extension TranslationMemory {
    /// Explains the candidate retrieval ``lookup(_:context:sourceLanguage:minimum:limit:candidateLimit:)`` does for `segment`.
    public func explainLookup(_ segment: String, minimum: Int = 50) throws(MemoryStoreError) -> LookupExplanation {
        let tokens = tokenizer.tokens(in: segment)
        return try guarded {
            try pool.read { db in
                let units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
                guard let (chosen, _) = try candidateKeys(tokens: tokens, minimum: minimum, db) else {
                    return LookupExplanation(keys: [], postings: 0, units: units, plan: [])
                }
                var plan = try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN SELECT units FROM keyFrequency WHERE key = ?",
                    arguments: [chosen[0].key]
                ).map { $0["detail"] as String }
                plan += try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?",
                    arguments: [Self.ftsQuery([chosen[0].key])]
                ).map { $0["detail"] as String }
                plan += try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN SELECT \(Self.unitColumns) FROM unit WHERE id IN (?, ?)",
                    arguments: [1, 2]
                ).map { $0["detail"] as String }
                return LookupExplanation(
                    keys: chosen.map(\.key), postings: chosen.reduce(0) { $0 + $1.documents },
                    units: units, plan: plan)
            }
        }
    }
}
