/// Interns folded words (UTF-16 units) as dense integer ids, with a lookup that hashes a slice
/// of a caller's buffer without making a `String` or an array: the matcher asks it several times
/// per word of running text (the word and its clitic-stripped forms).
///
/// The hash reads a word from its last unit to its first (FNV-1a), so one backward pass over a
/// word gives the hash of every suffix: the word and all its clitic-stripped stems cost one pass
/// (``FoldedWords`` keeps them), and a stem with the article's alef put back is one more step.
/// Open addressing with linear probing over a power-of-two slot array; words live in one flat
/// arena; a one-bit-per-hash filter about eight times the size of the table rules most absent
/// words out before any probing.
struct WordTable: Sendable {
    private var arena: [UInt16] = []
    private var starts: [Int32] = [0]
    private var slots: [Int32]
    private var hashes: [UInt32]
    private var mask: Int
    private var filter: [UInt64]
    private var filterShift: UInt32

    /// The number of distinct words.
    var count: Int { starts.count - 1 }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        (filter, filterShift) = Self.emptyFilter(slotCount: size)
    }

    static let seed: UInt32 = 2_166_136_261

    /// One step of the hash: `unit` read before everything hashed so far.
    @inline(__always)
    static func step(_ hash: UInt32, _ unit: UInt16) -> UInt32 { (hash ^ UInt32(unit)) &* 16_777_619 }

    /// The running hash of `prefix + units` (before ``finished(_:)``).
    @inline(__always)
    static func rawHash(_ units: UnsafeBufferPointer<UInt16>, prefix: UInt16? = nil) -> UInt32 {
        var hash = seed
        var index = units.count
        while index > 0 {
            index &-= 1
            hash = step(hash, units[index])
        }
        if let prefix { hash = step(hash, prefix) }
        return hash
    }

    /// The hash a table lookup takes, from a running hash.
    @inline(__always)
    static func finished(_ raw: UInt32) -> UInt32 { raw ^ (raw &>> 15) }

    private static func emptyFilter(slotCount: Int) -> ([UInt64], UInt32) {
        var bits = 1 << 16
        while bits < slotCount * 4 { bits <<= 1 }
        return ([UInt64](repeating: 0, count: bits / 64), UInt32(32 - bits.trailingZeroBitCount))
    }

    @inline(__always)
    private func filterBit(_ hash: UInt32) -> Int { Int((hash &* 0x9E37_79B1) &>> filterShift) }

    /// The id of the word `prefix + units`, or -1 when it is not interned.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, prefix: UInt16? = nil) -> Int32 {
        guard !units.isEmpty else { return -1 }
        return id(of: units, prefix: prefix, hash: Self.finished(Self.rawHash(units, prefix: prefix)))
    }

    /// The id of the word `prefix + units` whose finished hash is `hash`, or -1.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, prefix: UInt16?, hash: UInt32) -> Int32 {
        probe(hash: hash, length: units.count + (prefix == nil ? 0 : 1)) { arena, start in
            equal(arena, start, units, prefix)
        }
    }

    /// The id of the word ال + `units` whose finished hash is `hash`, or -1 (the ل+ال+ل reading).
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, article: Void, hash: UInt32) -> Int32 {
        probe(hash: hash, length: units.count + 2) { arena, start in
            arena[start] == 0x0627 && equal(arena, start + 1, units, 0x0644)
        }
    }

    /// Linear probing for a word of `length` units with `hash` that `matches` accepts, given the
    /// arena and the word's start in it; -1 when there is none.
    @inline(__always)
    private func probe(hash: UInt32, length: Int, _ matches: (UnsafeBufferPointer<UInt16>, Int) -> Bool) -> Int32 {
        let bit = filterBit(hash)
        if (filter[bit &>> 6] &>> UInt64(bit & 63)) & 1 == 0 { return -1 }
        var slot = Int(hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let id = slots[slot]
                if id < 0 { return -1 }
                if hashes[slot] == hash {
                    let start = Int(starts[Int(id)])
                    let end = Int(starts[Int(id) + 1])
                    if end - start == length && matches(arena, start) { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equal(
        _ arena: UnsafeBufferPointer<UInt16>, _ start: Int, _ units: UnsafeBufferPointer<UInt16>,
        _ prefix: UInt16?
    ) -> Bool {
        var position = start
        if let prefix {
            if arena[position] != prefix { return false }
            position += 1
        }
        for unit in units {
            if arena[position] != unit { return false }
            position += 1
        }
        return true
    }

    /// A table of `words` (already matching keys).
    init(words: some Collection<String>) {
        self.init(capacity: words.count)
        for word in words { _ = intern(Array(word.utf16)) }
    }

    /// Interns `word`, returning its id.
    mutating func intern(_ word: [UInt16]) -> Int32 {
        let existing = word.withUnsafeBufferPointer { self.id(of: $0) }
        if existing >= 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        insert(id: id, hash: word.withUnsafeBufferPointer { Self.finished(Self.rawHash($0)) })
        return id
    }

    private mutating func insert(id: Int32, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        hashes[slot] = hash
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        (filter, filterShift) = Self.emptyFilter(slotCount: size)
        for id in 0..<count {
            let start = Int(starts[id]), end = Int(starts[id + 1])
            let hash = arena.withUnsafeBufferPointer { Self.finished(Self.rawHash(UnsafeBufferPointer(rebasing: $0[start..<end]))) }
            insert(id: Int32(id), hash: hash)
        }
    }

    /// Bytes held, for the benchmark's memory figure.
    var byteCount: Int { arena.capacity * 2 + starts.capacity * 4 + slots.capacity * 4 + hashes.capacity * 4 + filter.count * 8 }
}
