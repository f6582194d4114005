import GRDB

extension TranslationMemory {
    /// The same answer as ``lookup(_:context:sourceLanguage:minimum:limit:candidateLimit:)``
    /// found without the index: every unit's key is compared with the segment's (word-level
    /// edit distance over the stored keys), and the `candidateLimit` closest are scored in full.
    ///
    /// The baseline the index is measured against, and a check of its recall; never use it to serve
    /// lookups.
    ///
    /// - Complexity: O(*N* × *n* × *m*) for *N* units: it reads the whole memory.
    public func scanLookup(
        _ segment: String, context: SegmentContext? = nil, sourceLanguage: String? = nil,
        minimum: Int = 50, limit: Int = 5, candidateLimit: Int = 100
    ) throws(MemoryStoreError) -> [FuzzyMatch] {
        let tokens = tokenizer.tokens(in: segment)
        let queryKeys = tokens.filter { $0.kind != .punctuation }.map { Substring($0.stem) }
        guard !queryKeys.isEmpty else { return [] }
        let floor = Double(minimum) / 100 - 0.2  // keys ignore punctuation and spelling, so keep a margin
        let candidates = try guarded {
            try pool.read { db -> [MemoryUnit] in
                var best: [(id: Int64, similarity: Double)] = []
                var worstKept = floor
                let rows = try Row.fetchCursor(db, sql: "SELECT id, sourceKey FROM unit")
                var previousRow: [Int] = []
                var currentRow: [Int] = []
                while let row = try rows.next() {
                    let key: String = row[1]
                    let keys = key.split(separator: " ")
                    let longest = max(keys.count, queryKeys.count)
                    // The length difference alone bounds the similarity from above.
                    guard Double(longest - abs(keys.count - queryKeys.count)) / Double(longest) >= worstKept else { continue }
                    let distance = Self.editDistance(queryKeys, keys, &previousRow, &currentRow)
                    let similarity = 1 - Double(distance) / Double(longest)
                    guard similarity >= worstKept else { continue }
                    best.append((row[0], similarity))
                    if best.count > candidateLimit * 2 {
                        best.sort { $0.similarity > $1.similarity }
                        best.removeLast(best.count - candidateLimit)
                        worstKept = max(floor, best.last!.similarity)
                    }
                }
                best.sort { $0.similarity > $1.similarity }
                return try units(ids: best.prefix(candidateLimit).map(\.id), in: db)
            }
        }
        return rank(
            candidates, for: segment, tokens: tokens, context: context, sourceLanguage: sourceLanguage,
            minimum: minimum, limit: limit)
    }

    /// Word-level Levenshtein distance with unit costs, reusing the caller's row buffers.
    static func editDistance(_ a: [Substring], _ b: [Substring], _ previous: inout [Int], _ current: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: 0...b.count)
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
