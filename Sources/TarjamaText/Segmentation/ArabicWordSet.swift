/// A set of Arabic words looked up straight from a slice of the text, without allocating: the
/// slice is hashed on its spelling-neutral key (see ``ArabicLexicon/key(_:)``) as it is read,
/// then compared unit by unit with the entry in that slot of a small open-addressing table.
///
/// Segmentation asks it once or twice per hard-wrapped line, so a lookup must cost little more
/// than reading the word.
struct ArabicWordSet: Sendable {
    private var keys: [[UInt16]] = []
    private var hashes: [UInt64] = []
    /// Indexes into `keys` (-1 for an empty slot); the capacity is a power of two.
    private var slots: [Int32]
    private var mask: Int
    private var longest = 0
    /// A quick filter before hashing: bit `last` of `edges[first]` is set when some word runs
    /// from a first to a last (folded) unit with those ``edge(_:)`` indexes. Most words of a
    /// sentence fail it, so asking about every word of a headline window stays cheap.
    private var edges = [UInt64](repeating: 0, count: 64)

    init(_ words: some Sequence<[UInt16]>) {
        var unique: [[UInt16]] = []
        for word in words {
            let key = ArabicLexicon.key(word)
            if !unique.contains(key) { unique.append(key) }
        }
        var capacity = 16
        while capacity < unique.count * 4 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for key in unique {
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            hashes.append(hash)
            longest = max(longest, key.count)
            if let first = key.first, let last = key.last { edges[Self.edge(first)] |= 1 << UInt64(Self.edge(last)) }
        }
    }

    /// Whether the word in `slice` (raw text, tashkeel and all) is in the set.
    @inline(__always)
    func contains(_ slice: Slice<UnsafeBufferPointer<UInt16>>) -> Bool { hashIfContained(slice) != nil }

    /// The hash of the word in `slice` when the set holds it (a key for tables of related
    /// words), nil when it does not.
    func hashIfContained(_ slice: Slice<UnsafeBufferPointer<UInt16>>) -> UInt64? {
        guard mayContain(slice) else { return nil }
        var hash: UInt64 = 0xcbf29ce484222325
        var length = 0
        for unit in slice {
            guard let folded = ArabicLexicon.fold(unit) else { continue }
            length += 1
            if length > longest { return nil }
            hash = (hash ^ UInt64(folded)) &* 0x100000001b3
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash && matches(keys[index], slice, length: length) { return hash }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the word's first and last folded units pass the ``edges`` filter.
    @inline(__always)
    private func mayContain(_ slice: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        var lower = slice.startIndex
        var upper = slice.endIndex
        var first: UInt16?
        var last: UInt16?
        while lower < upper, first == nil { first = ArabicLexicon.fold(slice[lower]); lower += 1 }
        while upper > lower, last == nil { last = ArabicLexicon.fold(slice[upper - 1]); upper -= 1 }
        guard let first else { return false }
        return edges[Self.edge(first)] & (1 << UInt64(Self.edge(last ?? first))) != 0
    }

    /// The filter index of a folded unit: its offset from the Arabic letters, modulo 64.
    @inline(__always)
    private static func edge(_ unit: UInt16) -> Int { Int(unit &- 0x0620) & 63 }

    private func matches(_ key: [UInt16], _ slice: Slice<UnsafeBufferPointer<UInt16>>, length: Int) -> Bool {
        guard key.count == length else { return false }
        var index = 0
        for unit in slice {
            guard let folded = ArabicLexicon.fold(unit) else { continue }
            if key[index] != folded { return false }
            index += 1
        }
        return true
    }

    /// The hash ``hashIfContained(_:)`` gives for `key` (already folded): FNV-1a over its units.
    static func hash(_ key: [UInt16]) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for unit in key { hash = (hash ^ UInt64(unit)) &* 0x100000001b3 }
        return hash
    }
}
