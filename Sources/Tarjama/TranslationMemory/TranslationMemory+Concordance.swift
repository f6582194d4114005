import Foundation
import GRDB

extension TranslationMemory {
    /// Units whose source or target holds `phrase` in any spelling (folded letters, clitics
    /// removed: المسلحين finds للمسلحين), newest first, with the phrase's ranges.
    ///
    /// - Complexity: O(*p* + *k* × *m*): the postings of the phrase's keys, then *k* hits of *m* tokens.
    public func concordance(_ phrase: String, side: ConcordanceSide = .both, limit: Int = 50) throws(MemoryStoreError) -> [ConcordanceHit] {
        let keys = tokenizer.tokens(in: phrase).filter { $0.kind != .punctuation }.map(\.stem)
        guard !keys.isEmpty else { return [] }
        let columns =
            switch side {
            case .source: "{sourceKey}"
            case .target: "{targetKey}"
            case .both: "{sourceKey targetKey}"
            }
        let query = columns + " : \"" + keys.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var hits: [ConcordanceHit] = []
        var lastID = Int64.max
        // Index hits whose highlight fails (a key the index splits differently) are skipped; read on
        // until `limit` real hits or the index is exhausted.
        while hits.count < limit {
            let batch = try guarded {
                try pool.read { db -> [MemoryUnit] in
                    let ids = try Int64.fetchAll(
                        db,
                        sql: """
                            SELECT rowid FROM unit_fts WHERE unit_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?
                            """, arguments: [query, lastID, limit * 2])
                    return try units(ids: ids, in: db).sorted { ($0.id ?? 0) > ($1.id ?? 0) }
                }
            }
            guard let last = batch.last?.id else { break }
            lastID = last
            for unit in batch where hits.count < limit {
                let sourceRanges = side == .target ? [] : ranges(of: keys, in: unit.source)
                let targetRanges = side == .source ? [] : ranges(of: keys, in: unit.target)
                if !sourceRanges.isEmpty || !targetRanges.isEmpty {
                    hits.append(ConcordanceHit(unit: unit, sourceRanges: sourceRanges, targetRanges: targetRanges))
                }
            }
        }
        return hits
    }

    /// Where the run of `keys` occurs in `text`, punctuation between the words allowed.
    func ranges(of keys: [String], in text: String) -> [Range<Int>] {
        let words = tokenizer.tokens(in: text).filter { $0.kind != .punctuation }
        guard words.count >= keys.count else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        while index + keys.count <= words.count {
            if (0..<keys.count).allSatisfy({ ftsTerm(words[index + $0].stem) == ftsTerm(keys[$0]) }) {
                result.append(words[index].range.lowerBound..<words[index + keys.count - 1].range.upperBound)
                index += keys.count
            } else {
                index += 1
            }
        }
        return result
    }
}
