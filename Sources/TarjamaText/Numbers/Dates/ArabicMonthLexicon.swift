/// The month names Arabic news writes, keyed as the number parser keys text: the Levantine and
/// Iraqi names (كانون الثاني … كانون الأول), the names taken from the European ones (يناير …
/// ديسمبر, with the Egyptian and Gulf variants يونيه, يوليه, اغسطس) and the Maghreb ones
/// (جانفي, فيفري, أوت).
struct ArabicMonthLexicon: Sendable {
    enum Entry: Sendable, Hashable {
        /// A month by itself. `needsContext`: the word is more often something else (آب and
        /// أب "father" share a key, مارس is also "he practised", ماي, أوت), so it is a month only
        /// with a day, a year, شهر before it, or the other calendar's name beside it.
        case month(Int, needsContext: Bool)
        /// كانون or تشرين: a month only with الأول or الثاني after it (the first or the
        /// second of the two months of that name).
        case head(first: Int, second: Int)
    }

    /// By ``ArabicNumberLexicon/packed(_:_:)`` key: a lookup makes no array.
    let entries: [UInt64: Entry]

    static let shared = ArabicMonthLexicon()

    /// Every spelling with its entry; the suggester's prefilter keys its month words from these.
    static let spellings: [(String, Entry)] = {
        var spelled: [(String, Entry)] = [
            ("كانون", .head(first: 12, second: 1)), ("تشرين", .head(first: 10, second: 11)),
        ]
        let names: [(Int, [String])] = [
            (1, ["يناير", "جانفي"]), (2, ["شباط", "فبراير", "فيفري"]), (3, ["آذار", "أذار"]),
            (4, ["نيسان", "أبريل", "إبريل", "ابريل", "أفريل"]), (5, ["أيار", "مايو"]),
            (6, ["حزيران", "يونيو", "يونيه", "جوان"]), (7, ["تموز", "يوليو", "يوليه", "جويلية"]),
            (8, ["أغسطس", "آغسطس"]), (9, ["أيلول", "سبتمبر", "سيبتمبر"]), (10, ["أكتوبر", "اكتوبر", "أكتوبير"]),
            (11, ["نوفمبر", "نوفمير"]), (12, ["ديسمبر", "ديسمير"]),
        ]
        for (month, words) in names { spelled += words.map { ($0, .month(month, needsContext: false)) } }
        spelled += [
            ("آب", .month(8, needsContext: true)), ("مارس", .month(3, needsContext: true)),
            ("ماي", .month(5, needsContext: true)), ("أوت", .month(8, needsContext: true)),
        ]
        return spelled
    }()

    init() {
        var entries: [UInt64: Entry] = [:]
        for (word, entry) in Self.spellings {
            guard let key = try? ArabicNumberParser.normalizer.normalize(word),
                let packed = key.units.withUnsafeBufferPointer({ ArabicNumberLexicon.packed($0, 0..<$0.count) })
            else { continue }
            entries[packed] = entry
        }
        self.entries = entries
    }

    /// The entry of the word `key[range]`, after an optional و or ف and an optional ب or ل
    /// (وفي تموز, بكانون); a month that needs context is taken bare only.
    func entry(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Entry? {
        guard range.count >= 2, range.count <= 8 else { return nil }
        if let entry = lookup(key, range) { return entry }
        var start = range.lowerBound
        if key[start] == 0x0648 || key[start] == 0x0641 { start += 1 }  // و ف
        if start < range.upperBound, key[start] == 0x0628 || key[start] == 0x0644 { start += 1 }  // ب ل
        guard start > range.lowerBound, range.upperBound - start >= 4 else { return nil }
        let entry = lookup(key, start..<range.upperBound)
        if case .month(_, needsContext: true)? = entry { return nil }
        return entry
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Entry? {
        ArabicNumberLexicon.packed(key, range).flatMap { entries[$0] }
    }

    /// Whether `key[range]` is كانون or تشرين (with a clitic): the ordinal after it names a month.
    func isHead(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard range.count >= 5, range.count <= 7, key[range.upperBound - 1] == 0x0646 else { return false }  // ends in ن
        if case .head? = entry(key, range) { return true }
        return false
    }
}
