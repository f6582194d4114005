internal import TarjamaText

/// A trie over word ids built once per glossary: every spelling of every entry (source and
/// variants) is folded into words, the words are interned, and the word sequence is a path
/// from the root. The matcher walks it word by word, so a term of k words costs k lookups
/// whatever the glossary size.
///
/// The root's transitions are a dense array indexed by word id (most walks stop there);
/// deeper transitions are one hash map keyed by (node, word).
struct TermAutomaton: Sendable {
    struct Terminal: Sendable {
        var entry: Int32
        var spelling: Int32
        /// Whether the entry is a common noun (type term), the only kind a word may match with
        /// its article removed.
        var isTerm = false
        /// How the path differs from the spelling: a generated form (``TermForms``), or as written.
        var form = TermForms.Kind.asWritten

        func with(_ form: TermForms.Kind) -> Terminal {
            var changed = self
            changed.form = form
            return changed
        }
    }

    private(set) var words = WordTable()
    private(set) var rootChildren: [Int32] = []
    private(set) var edges = EdgeTable()
    /// Indexed by node; `entry` is -1 where no spelling ends.
    private(set) var terminals: [Terminal] = [Terminal(entry: -1, spelling: 0)]
    var nodeCount: Int { terminals.count }
    /// The most words any spelling has.
    private(set) var maxWords = 0

    /// Builds the trie; a main spelling always wins over another entry's variant of the same key,
    /// a spelling as written over any generated form (``TermForms``: the plural, dual, article
    /// forms of a common noun, from its source and its variants), and among equals the earlier
    /// entry wins.
    ///
    /// - Complexity: O(total words of all spellings).
    init(entries: [GlossaryEntry]) {
        words = WordTable(capacity: entries.count * 2)
        for pass in 0..<2 {
            for (index, entry) in entries.enumerated() {
                let spellings = pass == 0 ? [entry.source] : entry.variants
                for (offset, spelling) in spellings.enumerated() {
                    insert(
                        MatchFold.words(spelling),
                        terminal: Terminal(
                            entry: Int32(index), spelling: Int32(pass == 0 ? 0 : offset + 1),
                            isTerm: entry.type == .term))
                }
            }
        }
        let terms = entries.indices.filter { entries[$0].type == .term }
        let spellings = terms.map { index in ([entries[index].source] + entries[index].variants).map(MatchFold.words) }
        for (index, words) in zip(terms, spellings) {
            for (offset, spelling) in words.enumerated() {
                let terminal = Terminal(entry: Int32(index), spelling: Int32(offset), isTerm: true)
                for form in TermForms.forms(of: spelling) { insert(form.words, terminal: terminal.with(form.kind)) }
                for form in TermForms.splitForms(of: spelling) { insert(form, terminal: terminal.with(.split)) }
            }
        }
        // A pronoun form never takes a word the glossary already has (محافظ + ه is the entry
        // محافظة once ة is folded) or a name (نبي + ه is the name نبيه): the word would be read
        // as something it is not.
        let known = Int32(words.count)
        for (index, words) in zip(terms, spellings) {
            for (offset, spelling) in words.enumerated() {
                let terminal = Terminal(entry: Int32(index), spelling: Int32(offset), isTerm: true, form: .pronoun)
                for form in TermForms.pronounForms(of: spelling) where isNewWord(form[form.count - 1], known: known) {
                    insert(form, terminal: terminal)
                }
            }
        }
    }

    private func isNewWord(_ word: [UInt16], known: Int32) -> Bool {
        let id = word.withUnsafeBufferPointer { words.id(of: $0) }
        guard id < 0 || id >= known else { return false }
        return NameDictionary.shipped.entry(forKey: String(decoding: word, as: UTF16.self)) == nil
    }

    /// The terminal the word sequence `path` (folded words) leads to, or nil: which entry and
    /// form the matcher reads that text as.
    func terminal(of path: [[UInt16]]) -> Terminal? {
        var node: Int32 = -1
        for (depth, word) in path.enumerated() {
            let id = word.withUnsafeBufferPointer { words.id(of: $0) }
            node = depth == 0 ? root(id) : id < 0 ? -1 : child(node, id)
            if node < 0 { return nil }
        }
        guard node >= 0, terminals[Int(node)].entry >= 0 else { return nil }
        return terminals[Int(node)]
    }

    private mutating func insert(_ path: [[UInt16]], terminal: Terminal) {
        guard !path.isEmpty else { return }
        maxWords = max(maxWords, path.count)
        var node: Int32 = 0
        for (depth, word) in path.enumerated() {
            let id = words.intern(word)
            if depth == 0 {
                if Int(id) >= rootChildren.count {
                    rootChildren.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - rootChildren.count))
                }
                if rootChildren[Int(id)] < 0 { rootChildren[Int(id)] = newNode() }
                node = rootChildren[Int(id)]
            } else {
                let key = Self.edgeKey(node, id)
                let existing = edges[key]
                if existing >= 0 {
                    node = existing
                } else {
                    let child = newNode()
                    edges.insert(key, child)
                    node = child
                }
            }
        }
        if terminals[Int(node)].entry < 0 { terminals[Int(node)] = terminal }
    }

    private mutating func newNode() -> Int32 {
        terminals.append(Terminal(entry: -1, spelling: 0))
        return Int32(terminals.count - 1)
    }

    @inline(__always)
    static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    func root(_ word: Int32) -> Int32 { word >= 0 && Int(word) < rootChildren.count ? rootChildren[Int(word)] : -1 }

    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32 { edges[Self.edgeKey(node, word)] }

    /// Approximate bytes held, for the benchmark's memory figure.
    var byteCount: Int {
        words.byteCount + rootChildren.capacity * 4 + edges.byteCount + terminals.capacity * MemoryLayout<Terminal>.stride
    }
}

/// The trie's transitions below the root: (node, word) → child, open addressing with a
/// multiplicative hash (the standard dictionary's SipHash costs more than the rest of a lookup).
struct EdgeTable: Sendable {
    private var keys = [UInt64](repeating: .max, count: 16)
    private var values = [Int32](repeating: -1, count: 16)
    private var mask = 15
    private(set) var count = 0

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The child for `key`, or -1.
    @inline(__always)
    subscript(key: UInt64) -> Int32 {
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == .max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, mask)
        while keys[slot] != .max && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == .max { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != .max { insert(key, value) }
    }

    var byteCount: Int { keys.capacity * 8 + values.capacity * 4 }
}
