/// A set of Arabic words looked up straight from a slice of the text, without allocating: the
/// slice is hashed on its spelling-neutral key (see ``ArabicLexicon/key(_:)``) as it is read,
/// then compared unit by unit with the few entries of that hash.
///
/// Segmentation asks it once or twice per hard-wrapped line, so lookups must cost no more than
/// reading the word.
struct ArabicWordSet {
    private var buckets: [UInt64: [[UInt16]]] = [:]
    private var longest = 0

    init(_ words: some Sequence<[UInt16]>) {
        for word in words {
            let key = ArabicLexicon.key(word)
            buckets[Self.hash(key), default: []].append(key)
            longest = max(longest, key.count)
        }
    }

    /// Whether the word in `slice` (raw text, tashkeel and all) is in the set.
    func contains(_ slice: Slice<UnsafeBufferPointer<UInt16>>) -> Bool { hashIfContained(slice) != nil }

    /// The hash of the word in `slice` when the set holds it (a key for tables of related
    /// words), nil when it does not.
    func hashIfContained(_ slice: Slice<UnsafeBufferPointer<UInt16>>) -> UInt64? {
        var hash: UInt64 = 0xcbf29ce484222325
        var length = 0
        for unit in slice {
            guard let folded = ArabicLexicon.fold(unit) else { continue }
            length += 1
            if length > longest { return nil }
            hash = (hash ^ UInt64(folded)) &* 0x100000001b3
        }
        guard let candidates = buckets[hash] else { return nil }
        let found = candidates.contains { candidate in
            guard candidate.count == length else { return false }
            var index = 0
            for unit in slice {
                guard let folded = ArabicLexicon.fold(unit) else { continue }
                if candidate[index] != folded { return false }
                index += 1
            }
            return true
        }
        return found ? hash : nil
    }

    /// The hash ``hashIfContained(_:)`` gives for `key` (already folded).
    static func hash(_ key: [UInt16]) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for unit in key { hash = (hash ^ UInt64(unit)) &* 0x100000001b3 }
        return hash
    }
}
