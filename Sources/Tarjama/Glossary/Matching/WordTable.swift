/// Interns folded words (UTF-16 units) as dense integer ids, with a lookup that hashes a slice
/// of a caller's buffer without making a `String` or an array: the matcher asks it several times
/// per word of running text (the word and its clitic-stripped forms).
///
/// Open addressing with linear probing over a power-of-two slot array; words live in one flat
/// arena.
struct WordTable: Sendable {
    private var arena: [UInt16] = []
    private var starts: [Int32] = [0]
    private var slots: [Int32]
    private var hashes: [UInt32]
    private var mask: Int

    /// The number of distinct words.
    var count: Int { starts.count - 1 }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ units: UnsafeBufferPointer<UInt16>, prefix: UInt16? = nil) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        if let prefix { hash = (hash ^ UInt32(prefix)) &* 16_777_619 }
        for unit in units { hash = (hash ^ UInt32(unit)) &* 16_777_619 }
        return hash ^ (hash >> 15)
    }

    /// The id of the word `prefix + units`, or -1 when it is not interned.
    @inline(__always)
    func id(of units: UnsafeBufferPointer<UInt16>, prefix: UInt16? = nil) -> Int32 {
        let hash = Self.hash(units, prefix: prefix)
        var slot = Int(hash) & mask
        let length = units.count + (prefix == nil ? 0 : 1)
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let id = slots[slot]
                if id < 0 { return -1 }
                if hashes[slot] == hash {
                    let start = Int(starts[Int(id)])
                    let end = Int(starts[Int(id) + 1])
                    if end - start == length && equal(arena, start, units, prefix) { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equal(_ arena: UnsafeBufferPointer<UInt16>, _ start: Int, _ units: UnsafeBufferPointer<UInt16>,
                       _ prefix: UInt16?) -> Bool {
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
        let hash = word.withUnsafeBufferPointer { Self.hash($0) }
        insert(id: id, hash: hash)
        return id
    }

    private mutating func insert(id: Int32, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        hashes[slot] = hash
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count {
            let start = Int(starts[id]), end = Int(starts[id + 1])
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            insert(id: Int32(id), hash: hash)
        }
    }

    /// Bytes held, for the benchmark's memory figure.
    var byteCount: Int { arena.capacity * 2 + starts.capacity * 4 + slots.capacity * 4 + hashes.capacity * 4 }
}
