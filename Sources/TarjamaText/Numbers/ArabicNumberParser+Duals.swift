extension ArabicNumberParser {
    /// The words of `units` that are probably duals, "two" of something: يومين, دولتين,
    /// الحكومتان, الطرفين (after an optional و or ف, ب ل or ك, and the article).
    ///
    /// Sound plurals share the ين ending (المسلحين, اللاجئين) and many nouns end in ان (برلمان,
    /// السودان), so this reading is only good for silencing a "two" the other side has — never
    /// for a suggestion. To keep it narrow it takes ين, تين, تان and ان after a stem of three
    /// letters or more, and leaves out ـيين and ـئين (السوريين, لاجئين), ـيان (بيان), participles
    /// in م (المسؤولين, متظاهرين), ـستان, frequent nouns and names in ان (برلمان, عدنان), number
    /// words, and any word with written tanween (a dual never has it).
    ///
    /// - Complexity: O(n).
    public func duals(in units: [UInt16]) throws(NormalizationError) -> [Range<Int>] {
        try duals(in: units, loose: false)
    }

    /// ``duals(in:)`` and the duals ``looseDuals(_:)`` reads besides: what QA may take for an
    /// English "two" it would otherwise call unmatched (never for a suggestion).
    public func dualsForChecking(in units: [UInt16]) throws(NormalizationError) -> [Range<Int>] {
        try duals(in: units, loose: true)
    }

    private func duals(in units: [UInt16], loose: Bool) throws(NormalizationError) -> [Range<Int>] {
        let key = try normalizer.normalize(units, in: nil)
        let found = key.units.withUnsafeBufferPointer { buffer in
            let strict = keyDuals(buffer)
            return loose ? strict + looseDuals(buffer).filter { word in !strict.contains { $0.overlaps(word) } } : strict
        }
        // Tanween never stands on a dual, and a kasra before the final ين marks a plural (ـِين).
        let unmarked = found.map { key.originalRange(of: $0) }.filter { range in
            !units[range].contains { $0 >= 0x064B && $0 <= 0x064D } && !Self.hasPluralKasra(units[range])
                && !Self.isRunTogether(units[range])
        }
        let marked = Self.vowelledDuals(in: units).filter { range in !unmarked.contains { $0.overlaps(range) } }
        return (unmarked + marked).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether the written word cannot be one dual: a ة inside it (أهميةروتين, two words run
    /// together), or أن / إن at its end (المزاحبشأن: a dual's ان has a bare alef, or آن).
    static func isRunTogether(_ word: ArraySlice<UInt16>) -> Bool {
        let letters = Array(word.filter { !(0x064B...0x0652).contains($0) && $0 != 0x0640 })
        guard let last = letters.indices.last else { return false }
        if letters[..<last].contains(0x0629) { return true }
        // حيثيخلقان: a word that opens with a function word no noun begins with.
        if letters.count > 6, gluedOpeners.contains(where: { letters.starts(with: $0) }) { return true }
        return letters.count >= 3 && letters[last] == 0x0646 && (letters[last - 1] == 0x0623 || letters[last - 1] == 0x0625)
    }

    private static let gluedOpeners: [[UInt16]] = ["حيث", "عندما", "بينما", "الذي", "التي"].map { Array($0.utf16) }

    /// Duals the stem rules leave out for the reader, which QA may still take for the "two" the
    /// English has: verbal nouns of the shape تفعيل (تقريران), masculine duals in construct
    /// (إشعاري تنبيه), nouns and participles on م
    /// (مجالين, مرفقين "two facilities"), which are as
    /// often plurals, and duals in construct, whose ن falls (ركلتي جزاء "two penalties",
    /// جارتيها "her two neighbours", ضعفيها "its two doubles"). Only silencing a "two" may use them.
    func looseDuals(_ key: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        let yeh: UInt16 = 0x064A, noon: UInt16 = 0x0646, alef: UInt16 = 0x0627, teh: UInt16 = 0x062A, heh: UInt16 = 0x0647
        var found: [Range<Int>] = []
        scanner.forEachWord(in: key, range: 0..<key.count) { word in
            guard word.count >= 5, word.count <= 14, lexicon.lexeme(key, word) == nil else { return }
            var start = word.lowerBound
            if [0x0648, 0x0641].contains(key[start]) { start += 1 }  // و ف
            if [0x0628, 0x0644, 0x0643].contains(key[start]) { start += 1 }  // ب ل ك
            let definite = word.upperBound - start > 2 && key[start] == alef && key[start + 1] == 0x0644
            if definite { start += 2 }
            let end = word.upperBound
            // ـتي before another word, ـتيه / ـتيها / ـتيهما: a dual in construct.
            var stemEnd = end
            if key[end - 1] == heh {
                stemEnd = end - 1
            } else if end - start > 2, key[end - 2] == heh, key[end - 1] == alef {
                stemEnd = end - 2
            } else if end - start > 4, key[end - 3] == heh, key[end - 2] == 0x0645, key[end - 1] == alef {
                stemEnd = end - 3
            }
            let followedByWord = end + 1 < key.count && key[end] == 0x20 && scanner.isWordUnit(key[end + 1])
            if stemEnd - start >= 5, key[stemEnd - 1] == yeh, key[stemEnd - 2] == teh, stemEnd < end || followedByWord {
                found.append(word)
                return
            }
            // ـيها / ـيهما on a noun of three letters: a masculine dual in construct with a
            // pronoun (ضعفيها "its two doubles", عينيها). Not ـيه, which is also ـية (عملية),
            // nor longer stems, which are as often broken plurals (أراضيها, مبانيها).
            if stemEnd <= end - 2, stemEnd - start == 4, key[stemEnd - 1] == yeh {
                found.append(word)
                return
            }
            // ـي before an indefinite word: a masculine dual in construct, its ن fallen (إشعاري
            // تنبيه "two notices"), on a stem of four letters or more without the article.
            if !definite, stemEnd == end, end - start >= 5, key[end - 1] == yeh, followedByWord,
                !(end + 2 < key.count && key[end + 1] == alef && key[end + 2] == 0x0644)
            {
                found.append(word)
                return
            }
            // تفعيل + ان / ين: a verbal noun (تقريران "two reports", تعديلين), which the stem
            // rules leave out for the imperfect verbs that also open on ت (تتمتعان).
            if end - start == 7, key[start] == teh, key[start + 3] == yeh, key[end - 1] == noon,
                key[end - 2] == yeh || key[end - 2] == alef
            {
                found.append(word)
                return
            }
            // م + stem + ين / ان.
            if end - start >= 6, key[start] == 0x0645, key[end - 1] == noon, key[end - 2] == yeh || key[end - 2] == alef,
                key[end - 3] != yeh, key[end - 3] != 0x0626
            {
                found.append(word)
            }
        }
        return found
    }

    /// Whether a word ends in ـِين: a kasra on the letter before the final ي ن (the ي may carry
    /// a sukun-less mark of its own).
    /// A kasra on the letter before a final ت ي ن marks a participle's plural too (المصوِّتين),
    /// where a feminine dual has a fatha (مادَّتين).
    static func hasPluralKasra(_ word: ArraySlice<UInt16>) -> Bool {
        let letters = word.filter { !(0x064B...0x0652).contains($0) || $0 == 0x0650 }
        guard letters.count >= 3, letters.last == 0x0646 else { return false }
        let beforeNoon = letters.dropLast()
        guard beforeNoon.last == 0x064A else { return false }
        let beforeYeh = beforeNoon.dropLast()
        if beforeYeh.last == 0x0650 { return true }
        guard beforeYeh.last == 0x062A else { return false }
        return beforeYeh.dropLast().last == 0x0650
    }

    /// Words whose written vowels make them duals whatever their shape: ـَيْن, a fatha before
    /// the ي or a sukun on it (ميسّرَيْن مشاركَيْن, "two co-facilitators"), where a plural reads
    /// ـِين. The stem rules above refuse participles in م (المسؤولين); the vowels settle it.
    static func vowelledDuals(in units: [UInt16]) -> [Range<Int>] {
        func isMark(_ unit: UInt16) -> Bool { (0x064B...0x0652).contains(unit) }
        func isLetter(_ unit: UInt16) -> Bool { (0x0621...0x064A).contains(unit) || isMark(unit) }
        var found: [Range<Int>] = []
        var index = 0
        while index < units.count {
            guard isLetter(units[index]) else { index += 1; continue }
            var end = index
            while end < units.count, isLetter(units[end]) { end += 1 }
            // The word's letters with the marks each carries.
            var letters: [(letter: UInt16, marks: [UInt16])] = []
            for unit in units[index..<end] {
                if isMark(unit) {
                    if !letters.isEmpty { letters[letters.count - 1].marks.append(unit) }
                } else {
                    letters.append((unit, []))
                }
            }
            if letters.count >= 4, letters[letters.count - 1].letter == 0x0646, letters[letters.count - 2].letter == 0x064A,
                letters[letters.count - 2].marks.contains(0x0652) || letters[letters.count - 3].marks.contains(0x064E)
            {
                found.append(index..<end)
            }
            index = end
        }
        return found
    }

    /// The dual words of a key, as ranges in the key.
    func keyDuals(_ key: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        scanner.forEachWord(in: key, range: 0..<key.count) { word in
            if Self.isDual(key, word, lexicon) { found.append(word) }
        }
        return found
    }

    /// Whether the word is a name in the shipped name dictionary (زوران, جوردان, كريستين), as it
    /// stands or after a leading و: names in ان and ين are the readings duals get most wrong.
    static func isKnownName(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Bool {
        let names = NameDictionary.shipped
        func isName(_ range: Range<Int>) -> Bool {
            guard let entry = names.entry(for: String(decoding: key[range], as: UTF16.self)) else { return false }
            return !entry.isOrdinaryWord
        }
        return isName(word) || (word.count > 4 && key[word.lowerBound] == 0x0648 && isName((word.lowerBound + 1)..<word.upperBound))
    }

    /// The dual phrases of a key: a noun and the words that agree with it (هاتين البلدتين
    /// المحاصرتين, "these two besieged towns") are one "two", not three.
    func keyDualPhrases(_ key: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var phrases: [Range<Int>] = []
        for word in keyDuals(key) where !Self.isKnownName(key, word) && !Self.isPredicateOrTerm(key, word) {
            // والدولتان after التحالفان is a second pair, joined by و, not an adjective.
            if let last = phrases.last, key[word.lowerBound] != 0x0648,
                key[last.upperBound..<word.lowerBound].allSatisfy(Self.isSpace)
            {
                phrases[phrases.count - 1] = last.lowerBound..<word.upperBound
            } else {
                // A leading و is no part of the span, as for the other numbers.
                phrases.append(key[word.lowerBound] == 0x0648 ? (word.lowerBound + 1)..<word.upperBound : word)
            }
        }
        return phrases
    }

    /// Whether the dual word says no "two" of its own: after the dual pronoun هما (on a
    /// particle), or after اللذان / اللتان, it is their predicate or adjective (أنهما متماثلان,
    /// لكنهما محبوبان: "they are the same"); فترة السنتين is the biennium; after a given name
    /// (بروس كولفين) it is a surname.
    static func isPredicateOrTerm(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Bool {
        var end = word.lowerBound
        while end > 0, isSpace(key[end - 1]) { end -= 1 }
        guard end < word.lowerBound else { return false }
        var start = end
        while start > 0, isArabicLetter(key[start - 1]) { start -= 1 }
        let previous = key[start..<end]
        guard !previous.isEmpty else { return false }
        if dualSubjects.contains(where: { $0.elementsEqual(previous) }) { return true }
        var bare = word.lowerBound
        if key[bare] == 0x0648 { bare += 1 }
        // فترة السنتين, لفترة السنتين.
        if previous.count <= period.count + 2, previous.suffix(period.count).elementsEqual(period),
            key[bare..<word.upperBound].elementsEqual(twoYears)
        {
            return true
        }
        // بروس كولفين, أليكس نورين: after a non-Arab given name the dictionary knows, a surname.
        guard let name = NameDictionary.shipped.entry(for: String(decoding: previous, as: UTF16.self)) else { return false }
        return !name.isOrdinaryWord && name.kind == .forename
    }

    /// The dual pronoun هما alone or on a particle (keyed), and the dual relatives: a dual
    /// after them is their predicate (هما متماثلان). On a noun (ترسانتيهما النوويتين) هما is a
    /// possessive, and the adjective after it agrees with that dual noun.
    private static let dualSubjects: [[UInt16]] = [
        "هما", "وهما", "فهما", "انهما", "وانهما", "بانهما", "لانهما", "لكنهما", "ولكنهما", "كانهما", "كلاهما",
        "اللذان", "اللتان", "اللذين", "اللتين",
    ].map { Array($0.utf16) }
    private static let period: [UInt16] = Array("فتره".utf16)
    private static let twoYears: [UInt16] = Array("السنتين".utf16)

    private static let yeh: UInt16 = 0x064A, noon: UInt16 = 0x0646, alef: UInt16 = 0x0627, teh: UInt16 = 0x062A

    private static func isDual(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>, _ lexicon: ArabicNumberLexicon) -> Bool {
        guard word.count >= 5, word.count <= 14, key[word.upperBound - 1] == noon else { return false }
        let ending = key[word.upperBound - 2]
        guard ending == yeh || ending == alef else { return false }
        guard lexicon.lexeme(key, word) == nil else { return false }
        // ويعين, وتدين, فيدين: و or ف before an imperfect verb of a short stem, which the length
        // rule below keeps from being stripped.
        if word.count == 5, key[word.lowerBound] == 0x0648 || key[word.lowerBound] == 0x0641,
            key[word.lowerBound + 1] == yeh || key[word.lowerBound + 1] == teh
        {
            return false
        }
        // لاعبين, بارزين, فنانين, فدادين: a plural of the shapes فاعلين and فعّالين whose first
        // letter is also a clitic letter; stripped, its stem would look like a dual's.
        if word.count == 6, ending == yeh, key[word.upperBound - 3] != teh,
            key[word.lowerBound + 1] == alef || key[word.lowerBound + 2] == alef,
            !pluralLookalikes.contains(where: { $0.elementsEqual(key[word.lowerBound..<(word.lowerBound + 4)]) })
        {
            return false
        }
        var start = word.lowerBound
        // A known word at any stage of the stripping is no dual: برلمان is not ب + رلمان, and
        // لضمان is ل + ضمان.
        func isKnown() -> Bool {
            let rest = key[start..<word.upperBound]
            // Also after one clitic letter the length rule below keeps on a short word (لضمان).
            let clitic: UInt16 = rest.first ?? 0
            let bare = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643].contains(clitic) ? rest.dropFirst() : rest
            return stopWords.contains { $0.elementsEqual(rest) || $0.elementsEqual(bare) }
                || nounsInAn.contains { $0.elementsEqual(rest) || $0.elementsEqual(bare) }
        }
        func strip(_ letters: [UInt16]) {
            if word.upperBound - start > 5, letters.contains(key[start]) { start += 1 }
        }
        guard !isKnown() else { return false }
        strip([0x0648, 0x0641])  // و ف
        guard !isKnown() else { return false }
        let beforePreposition = start
        strip([0x0628, 0x0644, 0x0643])  // ب ل ك
        // للمقاتلين: ل and the article's lam run together.
        if start > beforePreposition, key[beforePreposition] == 0x0644, key[start] == 0x0644, word.upperBound - start > 4 { start += 1 }
        guard !isKnown() else { return false }
        var hasArticle = false
        if word.upperBound - start > 1, key[start] == alef, key[start + 1] == 0x0644 {
            // An article left on a short word makes a name or a noun, not a dual (الدين, الصين).
            guard word.upperBound - start > 5 else { return false }
            start += 2
            hasArticle = true
        }
        let stemEnd = word.upperBound - 2
        guard !isKnown(), lexicon.lexeme(key, start..<word.upperBound) == nil, stemEnd - start >= 2 else { return false }
        let stem = start..<stemEnd
        // إيفلين, أولمان, أوهجان: a stem opening on a long vowel after alef is a transliterated
        // name far more often than a noun.
        if stem.count >= 3, key[stem.lowerBound] == alef, key[stem.lowerBound + 1] == yeh || key[stem.lowerBound + 1] == 0x0648 {
            return false
        }
        // Verbs: يتعين, يعبران, سيظلان (the imperfect's ي, or the future's سي / ست, on a stem of four),
        // تتمتعان without the article, and استفعال (استعان, استحسان).
        if key[stem.lowerBound] == yeh, stem.count >= 4 || key[stem.lowerBound + 1] == teh { return false }
        if !hasArticle, ending == alef, key[stem.lowerBound] == teh, stem.count >= 4 { return false }
        if stem.count >= 3, key[stem.lowerBound] == alef, key[stem.lowerBound + 1] == 0x0633, key[stem.lowerBound + 2] == teh {
            return false
        }
        if stem.count >= 4, key[stem.lowerBound] == 0x0633, key[stem.lowerBound + 1] == yeh || key[stem.lowerBound + 1] == teh {
            return false
        }
        let beforeEnding = key[stemEnd - 1]
        if ending == alef {
            // تان (الحكومتان), or ان after a stem of three letters or more (عضوان, مؤتمران) that is
            // not a noun or name of its own in ان (برلمان, الاستيطان, عدنان), ـيان (بيان) or ـستان.
            guard stem.count >= 3 else { return false }
            if stem.count >= 4, key[stemEnd - 2] == 0x0633, beforeEnding == teh { return false }  // ستان: باكستان
            return beforeEnding == teh || beforeEnding != yeh
        }
        if beforeEnding == teh { return true }  // تين: مرتين, دولتين
        // ين after alef (براين): no noun ending in alef makes its dual so.
        if beforeEnding == alef { return false }
        // البعيدين, قريبين, الوحيدين: adjectives whose ين is the plural of people; as a dual
        // they agree with a dual noun, which carries the "two" (and the phrase joins them).
        if pluralAdjectives.contains(where: { $0.elementsEqual(key[stem]) }) { return false }
        // العينين, أذنين: paired body parts, which English names in the plural ("pop-eyed").
        if pairedBodyParts.contains(where: { $0.elementsEqual(key[stem]) }) { return false }
        // ين: a stem of three letters or more that is not a nisba (يين), a hamza seat (ئين), a
        // participle in م (المسؤولين), a verbal noun تفعيل (تحسين, تمكين), or a plural of the
        // shapes فاعلين and فعّالين / فواعيل (الناخبين, الطيارين, قوانين) — but جانب makes الجانبين.
        guard stem.count >= 3, beforeEnding != yeh, beforeEnding != 0x0626 else { return false }
        if key[stem.lowerBound] == 0x0645, stem.count >= 4 { return false }
        // المصلين, المدعين: م and two letters is the plural of a participle of a verb in ى (مُصَلٍّ).
        if key[stem.lowerBound] == 0x0645, stem.count == 3, hasArticle { return false }
        if stem.count == 3, key[stem.lowerBound] == teh { return false }
        if stem.count == 4, key[stem.lowerBound + 1] == alef || key[stem.lowerBound + 2] == alef {
            return pluralLookalikes.contains { $0.elementsEqual(key[stem]) }
        }
        return true
    }

    /// Stems of the shape فاعل that are duals in ين far more often than plurals: الجانبين.
    private static let pluralLookalikes: [[UInt16]] = ["جانب", "حاجز"].map { Array($0.utf16) }

    /// Adjectives of the shape فعيل whose ين is as a rule the plural (الأشخاص البعيدين).
    private static let pluralAdjectives: [[UInt16]] = ["قريب", "بعيد", "وحيد", "غريب", "جديد", "قديم", "كبير", "صغير", "عديد"]
        .map { Array($0.utf16) }

    /// Paired body parts (keyed), whose dual English writes as a plural.
    private static let pairedBodyParts: [[UInt16]] = ["عين", "اذن", "شفت", "حاجب", "كتف", "ساق"].map { Array($0.utf16) }

    /// Frequent nouns and names in ان (keyed: أ إ آ → ا) that are no duals.
    private static let nounsInAn: [[UInt16]] = [
        "برلمان", "طيران", "عدوان", "ايران", "لبنان", "سودان", "انسان", "ميدان", "اركان", "اوطان", "شبان", "جيران",
        "الوان", "اعلان", "ايمان", "عنوان", "حيوان", "بلدان", "فرسان", "احيان", "اديان", "افغان", "قران", "رمضان",
        "سلطان", "سليمان", "عثمان", "عمان", "طهران", "يابان", "اذربيجان", "ابان", "مكان", "زمان", "ضمان", "امكان",
        "احسان", "نيسان", "حزيران", "شيطان", "فيضان", "بركان", "دخان", "ديوان", "اتقان", "حرمان", "نقصان", "رهان",
        "ميزان", "برهان", "عرفان", "امتنان", "استيطان", "اطمئنان", "سرطان", "اخوان", "وجدان", "عدنان", "مروان",
        "رضوان", "عمران", "شعبان", "غسان", "نعمان", "حمدان", "سلمان", "زهران", "حسان", "بستان", "فنجان", "جان",
        "كردستان", "تركمان", "اذعان", "عصيان", "هيجان", "غليان", "دوران", "سريان", "جريان", "بهتان", "طوفان",
        "امان", "جثمان", "دهان", "لجان", "الحان", "ابدان", "اغصان", "قمصان", "غلمان", "اتزان", "هوان", "حنان",
    ].map { Array($0.utf16) }

    /// Frequent words in ين, تين and ان that are no duals (keyed): places, people and months
    /// (فلسطين, برلين, بوتين, تشرين, اليونان, الجولان), plurals (آخرين, كثيرين, سنين, نيران).
    private static let stopWords: [[UInt16]] = [
        "فلسطين", "اخرين", "كثيرين", "ياسين", "بنيامين", "بروتين", "روتين", "تشرين", "برلين", "بوتين", "جنين",
        "ماكين", "لينين", "كرملين", "فيتامين", "هيروين", "حطين", "شاهين", "سنين", "بحرين", "يونان", "جولان",
        "اردوغان", "نيران", "جدران", "فاتيكان", "بلقان", "شيشان", "سفيان", "لقمان", "تايوان", "اوزان", "احزان",
        "شجعان", "فرقان", "رهبان", "فتيان", "صبيان", "قضبان", "ثعبان", "متين", "لاتين", "الان", "والان", "بيجين", "فلبين",
        "طالبان", "كوربين", "مهرجان", "فقدان", "جنسين", "ضمان", "طيران", "سكان", "مكان", "امين", "ميشيغان", "هالوين", "ترجمان",
    ].map { Array($0.utf16) }
}
