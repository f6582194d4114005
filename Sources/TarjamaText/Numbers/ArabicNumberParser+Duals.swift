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
        let key = try normalizer.normalize(units, in: nil)
        var found: [Range<Int>] = []
        key.units.withUnsafeBufferPointer { key in
            scanner.forEachWord(in: key, range: 0..<key.count) { word in
                if Self.isDual(key, word, lexicon) { found.append(word) }
            }
        }
        return found.map { key.originalRange(of: $0) }.filter { range in
            !units[range].contains { $0 >= 0x064B && $0 <= 0x064D }
        }
    }

    private static let yeh: UInt16 = 0x064A, noon: UInt16 = 0x0646, alef: UInt16 = 0x0627, teh: UInt16 = 0x062A

    private static func isDual(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>, _ lexicon: ArabicNumberLexicon) -> Bool {
        guard word.count >= 5, word.count <= 14, key[word.upperBound - 1] == noon else { return false }
        let ending = key[word.upperBound - 2]
        guard ending == yeh || ending == alef else { return false }
        guard lexicon.lexeme(key, word) == nil else { return false }
        var start = word.lowerBound
        func strip(_ letters: [UInt16]) {
            if word.upperBound - start > 5, letters.contains(key[start]) { start += 1 }
        }
        strip([0x0648, 0x0641])  // و ف
        strip([0x0628, 0x0644, 0x0643])  // ب ل ك
        if word.upperBound - start > 5, key[start] == alef, key[start + 1] == 0x0644 { start += 2 }
        let stemEnd = word.upperBound - 2
        guard lexicon.lexeme(key, start..<word.upperBound) == nil, stemEnd - start >= 2 else { return false }
        let beforeEnding = key[stemEnd - 1]
        if ending == alef {
            // تان (الحكومتان), or ان after a stem of three letters or more (عضوان, مؤتمران) that is
            // not a noun or name of its own in ان (برلمان, الاستيطان, عدنان), ـيان (بيان) or ـستان.
            guard stemEnd - start >= 3 else { return false }
            if stemEnd - start >= 4, key[stemEnd - 2] == 0x0633, beforeEnding == teh { return false }  // ستان: باكستان
            if beforeEnding == teh { return true }
            return beforeEnding != yeh && !nounsInAn.contains { $0.elementsEqual(key[start..<word.upperBound]) }
        }
        if beforeEnding == teh { return true }  // تين: مرتين, دولتين
        // ين: a stem of three letters or more that is not a nisba (يين), a hamza seat (ئين) or
        // a participle in م (المسؤولين).
        return stemEnd - start >= 3 && beforeEnding != yeh && beforeEnding != 0x0626
            && !(key[start] == 0x0645 && stemEnd - start >= 4)
            && !stopWords.contains { $0.elementsEqual(key[start..<word.upperBound]) }
    }

    /// Frequent nouns and names in ان (keyed: أ إ آ → ا) that are no duals.
    private static let nounsInAn: [[UInt16]] = [
        "برلمان", "طيران", "عدوان", "ايران", "لبنان", "سودان", "انسان", "ميدان", "اركان", "اوطان", "شبان", "جيران",
        "الوان", "اعلان", "ايمان", "عنوان", "حيوان", "بلدان", "فرسان", "احيان", "اديان", "افغان", "قران", "رمضان",
        "سلطان", "سليمان", "عثمان", "عمان", "طهران", "يابان", "اذربيجان", "ابان", "مكان", "زمان", "ضمان", "امكان",
        "احسان", "نيسان", "حزيران", "شيطان", "فيضان", "بركان", "دخان", "ديوان", "اتقان", "حرمان", "نقصان", "رهان",
        "ميزان", "برهان", "عرفان", "امتنان", "استيطان", "اطمئنان", "سرطان", "اخوان", "وجدان", "عدنان", "مروان",
        "رضوان", "عمران", "شعبان", "غسان", "نعمان", "حمدان", "سلمان", "زهران", "حسان", "بستان", "فنجان", "جان",
        "كردستان", "تركمان", "اذعان", "عصيان", "هيجان", "غليان", "دوران", "سريان", "جريان", "بهتان", "طوفان",
    ].map { Array($0.utf16) }

    /// Frequent words in ين that are no duals: فلسطين, آخرين, كثيرين, ياسين.
    private static let stopWords: [[UInt16]] = ["فلسطين", "اخرين", "كثيرين", "ياسين", "بنيامين", "بروتين", "روتين"].map { Array($0.utf16) }
}
