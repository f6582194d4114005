extension BoundaryRules {
    /// How many words after a possible lead opener are read for a word of the headline.
    static let restatementReach = 3

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
    func opensRestatingLead(at word: Range<Int>, headline: Range<Int>, before end: Int,
                            in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard Self.looksLikePresentVerb(text[word]) else { return false }
        var keys: [[UInt16]] = []
        var words = 0
        var position = headline.lowerBound
        while let previous = TextUnits.word(after: position, in: text, limit: headline.upperBound) {
            words += 1
            guard words <= Self.headlineWords.upperBound else { return false }
            let key = Self.contentKey(text[previous])
            if key.count >= 3 { keys.append(key) }
            position = previous.upperBound
        }
        guard words >= Self.headlineWords.lowerBound, !keys.isEmpty else { return false }
        position = word.upperBound
        for _ in 0..<Self.restatementReach {
            guard let next = TextUnits.word(after: position, in: text, limit: end) else { return false }
            let key = Self.contentKey(text[next])
            if key.count >= 3, keys.contains(key) { return true }
            position = next.upperBound
        }
        return false
    }

    /// A third-person present or future verb by its shape: ي or ت (after س for the future),
    /// then two to five letters. Not a verbal noun or plural of the تفعيل, تفاعيل or تفاعل
    /// patterns (تغيير, تدابير, تكامل; يفاعل is a verb, يواجه), not a noun by its ending (ة, ات,
    /// the accusative ا, any tanween), not a particle, a month or a country
    /// (``ArabicLexicon/notVerbs``).
    static func looksLikePresentVerb(_ word: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
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

    /// The word without tashkeel, with alef forms and ة folded, and without the article or a
    /// proclitic و, ب, ل before it: "الرماد" and "رماد", "لدولي" and "دولي" compare equal.
    /// Empty for a word that is not all Arabic letters (numbers, Latin names).
    static func contentKey(_ word: Slice<UnsafeBufferPointer<UInt16>>) -> [UInt16] {
        var key = ArabicLexicon.key(word)
        guard key.allSatisfy(TextUnits.isArabicLetter) else { return [] }
        if key.last == 0x0629 { key[key.count - 1] = 0x0647 }
        for article in Self.articles where key.count - article.count >= 3 && key.starts(with: article) {
            key.removeFirst(article.count)
            return key
        }
        if key.count >= 5, key[0] == 0x0648 || key[0] == 0x0628 || key[0] == 0x0644 { key.removeFirst() }
        return key
    }

    /// The article with the proclitics that join it (وال, بال, فال, كال, لل, ال), longest first.
    private static let articles: [[UInt16]] = ["وال", "بال", "فال", "كال", "لل", "ال"].map { Array($0.utf16) }
}

extension ArabicLexicon {
    /// Words shaped like present verbs (ي or ت first) that are not verbs: يوم, months, تحت,
    /// تلك, and countries (تونس).
    static let notVerbs = ArabicWordSet(words("يوم يومي يناير يونيو يوليو تموز تشرين تجاه تحت تلك تونس تركيا تشاد"))
}
