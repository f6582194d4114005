internal import TarjamaText
import Synchronization

/// Finds runs of words that look like a person's name the glossary does not know: up to three
/// words right after a title (محافظ, وزير, د., القائد, ...), not covered by a glossary term or a
/// number, stopping at punctuation or a function word. Each run gets the names romanisation,
/// marked as a low-confidence suggestion.
enum NameSpotter {
    /// Titles (as matching keys) after which a name usually follows.
    static let titles: Set<String> = [
        "محافظ", "المحافظ", "وزير", "الوزير", "الرييس", "رييس", "القايد", "الميداني", "السيد", "السيده",
        "الدكتور", "د", "العميد", "اللواء", "العقيد", "العماد", "الشيخ", "مدير", "المتحدث", "النايب",
        "السفير", "المبعوث", "المستشار", "الناطق", "المطران", "الاب", "المفتي", "القاضي", "المحامي",
    ]
    /// For each word length, the first letters titles of that length start with, one bit per
    /// letter from U+0620: a filter that spares the hash lookup for almost every word of running
    /// text. A title starting outside that block (there is none) sets every bit of its length.
    static let titleStarts: [UInt64] = {
        var starts = [UInt64](repeating: 0, count: 16)
        for title in titles {
            let units = Array(title.utf16)
            let offset = Int(units[0]) - 0x0620
            starts[units.count] |= (0..<64).contains(offset) ? 1 << UInt64(offset) : .max
        }
        return starts
    }()

    @inline(__always)
    static func mayBeTitle(first: UInt16, length: Int, _ starts: [UInt64]) -> Bool {
        guard length < 16 else { return false }
        let offset = Int(first) - 0x0620
        return (0..<64).contains(offset) ? (starts[length] &>> UInt64(offset)) & 1 != 0 : starts[length] == .max
    }

    static let titleTable = WordTable(words: titles)
    static let stopTable = WordTable(words: stopWords)

    /// Words that end a name run (function words and reporting verbs), as matching keys.
    static let stopWords: Set<String> = [
        "في", "من", "علي", "الي", "ان", "انه", "عن", "مع", "قال", "اكد", "اوضح", "اشار", "ذكر", "اعلن",
        "الذي", "التي", "هو", "هي", "خلال", "بعد", "قبل", "حول", "لدي", "عبر", "امام", "شكر", "وفي", "وقال",
        "واكد", "ان", "او", "ثم", "كما", "حيث", "الا", "لا", "لم", "لن", "قد", "كان", "بين", "منذ", "حتي",
        "اليوم", "امس", "صباح", "مساء", "يوم", "بان", "لاذاعتنا", "تصريح", "حديث", "بيان",
        // Institutions: after مدير or رئيس they name an office, not a person.
        "فرع", "مكتب", "مديريه", "مدينه", "بلده", "منطقه", "قسم", "دايره", "مجلس", "مركز", "مستشفي",
        "جامعه", "شركه", "هييه", "لجنه", "اداره", "وزاره", "الوزاره", "محافظه", "حزب", "جمعيه", "نقابه",
    ]

    /// Romanisations already made, by name: a name recurs through a transcript, and ICU's
    /// rule-based transliterator costs about as much per name as matching a long paragraph.
    /// Bounded: emptied when full.
    private static let spellings = Mutex<[String: String?]>([:])
    private static let spellingsKept = 4096

    /// The names romanisation of `text`, or nil when it cannot be made.
    static func spelling(ofName text: String) -> String? {
        if let known = spellings.withLock({ $0[text] }) { return known }
        let made = try? ArabicTransliterator.shared.suggestSpelling(ofName: text).suggestion
        spellings.withLock { cache in
            if cache.count >= spellingsKept { cache.removeAll(keepingCapacity: true) }
            cache[text] = made
        }
        return made
    }

    static func names(in words: FoldedWords, terms: [TermMatch], numbers: [Range<Int>], glossary: Glossary,
                      original: UnsafeBufferPointer<UInt16>) -> [TermSuggestion] {
        let count = words.count
        guard count > 1 else { return [] }
        let folded = words.folded
        func isStopWord(_ index: Int) -> Bool {
            stopTable.id(of: UnsafeBufferPointer(rebasing: folded[words.range(of: index)]), prefix: nil, hash: words.hash(of: index)) >= 0
        }
        func hasDigit(_ index: Int) -> Bool { folded[words.range(of: index)].contains { $0 >= 0x30 && $0 <= 0x39 } }
        func originalStart(_ index: Int) -> Int { Int(words.origins[words.range(of: index).lowerBound]) }
        func covered(_ index: Int) -> Bool {
            let start = originalStart(index)
            return terms.contains { $0.range.contains(start) } || numbers.contains { $0.contains(start) }
        }
        /// Whether only spaces separate word `index` from the word before it.
        func joined(_ index: Int) -> Bool {
            let gap = folded[words.stop(of: index - 1)..<words.start(of: index)]
            return gap.allSatisfy { $0 == 0x20 || $0 == 0x0A }
        }
        let titleStarts = Self.titleStarts, titleTable = Self.titleTable
        func isTitle(_ index: Int) -> Bool {
            let range = words.range(of: index)
            guard mayBeTitle(first: folded[range.lowerBound], length: range.count, titleStarts) else { return false }
            return titleTable.id(of: UnsafeBufferPointer(rebasing: folded[range]), prefix: nil, hash: words.hash(of: index)) >= 0
        }
        var results: [TermSuggestion] = []
        var index = 0
        while index < count {
            guard isTitle(index) else { index += 1; continue }
            var next = index + 1
            // A place or body after the title (محافظ حلب, رئيس مجلس المدينة) belongs to it.
            while next < count, covered(next) {
                let start = originalStart(next)
                guard let term = terms.first(where: { $0.range.contains(start) }),
                      [.place, .organisation].contains(glossary.entries[term.entryIndex].type) else { break }
                next += 1
            }
            var run: [Int] = []
            while next < count, run.count < 3, !covered(next), !isStopWord(next), !isTitle(next),
                  !hasDigit(next), run.isEmpty || joined(next) {
                run.append(next)
                next += 1
            }
            if run.count >= 2 {
                let range = originalStart(run[0])..<words.originalEnd(of: run.last!)
                let text = GlossarySuggester.string(original, range)
                if let spelling = Self.spelling(ofName: text) {
                    results.append(TermSuggestion(
                        range: range, text: text, source: text, rendering: spelling, alternatives: [],
                        forbidden: [], type: "person", match: "romanised", clitics: "", origin: .romanised, entryIndex: nil,
                        note: "not in the glossary: a rule-made spelling; check the agency spelling"))
                }
            }
            index = max(index + 1, next)
        }
        return results
    }

}
