extension ArabicNumberParser {
    /// A reading of a number word that its neighbours change: `lexeme` nil when they show it is
    /// no number at all.
    struct ContextReading {
        var lexeme: ArabicNumberLexicon.Lexeme?
    }

    /// What the words around `words[index]` make of its `lexeme`, or nil when they change nothing:
    ///
    /// - سادس فلوريد اليورانيوم, ثاني أكسيد الكربون: a chemical prefix (hexa-, di-), not a rank;
    /// - المرفق ألف, القائمة ألف, ألف وباء, (ألف): the letter A of a list, not a thousand;
    /// - من جانب واحد, كفريق واحد, في لحظة واحدة: "unilaterally", "as one team", "in an instant";
    /// - القرن العشرين, الذكرى الخمسين, دورتها السبعين, العشرين من أيار: a bare tens word with the
    ///   article after a noun that is counted in ranks, or before a month, is an ordinal (20th).
    func contextReading(
        of lexeme: ArabicNumberLexicon.Lexeme, _ key: UnsafeBufferPointer<UInt16>,
        _ words: [Range<Int>], at index: Int
    ) -> ContextReading? {
        func word(_ offset: Int) -> Range<Int>? {
            let position = index + offset
            guard position >= 0, position < words.count else { return nil }
            // Only spaces between it and its neighbour on the way to `words[index]`.
            let (first, second) = offset < 0 ? (words[position], words[position + 1]) : (words[position - 1], words[position])
            guard key[first.upperBound..<second.lowerBound].allSatisfy(Self.isSpace) else { return nil }
            return words[position]
        }
        /// Whether the word is one of `list`, with or without a leading و.
        func isAny(_ range: Range<Int>?, of list: [[UInt16]]) -> Bool {
            guard let range else { return false }
            let bare = range.count > 3 && key[range.lowerBound] == 0x0648 ? (range.lowerBound + 1)..<range.upperBound : range
            return list.contains { $0.elementsEqual(key[range]) || $0.elementsEqual(key[bare]) }
        }
        switch lexeme {
        case .ordinal:
            if !Self.hasArticle(key, words[index]), let next = word(1), Self.chemicals.contains(where: { Self.hasPrefix(key, next, $0) }) {
                return ContextReading(lexeme: nil)
            }
        case .scale(1_000, .singular):
            if isAny(word(-1), of: Self.letterHeads) || isAny(word(1), of: [Array("وباء".utf16)]) {
                return ContextReading(lexeme: nil)
            }
            // (ألف) alone in brackets: the letter of a sub-item (المادة 51 (ألف), "Article 51(A)").
            let range = words[index]
            if range.lowerBound > 0, range.upperBound < key.count, key[range.lowerBound - 1] == 0x28, key[range.upperBound] == 0x29 {
                return ContextReading(lexeme: nil)
            }
        case .unit(1):
            if isAny(word(-1), of: Self.oneIdiomHeads) { return ContextReading(lexeme: nil) }
        case let .ordinalTens(tens):
            // و العشرين: the tail of a compound (الخامس و العشرين), read as one.
            if index > 0, words[index - 1].count == 1, key[words[index - 1].lowerBound] == 0x0648 { return nil }
            if let previous = word(-1), Self.rankedNouns.contains(where: { Self.hasPrefix(key, Self.strippingArticle(key, previous), $0) })
            {
                return ContextReading(lexeme: .ordinal(tens))
            }
            if isAny(word(1), of: [Array("من".utf16)]), let month = word(2),
                ArabicMonthLexicon.shared.entry(key, month) != nil || key[month].elementsEqual("الشهر".utf16)
            {
                return ContextReading(lexeme: .ordinal(tens))
            }
            // السنوات العشرين الماضية, فترة العشرين عاماً: a definite count of a span of time,
            // after the definite plural of a time noun or before an indefinite measure ("the 20
            // years", "the twenty years"), is a cardinal. Other plurals stay unread (الدول
            // العشرين is the Group of Twenty as often as twenty states).
            if isAny(word(-1), of: Self.definiteTimePlurals)
                || word(1).map({ next in !Self.hasArticle(key, next) && Self.measures.contains { Self.hasPrefix(key, next, $0) } }) == true
            {
                return ContextReading(lexeme: .tens(tens))
            }
        default:
            break
        }
        return nil
    }

    /// Whether `words[index]` is a bare ثانية after an indefinite feminine noun (قمة ثانية, لغة
    /// ثانية: "a second summit"). After a number or a preposition it is "a second" of time
    /// (ثلاثين ثانية, خلال ثانية), which is why bare ثانية is not in the lexicon.
    static func isSecondAfterFeminineNoun(
        _ key: UnsafeBufferPointer<UInt16>, _ words: [Range<Int>], at index: Int,
        _ lexicon: ArabicNumberLexicon
    ) -> Bool {
        guard index > 0, key[words[index]].elementsEqual(second) else { return false }
        let previous = words[index - 1]
        guard previous.count >= 3, key[previous.upperBound - 1] == 0x0647, !hasArticle(key, previous),
            key[previous.upperBound..<words[index].lowerBound].allSatisfy(isSpace),
            lexicon.lexeme(key, previous) == nil
        else { return false }
        return !timeNouns.contains { $0.elementsEqual(key[previous]) }
    }

    /// The end of an indefinite measure word after `end` (نصف ساعة, نصف يوم), or nil. With the
    /// article (ربع الساعة, نصف الطريق) it is as often "part of" something as a quantity.
    static func measureEnd(_ key: UnsafeBufferPointer<UInt16>, after end: Int) -> Int? {
        var start = end
        while start < key.count, isSpace(key[start]) { start += 1 }
        guard start > end else { return nil }
        var stop = start
        while stop < key.count, isArabicLetter(key[stop]) { stop += 1 }
        return measures.contains { $0.elementsEqual(key[start..<stop]) } ? stop : nil
    }

    /// The end of بعد المائة after an ordinal (الحادية والثلاثون بعد المائة, 131st), or nil.
    static func afterHundredEnd(_ key: UnsafeBufferPointer<UInt16>, after end: Int) -> Int? {
        func nextWord(after position: Int) -> Range<Int>? {
            var start = position
            while start < key.count, isSpace(key[start]) { start += 1 }
            guard start > position else { return nil }
            var stop = start
            while stop < key.count, isArabicLetter(key[stop]) { stop += 1 }
            return stop > start ? start..<stop : nil
        }
        guard let after = nextWord(after: end), key[after].elementsEqual("بعد".utf16),
            let hundred = nextWord(after: after.upperBound),
            hundredWords.contains(where: { $0.elementsEqual(key[hundred]) })
        else { return nil }
        return hundred.upperBound
    }

    /// `word` without a leading و, a preposition ب or ل, and the article, when what is left is
    /// three letters or more.
    static func strippingArticle(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Range<Int> {
        var start = word.lowerBound
        if word.upperBound - start > 4, key[start] == 0x0648 { start += 1 }
        if word.upperBound - start > 4, key[start] == 0x0628 || key[start] == 0x0644 {
            // للقرن: ل and the article's lam run together.
            if key[start] == 0x0644, key[start + 1] == 0x0644 { return (start + 2)..<word.upperBound }
            if key[start + 1] == 0x0627, key[start + 2] == 0x0644 { start += 1 }
        }
        if word.upperBound - start > 4, key[start] == 0x0627, key[start + 1] == 0x0644 { start += 2 }
        return start..<word.upperBound
    }

    static func hasPrefix(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>, _ prefix: [UInt16]) -> Bool {
        word.count >= prefix.count && key[word.lowerBound..<(word.lowerBound + prefix.count)].elementsEqual(prefix)
    }

    /// Keys are written as the matching normaliser leaves them: ة → ه, ى → ي, أ إ آ → ا.
    private static func keys(_ words: [String]) -> [[UInt16]] {
        words.compactMap { try? normalizer.normalize($0).units }
    }

    private static let second = keys(["ثانية"]).first ?? []
    private static let timeNouns = keys(["دقيقة", "ساعة", "لحظة", "ثانية"])
    private static let chemicals = keys(["فلوريد", "أكسيد", "كلوريد", "كبريتيد", "كربونات"])
    private static let letterHeads = keys([
        "المرفق", "المرفقين", "المرفقان", "القائمة", "الفرع", "الجزء", "الفئة", "الباب",
        "الجدول", "الملحق", "المجموعة",
    ])
    /// Words before واحد / واحدة that make an idiom, not a count: من جانب واحد 'unilaterally',
    /// كفريق واحد 'as one team', في لحظة واحدة 'in an instant', دفعة واحدة 'all at once'.
    private static let oneIdiomHeads = keys(["جانب", "كفريق", "لحظة", "دفعة"])
    /// Nouns counted in ranks (their stems, after the article): a session, an anniversary, a century.
    private static let rankedNouns = keys(["دور", "ذكرى", "سنوية", "قرن", "جلس", "عيد", "مؤتمر", "طبعة", "اجتماع", "سنته", "سنتها"])
    /// Definite plurals of time nouns, before which a bare definite tens counts (السنوات العشرين).
    private static let definiteTimePlurals = keys([
        "السنوات", "السنين", "الأعوام", "الأيام", "الأشهر", "الشهور", "الأسابيع",
        "الساعات", "الدقائق", "العقود",
    ])
    private static let measures = keys([
        "ساعة", "يوم", "ميل", "متر", "كيلومتر", "كيلوغرام", "كيلو", "لتر", "طن", "قرن", "عام", "سنة", "شهر", "دقيقة",
        "أسبوع", "قدم", "بوصة", "هكتار", "جالون", "برميل", "نقطة",
    ])
    private static let hundredWords = keys(["المائة", "المئة"])
}
