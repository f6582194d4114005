internal import TarjamaText

/// What a single folded word tells the name spotter (a title, a reporting verb, a word that ends
/// a name, a given name, a foreign name, an everyday homograph, a forename, a particle or
/// initial), from one table probe.
///
/// The spotter asks several of these questions of every word of running text; asked of separate
/// tables they cost a probe each, which made name spotting cost more than number reading.
struct NameWordClasses: Sendable {
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16
        /// An office or title before a name (وزير, الرئيس, د).
        static let title = Classes(rawValue: 1 << 0)
        /// A title that only ever stands before a person (السيد, الدكتور).
        static let personalTitle = Classes(rawValue: 1 << 1)
        /// A reporting verb after which a known name is the speaker (قال, أكد).
        static let cue = Classes(rawValue: 1 << 2)
        /// A word that ends a name run (a function word, an institution).
        static let stop = Classes(rawValue: 1 << 3)
        /// A given or foreign name that alone says a person is named.
        static let evidence = Classes(rawValue: 1 << 4)
        /// Any single-word personal name, everyday homographs included (الأسد, حسن).
        static let known = Classes(rawValue: 1 << 5)
        /// A foreign name that may stand alone as a person's name (ترامب).
        static let foreign = Classes(rawValue: 1 << 6)
        /// A name that is also an everyday word (باسم, حسن).
        static let ordinary = Classes(rawValue: 1 << 7)
        /// A non-Arab given name (مايك, أولغا): alone before an unknown word, half a name.
        static let forename = Classes(rawValue: 1 << 8)
        /// A name particle or a spelled-out initial (دي, فان, بن, جيه): inside a name, never its
        /// last word.
        static let particle = Classes(rawValue: 1 << 9)
    }

    private let table: WordTable
    private let classes: [Classes]

    /// A table of `words` (matching keys) with their classes; a word listed twice has both.
    init(_ words: [(word: String, classes: Classes)]) {
        var table = WordTable(capacity: words.count)
        var classes: [Classes] = []
        for (word, wordClasses) in words {
            let id = Int(table.intern(Array(word.utf16)))
            if id == classes.count { classes.append(wordClasses) } else { classes[id].formUnion(wordClasses) }
        }
        self.table = table
        self.classes = classes
    }

    /// The classes of `word` (a matching key) whose finished hash is `hash`; empty when unknown.
    @inline(__always)
    func classes(of word: UnsafeBufferPointer<UInt16>, hash: UInt32) -> Classes {
        let id = table.id(of: word, prefix: nil, hash: hash)
        return id >= 0 ? classes[Int(id)] : []
    }

    /// The classes of `word` (a matching key); empty when unknown.
    func classes(of word: UnsafeBufferPointer<UInt16>) -> Classes {
        let id = table.id(of: word)
        return id >= 0 ? classes[Int(id)] : []
    }
}
