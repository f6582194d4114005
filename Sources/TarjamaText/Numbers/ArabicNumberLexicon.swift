/// The words Arabic cardinal numbers are written with, in the spellings transcripts use, keyed
/// by their matching key (so أ/ا, ة/ه, ى/ي and tashkeel variants are all covered).
struct ArabicNumberLexicon: Sendable {
    enum Scale: Sendable, Hashable {
        /// ألف, مليون: one of it, or the multiplier after 11 and up.
        case singular
        /// ألفان, ألفين, ألفي: two of it.
        case dual
        /// آلاف, ملايين: the multiplier after 3–10.
        case plural
        /// ألفاً / ألفا: the accusative multiplier (خمسون ألفاً), or the dual construct (ألفا رجل).
        case accusative
    }

    enum Lexeme: Sendable, Hashable {
        case zero
        /// 1–9.
        case unit(Int)
        /// أحد, إحدى, اثنا, اثنتا …: only a number before عشر/عشرة.
        case teenHead(Int)
        /// عشر, عشرة: 10, or the tail of 11–19.
        case ten
        /// 20–90.
        case tens(Int)
        /// مئة, مائة: 100, or ×100 after a unit (تسع مئة).
        case hundredWord
        /// 200–900 as one word.
        case hundreds(Int)
        case scale(Int, Scale)
        /// الأول, الثاني, ثالث …: an ordinal 1–10.
        case ordinal(Int)
        /// حادي, الحادي: only an ordinal before عشر (الحادي عشر, 11th), or و and tens (الحادي والعشرون).
        case ordinalTeenHead(Int)
        /// العشرون, الستين …: the tens of a compound ordinal after و (التاسعة والستون, 69th); alone,
        /// "the twenty" is too often not an ordinal to read.
        case ordinalTens(Int)
        /// نصف, ربع: 1/denominator, of a scale word (نصف مليون, مليون ونصف) or before a measure
        /// (نصف ساعة).
        case fraction(Int)

        var isOrdinalTens: Bool {
            if case .ordinalTens = self { true } else { false }
        }
    }

    let entries: [[UInt16]: Lexeme]
    /// The entries whose key ``packed(_:_:)`` can hold, by that packed key: looking a word up
    /// makes no array (the parser asks for every word of every number run).
    let packedEntries: [UInt64: Lexeme]

    static let shared = ArabicNumberLexicon()

    init() {
        var spelled: [(String, Lexeme)] = [("صفر", .zero)]
        let units: [(Int, [String])] = [
            (1, ["واحد", "واحدة"]),
            (2, ["اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين"]),
            (3, ["ثلاث", "ثلاثة"]), (4, ["أربع", "أربعة"]), (5, ["خمس", "خمسة"]), (6, ["ست", "ستة"]),
            (7, ["سبع", "سبعة"]), (8, ["ثمان", "ثماني", "ثمانية"]), (9, ["تسع", "تسعة"]),
        ]
        for (value, words) in units { spelled += words.map { ($0, .unit(value)) } }
        // With the article, 3–10 count a definite group (الدول الأربع, الخمسة الآخرون: "the four",
        // "the five"). الواحد and الاثنين are left out: "the one" and Monday.
        for (value, words) in units where value >= 3 { spelled += words.map { ("ال" + $0, .unit(value)) } }
        spelled += [("العشر", .ten), ("العشرة", .ten)]
        // "The two": الاثنتان, الاثنان. الاثنين stays out: it is Monday far more often.
        spelled += ["الاثنتان", "الاثنتين", "الاثنان"].map { ($0, .unit(2)) }
        // الواحد heads a compound ordinal (القرن الواحد والعشرين); alone it is "the one".
        spelled.append(("الواحد", .ordinalTeenHead(1)))
        spelled += ["أحد", "إحدى", "احدى"].map { ($0, .teenHead(1)) }
        spelled += ["اثنا", "اثني", "اثنتا", "اثنتي"].flatMap { [($0, .teenHead(2)), ("ال" + $0, .teenHead(2))] }
        spelled += [("عشر", .ten), ("عشرة", .ten)]
        let tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
        for (index, stem) in tens.enumerated() {
            spelled += [(stem + "ون", .tens((index + 2) * 10)), (stem + "ين", .tens((index + 2) * 10))]
            spelled += [("ال" + stem + "ون", .ordinalTens((index + 2) * 10)), ("ال" + stem + "ين", .ordinalTens((index + 2) * 10))]
        }
        for hundred in ["مئة", "مائة"] { spelled.append((hundred, .hundredWord)) }
        for two in ["مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"] {
            spelled.append((two, .hundreds(200)))
        }
        let hundredHeads: [(Int, [String])] = [
            (3, ["ثلاث", "ثلاثة"]), (4, ["أربع", "أربعة"]), (5, ["خمس", "خمسة"]), (6, ["ست", "ستة"]),
            (7, ["سبع", "سبعة"]), (8, ["ثمان", "ثماني"]), (9, ["تسع", "تسعة"]),
        ]
        for (value, heads) in hundredHeads {
            for head in heads {
                spelled += [(head + "مئة", .hundreds(value * 100)), (head + "مائة", .hundreds(value * 100))]
            }
        }
        let scales: [(Int, singular: [String], dual: [String], plural: [String], accusative: [String])] = [
            (1_000, ["ألف"], ["ألفان", "ألفين", "ألفي"], ["آلاف", "ألاف"], ["ألفاً", "ألفا"]),
            (1_000_000, ["مليون"], ["مليونان", "مليونين", "مليوني"], ["ملايين"], ["مليوناً", "مليونا"]),
            (
                1_000_000_000, ["مليار", "بليون"], ["ملياران", "مليارين", "ملياري", "بليونين"], ["مليارات", "بلايين"],
                ["ملياراً", "مليارا"]
            ),
            (
                1_000_000_000_000, ["تريليون", "ترليون"], ["تريليونان", "تريليونين", "تريليوني"], ["تريليونات"],
                ["تريليوناً", "تريليونا"]
            ),
        ]
        for scale in scales {
            spelled += scale.singular.map { ($0, .scale(scale.0, .singular)) }
            spelled += scale.dual.map { ($0, .scale(scale.0, .dual)) }
            spelled += scale.plural.map { ($0, .scale(scale.0, .plural)) }
            spelled += scale.accusative.map { ($0, .scale(scale.0, .accusative)) }
        }
        // Ordinals, masculine and feminine, bare or with the article. Bare ثانية is left out:
        // it is far more often "a second" of time.
        let ordinals: [(Int, String, String)] = [
            (1, "أول", "أولى"), (2, "ثاني", "ثانية"), (3, "ثالث", "ثالثة"), (4, "رابع", "رابعة"), (5, "خامس", "خامسة"),
            (6, "سادس", "سادسة"), (7, "سابع", "سابعة"), (8, "ثامن", "ثامنة"), (9, "تاسع", "تاسعة"), (10, "عاشر", "عاشرة"),
        ]
        for (value, masculine, feminine) in ordinals {
            spelled += [("ال" + masculine, .ordinal(value)), ("ال" + feminine, .ordinal(value)), (masculine, .ordinal(value))]
            if value != 2 { spelled.append((feminine, .ordinal(value))) }
        }
        spelled.append(("ثان", .ordinal(2)))  // ثانٍ, "a second (meeting)", its tanween dropped
        // الثانٍ: the article on that spelling, a common slip for الثاني (نورد ستريم الثانٍ).
        spelled.append(("الثان", .ordinal(2)))
        // الألف يوم الأولى, "the first 1,000 days": a definite thousand (the letter alif after
        // a list noun is ruled out by context, as ألف is).
        spelled.append(("الألف", .scale(1_000, .singular)))
        spelled += ["حادي", "الحادي", "حادية", "الحادية"].map { ($0, .ordinalTeenHead(1)) }
        // النصف مليون, "half a million": the article on a fraction before a scale word (alone,
        // النصف is "the half" of something, which no rule reads as a number).
        spelled += [("نصف", .fraction(2)), ("ربع", .fraction(4)), ("النصف", .fraction(2)), ("الربع", .fraction(4))]
        var entries: [[UInt16]: Lexeme] = [:]
        for (word, lexeme) in spelled {
            // Keyed exactly as text is keyed, so the lexicon and the text cannot disagree.
            guard let key = try? ArabicNumberParser.normalizer.normalize(word) else { continue }
            entries[key.units] = lexeme
        }
        self.entries = entries
        var packedEntries: [UInt64: Lexeme] = [:]
        for (units, lexeme) in entries {
            if let packed = units.withUnsafeBufferPointer({ Self.packed($0, 0..<$0.count) }) { packedEntries[packed] = lexeme }
        }
        self.packedEntries = packedEntries
    }

    func lexeme(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Lexeme? {
        // A word that packs can only equal a key that packs, and one that does not only one
        // that does not.
        if let packed = Self.packed(key, range) { return packedEntries[packed] }
        return entries[Array(key[range])]
    }

    /// Up to ten units of U+0620–U+065E as six bits each (offset by one, so no unit is zero
    /// and lengths cannot collide), or nil.
    @inline(__always)
    static func packed(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 10 else { return nil }
        var packed: UInt64 = 0
        for index in range {
            let offset = key[index] &- 0x061F
            guard offset >= 1, offset <= 63 else { return nil }
            packed = packed << 6 | UInt64(offset)
        }
        return packed
    }
}
