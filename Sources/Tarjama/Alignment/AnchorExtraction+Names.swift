extension AnchorExtraction {
    /// Name keys of an English segment: a consonant skeleton of each capitalised word that is
    /// not a common function word, so `al-Khatib` and الخطيب meet at `ktb`, `Hama` and حماة at `hm`.
    static func englishNameKeys(in text: String) -> [UInt64] {
        var keys: [UInt64] = []
        for word in words(in: text) where word.count >= 2 {
            keys.append(latinHash(word))
        }
        for word in words(in: text) where word.count >= 3 {
            guard let first = word.first, first >= 0x41 && first <= 0x5A else { continue }
            let lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            if englishStopwords.contains(lower) { continue }
            let key = englishSkeleton(lower)
            if key.count >= 2 { keys.append(hash(key)) }
            if key.count >= 4 { keys.append(prefixHash(key)) }
        }
        return keys
    }

    /// Name keys of an Arabic segment: the consonant skeleton of every word, without the article
    /// and, as a second key, without a one-letter proclitic (و ف ب ل ك), because any word may be
    /// a name. The aligner keeps only keys that also occur among the English names of the document.
    static func arabicNameKeys(in text: String) -> [UInt64] {
        // Latin words kept in the Arabic (brand names, acronyms) meet the same words in English.
        var keys: [UInt64] = words(in: text).filter { $0.count >= 2 }.map(latinHash)
        for word in arabicWords(in: text) where word.count >= 2 {
            var stem = word[...]
            let article: UInt32 = 0x0627, lam: UInt32 = 0x0644
            if stem.count >= 5, [0x0648, 0x0641, 0x0628, 0x0643].contains(stem[stem.startIndex]),
                stem[stem.startIndex + 1] == article, stem[stem.startIndex + 2] == lam
            {
                stem = stem.dropFirst(3)
            } else if stem.count >= 4, stem[stem.startIndex] == lam, stem[stem.startIndex + 1] == lam {
                stem = stem.dropFirst(2)
            } else if stem.count >= 4, stem[stem.startIndex] == article, stem[stem.startIndex + 1] == lam {
                stem = stem.dropFirst(2)
            }
            let key = arabicSkeleton(stem)
            if key.count >= 2 { keys.append(hash(key)) }
            if key.count >= 4 { keys.append(prefixHash(key)) }
            if stem.count >= 4, [0x0648, 0x0641, 0x0628, 0x0644, 0x0643].contains(stem[stem.startIndex]) {
                let shorter = arabicSkeleton(stem.dropFirst())
                if shorter.count >= 2 && shorter != key { keys.append(hash(shorter)) }
            }
        }
        return keys
    }

    /// Whether a capitalised word of `english` spells the one-word Arabic name `arabic` (the
    /// article or a one-letter proclitic left out): their consonant skeletons are equal and have
    /// two classes or more (اللاذقية ↔ "Ladhiqiyah", درعا ↔ "Dar'a", داعش ↔ "Deash"), three
    /// when the Arabic opens on a weak letter. A name of several words is never matched this way.
    static func spellsName(_ arabic: String, in english: String) -> Bool {
        let arabicWords = arabicWords(in: arabic)
        guard arabicWords.count == 1, let word = arabicWords.first, word.count >= 2 else { return false }
        var stems: [ArraySlice<UInt32>] = [word[...]]
        if word.count >= 4, word[0] == 0x0627, word[1] == 0x0644 { stems.append(word.dropFirst(2)) }
        if word.count >= 5, [0x0648, 0x0641, 0x0628, 0x0643, 0x0644].contains(word[0]) {
            stems.append(word.dropFirst())
            if word[1] == 0x0627, word[2] == 0x0644 { stems.append(word.dropFirst(3)) }
        }
        // Two classes are few: only a word that opens on a consonant may match on them (درعا
        // ↔ "Dar'a", not اليمن ↔ "Women").
        let keys = Set(
            stems.filter { arabicSkeleton($0.prefix(1)).count == 1 || arabicSkeleton($0).count >= 3 }.map(arabicSkeleton).filter {
                $0.count >= 2
            })
        guard !keys.isEmpty else { return false }
        return words(in: english).contains { word in
            guard word.count >= 3, let first = word.first, first >= 0x41 && first <= 0x5A else { return false }
            let lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            return !englishStopwords.contains(lower) && keys.contains(englishSkeleton(lower))
        }
    }

    // MARK: - Skeletons

    /// Consonant classes shared by both scripts: letters English spellings of Arabic names use
    /// interchangeably fall in one class (k/q/c, g/j, t/th, s/sh, d/dh, f/v, b/p), vowels and
    /// the weak letters (w, y, alif, ʿayn, hamza) drop, and doubled classes collapse.
    private static func englishSkeleton(_ word: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        func emit(_ c: UInt8) { if out.last != c { out.append(c) } }
        while i < word.count {
            let c = word[i]
            let next = i + 1 < word.count ? word[i + 1] : 0
            let ch = UInt8(truncatingIfNeeded: c)
            if next == 0x68 /* h */, [0x73, 0x74, 0x6B, 0x67, 0x64, 0x70, 0x63, 0x7A].contains(c) {
                switch ch {
                case 0x73, 0x63: emit(0x73)  // sh, ch → s
                case 0x74: emit(0x74)  // th → t
                case 0x6B: emit(0x6B)  // kh → k
                case 0x67: emit(0x67)  // gh → g
                case 0x64: emit(0x64)  // dh → d
                case 0x70: emit(0x66)  // ph → f
                default: emit(0x7A)  // zh → z
                }
                i += 2
                continue
            }
            switch ch {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x77: break  // vowels, w, y
            case 0x62, 0x70: emit(0x62)  // b p
            case 0x63, 0x71, 0x6B: emit(0x6B)  // c q k
            case 0x78: emit(0x6B); emit(0x73)  // x
            case 0x67, 0x6A: emit(0x67)  // g j
            case 0x66, 0x76: emit(0x66)  // f v
            case 0x68, 0x6C, 0x6D, 0x6E, 0x72, 0x73, 0x74, 0x64, 0x7A: emit(ch)
            default: break
            }
            i += 1
        }
        if out.count > 2 && out.last == 0x68 { out.removeLast() }  // final -h is a vowel spelling (Allah, Hamah)
        return out
    }

    private static func arabicSkeleton(_ word: ArraySlice<UInt32>) -> [UInt8] {
        var out: [UInt8] = []
        for (offset, letter) in word.enumerated() {
            let isLast = offset == word.count - 1
            let c: UInt8?
            switch letter {
            case 0x0628: c = 0x62  // ب
            case 0x062A, 0x0637, 0x062B: c = 0x74  // ت ط ث
            case 0x062F, 0x0636, 0x0630: c = 0x64  // د ض ذ
            case 0x0632, 0x0638: c = 0x7A  // ز ظ
            case 0x0633, 0x0635, 0x0634: c = 0x73  // س ص ش
            case 0x0643, 0x0642, 0x062E: c = 0x6B  // ك ق خ
            case 0x062C, 0x063A: c = 0x67  // ج غ
            case 0x0641: c = 0x66  // ف
            case 0x0644: c = 0x6C
            case 0x0645: c = 0x6D
            case 0x0646: c = 0x6E
            case 0x0631: c = 0x72
            case 0x062D: c = 0x68  // ح
            case 0x0647: c = isLast ? nil : 0x68  // ه (final ه spells ة)
            default: c = nil  // alif, w, y, ʿayn, hamza, ة
            }
            if let c, out.last != c { out.append(c) }
        }
        return out
    }

    /// A second key for long skeletons: their first three classes, so spellings that differ in
    /// the ending (دمشق dmsk / Damascus dmsks) still meet.
    private static func prefixHash(_ key: [UInt8]) -> UInt64 {
        hash(Array(key.prefix(3)) + [0x2B])
    }

    /// The key of a Latin word as written (case folded), apart from the skeleton keys.
    private static func latinHash(_ word: [UInt32]) -> UInt64 {
        hash(word.map { UInt8(truncatingIfNeeded: $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) } + [0x4C, 0x4C])
    }

    private static func hash(_ key: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h | (1 << 63)  // never collides with the small punctuation tokens
    }

    // MARK: - Words

    private static func words(in text: String) -> [[UInt32]] {
        var result: [[UInt32]] = []
        var current: [UInt32] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                current.append(v)
            } else if !current.isEmpty {
                result.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Arabic words as letters only: vowel marks and tatweel are skipped, alef variants kept
    /// (the skeleton drops them anyway).
    private static func arabicWords(in text: String) -> [[UInt32]] {
        var result: [[UInt32]] = []
        var current: [UInt32] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x0621...0x064A).contains(v) && v != 0x0640 {
                current.append(v)
            } else if (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 {
                continue
            } else if !current.isEmpty {
                result.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static let englishStopwords: Set<[UInt32]> = Set(
        [
            "the", "and", "but", "for", "with", "this", "that", "these", "those", "there", "their", "they",
            "then", "when", "where", "what", "which", "who", "why", "how", "while", "after", "before",
            "from", "into", "over", "under", "his", "her", "its", "our", "you", "she", "him", "has", "have",
            "had", "was", "were", "are", "will", "would", "can", "could", "should", "may", "might", "not",
            "all", "some", "one", "two", "three", "mr", "mrs", "ms", "dr", "also", "however", "according",
            "last", "first", "new", "on", "in", "at", "as", "by", "if", "it", "he", "we", "so",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ].map { Array($0.unicodeScalars.map(\.value)) })
}
