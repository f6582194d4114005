extension BoundaryRules {
    /// The content words read after a possible lead opener, one slot per word.
    typealias Restated = InlineArray<3, ContentKey?>
    /// How many words after a possible lead opener are read for a word of the headline.
    static var restatementReach: Int { Restated.count }

    /// Whether a lead may open at `word` after the headline `headline` (from the paragraph's
    /// start to the end of the word before) because `word` is a present or future verb (يقل,
    /// تتنافس, سيحصل) and one of the ``restatementReach`` words after it names again a content
    /// word of the headline: a news lead restates what its headline names ("…جلسة محكمة بريت
    /// كافانو | شاهد أكثر من 20 مليون شخص…", "…في المملكة المتحدة | تتنافس سينسبري…" after a
    /// headline about Sainsbury's). It adds present verbs to ``ArabicLexicon/leadOpeners``
    /// (past verbs of reporting and news events) without listing them: a headline's own
    /// present verb stands after its subject ("مغني الراب يغير اسمه"), so a word it already
    /// named seldom follows right after.
    ///
    /// - Complexity: O(h·r) word comparisons for h ≤ ``headlineWords`` headline words and
    ///   r = ``restatementReach``; nothing is read unless `word` has the shape of a verb.
    func opensRestatingLead(
        at word: Range<Int>, headline: Range<Int>, before end: Int,
        in text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard let restated = restatedWords(after: word, before: end, in: text) else { return false }
        var words = 0
        var named = false
        var position = headline.lowerBound
        while let previous = TextUnits.word(after: position, in: text, limit: headline.upperBound) {
            words += 1
            guard words <= Self.headlineWords.upperBound else { return false }
            if !named, let key = ContentKey(text[previous]) {
                for slot in restated.indices where restated[slot] == key { named = true }
            }
            position = previous.upperBound
        }
        return named && words >= minimumHeadlineWords
    }

    /// ``opensRestatingLead(at:headline:before:in:)`` for the headline rule, which has read the
    /// headline's words already: their keys are made once per paragraph, not once per candidate verb.
    func opensRestatingLead(
        at word: Range<Int>, headlineWords: inout HeadlineWords, before end: Int, in text: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard let restated = restatedWords(after: word, before: end, in: text) else { return false }
        return headlineWords.count >= minimumHeadlineWords && headlineWords.names(restated, in: text)
    }

    /// The content keys of the ``restatementReach`` words after `word` when `word` may open a
    /// restating lead (the rule is on and `word` has the shape of a present verb) and one of
    /// them is a content word; nil otherwise. The few words after the verb come first: most
    /// verbs are followed by no content word the headline could hold, and then the headline is
    /// not read at all.
    private func restatedWords(after word: Range<Int>, before end: Int, in text: UnsafeBufferPointer<UInt16>) -> Restated? {
        guard restatingLeads, Self.looksLikePresentVerb(text[word]) else { return nil }
        var restated = Restated(repeating: nil)
        var any = false
        var position = word.upperBound
        for slot in restated.indices {
            guard let next = TextUnits.word(after: position, in: text, limit: end) else { break }
            restated[slot] = ContentKey(text[next])
            any = any || restated[slot] != nil
            position = next.upperBound
        }
        return any ? restated : nil
    }

    /// The words of a headline as the headline rule reads them, with their content keys made
    /// when first asked for.
    struct HeadlineWords {
        /// The most words kept: a headline has at most ``BoundaryRules/headlineWords`` words.
        static let capacity = 26
        private var ranges = InlineArray<26, Range<Int>>(repeating: 0..<0)
        private var keys = InlineArray<26, ContentKey?>(repeating: nil)
        /// How many words are kept.
        private(set) var count = 0
        private var keyed = 0

        /// Keeps `word` (beyond ``capacity`` words, nothing is kept).
        mutating func append(_ word: Range<Int>) {
            guard count < Self.capacity else { return }
            ranges[count] = word
            count += 1
        }

        /// Whether one of the words kept has a key among `restated`.
        mutating func names(_ restated: Restated, in text: UnsafeBufferPointer<UInt16>) -> Bool {
            while keyed < count {
                keys[keyed] = ContentKey(text[ranges[keyed]])
                keyed += 1
            }
            for index in 0..<count {
                guard let key = keys[index] else { continue }
                for slot in restated.indices where restated[slot] == key { return true }
            }
            return false
        }
    }

    /// A third-person present or future verb by its shape: ي or ت (after س for the future),
    /// then two to five letters. Not a verbal noun or plural of the تفعيل, تفاعيل or تفاعل
    /// patterns (تغيير, تدابير, تكامل; يفاعل is a verb, يواجه), not a noun by its ending (ة, ات,
    /// the accusative ا, any tanween), not a particle, a month or a country
    /// (``ArabicLexicon/notVerbs``).
    static func looksLikePresentVerb(_ word: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        // Most words fail on their first letter (ي, ت, or س before them; ى folds to ي): the
        // headline rule asks about every word of a paragraph's first sentence.
        if let first = word.first, TextUnits.isArabicLetter(first),
            first != 0x064A && first != 0x062A && first != 0x0633 && first != 0x0649
        {
            return false
        }
        // The first letters, folded, without a buffer: a verb here has at most seven.
        var letters = SIMD8<UInt16>()
        var count = 0
        var last: UInt16 = 0
        for unit in word {
            guard let folded = ArabicLexicon.fold(unit) else {
                if unit >= 0x064B && unit <= 0x064D { return false }  // tanween
                continue
            }
            guard TextUnits.isArabicLetter(folded), count < 8 else { return false }
            letters[count] = folded
            count += 1
            last = unit  // raw: a folded ا may be the hamza of يبدأ
        }
        var first = 0
        // س: the future, before a stem of four letters at least (سيحصل, not the name سيتي).
        if count > 0, letters[0] == 0x0633 {
            first = 1
            guard count - first >= 4 else { return false }
        }
        let length = count - first
        guard length >= 3, length <= 6, letters[first] == 0x064A || letters[first] == 0x062A else { return false }
        if length >= 5, letters[first + 3] == 0x064A || (letters[first] == 0x062A && letters[first + 2] == 0x0627) { return false }
        if last == 0x0629 || last == 0x0627 || (letters[count - 2] == 0x0627 && letters[count - 1] == 0x062A) { return false }
        return !ArabicLexicon.notVerbs.contains(word) && !ArabicLexicon.continuationWords.contains(word)
            && !ArabicLexicon.clauseWords.contains(word)
    }
}

/// A content word as the restating-lead rule compares it: without tashkeel, with alef forms and
/// ة folded, and without the article or a proclitic و, ب, ل before it, so "الرماد" and "رماد",
/// "لدولي" and "دولي" compare equal. Held in a vector, not an array: the rule compares a few
/// dozen words per candidate verb, and a wrapped transcript has a candidate on most lines.
struct ContentKey: Equatable {
    /// The longest key kept; longer words (rare) are not compared.
    static let capacity = 16
    private var letters = SIMD16<UInt16>()
    private var count = 0

    /// The key of `word`; nil for a word that is not all Arabic letters (numbers, Latin names),
    /// longer than ``capacity``, or shorter than three letters once the article is gone.
    init?(_ word: Slice<UnsafeBufferPointer<UInt16>>) {
        var folded = SIMD16<UInt16>()
        var length = 0
        for unit in word {
            guard let letter = ArabicLexicon.fold(unit) else { continue }
            guard TextUnits.isArabicLetter(letter), length < Self.capacity else { return nil }
            folded[length] = letter
            length += 1
        }
        guard length >= 3 else { return nil }
        if folded[length - 1] == 0x0629 { folded[length - 1] = 0x0647 }
        let drop = Self.prefixLength(folded, length)
        guard length - drop >= 3 else { return nil }
        for index in drop..<length { letters[index - drop] = folded[index] }
        count = length - drop
    }

    /// How many letters of the article (وال, بال, فال, كال, لل, ال, longest first, leaving three
    /// letters at least) or, in a word of five letters or more, of a proclitic و, ب or ل lead.
    private static func prefixLength(_ letters: SIMD16<UInt16>, _ length: Int) -> Int {
        let alef: UInt16 = 0x0627, lam: UInt16 = 0x0644
        let proclitic = letters[0] == 0x0648 || letters[0] == 0x0628  // و, ب
        if length >= 6, letters[1] == alef, letters[2] == lam,
            proclitic || letters[0] == 0x0641 || letters[0] == 0x0643
        {
            return 3
        }  // ف, ك
        guard length >= 5 else { return 0 }
        if letters[1] == lam, letters[0] == lam || letters[0] == alef { return 2 }
        return proclitic || letters[0] == lam ? 1 : 0
    }
}

extension ArabicLexicon {
    /// Words shaped like present verbs (ي or ت first) that are not verbs: يوم, months, تحت,
    /// تلك, and countries (تونس).
    static let notVerbs = ArabicWordSet(words("يوم يومي يناير يونيو يوليو تموز تشرين تجاه تحت تلك تونس تركيا تشاد"))
}
