/// The small word lists behind the Arabic boundary corrections, matched on a spelling-neutral
/// key (no tashkeel or tatweel, alef forms folded to ا, ى to ي) so that إلى and الى, أكد and اكد
/// are one entry.
enum ArabicLexicon {
    /// Words a line cannot end a statement on: prepositions, particles, conjunctions, relative
    /// pronouns and demonstratives that need what follows.
    static let continuationWords: Set<[UInt16]> = keys("""
    من في على الى عن مع و ف ب ل ك ان إن أن ثم او أو ام لا ما لم لن قد التي الذي الذين اللذين اللتين اللواتي
    بين حتى منذ خلال عبر ضد نحو لدى عند قبل بعد امام وراء فوق تحت حول دون غير سوى كل بعض اي هذا هذه ذلك
    تلك هؤلاء هو هي هم كان كانت يكون تكون ليس بان لان كي لكي حيث اذا عندما بينما فيما مما عما وفي ومن وعلى
    والى وعن ومع وان بل لكن ولكن ولا وما اما إما سواء مثل لدي منها منه فيها فيه عليها عليه اليها اليه بها به
    وذلك وهذا وهذه جراء بسبب اثر إثر لصالح ازاء تجاه بحق وسط
    """)

    /// Words that open a news statement: agency attributions, reporting verbs, discourse
    /// openers and question words. A leading و or ف is allowed (وقال, فأكد).
    static let openingWords: Set<[UInt16]> = keys("""
    وكالة مراسل مراسلنا مراسلتنا قال قالت اكد اكدت اعلن اعلنت ذكر ذكرت نقل نقلت افاد افادت اشار اشارت
    اوضح اوضحت اضاف اضافت صرح صرحت كشف كشفت تابع تابعت اعتبر اعتبرت شدد شددت لفت لفتت دعا دعت طالب طالبت
    نفى نفت يذكر يشار يأتي جاء وجاء هل بدوره بدورها وبدوره وبدورها
    """)

    /// Two-word openers (من جهته, الى ذلك ...), keyed by their first word.
    static let openingPhrases: [[UInt16]: Set<[UInt16]>] = {
        let phrases = """
        من جهته|من جهتها|من جانبه|من جانبها|الى ذلك|في سياق|في السياق|في غضون|على صعيد|في الاثناء|في المقابل
        """
        var result: [[UInt16]: Set<[UInt16]>] = [:]
        for phrase in phrases.split(separator: "|") {
            let words = phrase.split(separator: " ").map { key(Array($0.utf16)) }
            guard words.count == 2 else { continue }
            result[words[0], default: []].insert(words[1])
        }
        return result
    }()

    /// Abbreviations written with a full stop that does not end the sentence: titles (د.
    /// doctor, أ. professor, م. engineer), dates (م. AD, هـ. AH, ق.م.), and references.
    static let abbreviations: Set<[UInt16]> = keys("""
    د أ م ه هـ ص ج ت ق ش ع ك ح ر س ب ط ف ل ن و ي ق.م أ.د ص.ب م.م ش.م.م إلخ الخ اه ت.ل
    """)

    /// Abbreviations that mark a year and often end a sentence (… عام 2016 م.): they break
    /// when the next word opens a statement.
    static let yearMarkers: Set<[UInt16]> = keys("م ه هـ ق.م")

    static func keys(_ list: String) -> Set<[UInt16]> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { key(Array($0.utf16)) })
    }

    /// The lookup key of a word: tashkeel and tatweel removed, alef forms folded to ا, ى to ي.
    static func key(_ word: some Collection<UInt16>) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(word.count)
        for unit in word {
            switch unit {
            case 0x0640, 0x064B...0x0652, 0x0670: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: result.append(0x0627)
            case 0x0649: result.append(0x064A)
            default: result.append(unit)
            }
        }
        return result
    }

    /// Whether `word` (a key) opens a statement, with or without a leading و or ف.
    static func opens(word: [UInt16], next: [UInt16]?) -> Bool {
        if openingWords.contains(word) { return true }
        if let next, openingPhrases[word]?.contains(next) == true { return true }
        if word.count > 2, word[0] == 0x0648 || word[0] == 0x0641 {
            let rest = Array(word.dropFirst())
            if openingWords.contains(rest) { return true }
            if let next, openingPhrases[rest]?.contains(next) == true { return true }
        }
        return false
    }
}
