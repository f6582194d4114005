/// The small word lists behind the Arabic boundary corrections, matched on a spelling-neutral
/// key (no tashkeel or tatweel, alef forms folded to ا, ى to ي) so that إلى and الى, أكد and اكد
/// are one entry.
enum ArabicLexicon {
    /// Words a line cannot end a statement on: prepositions, particles, conjunctions, relative
    /// pronouns and demonstratives that need what follows.
    static let continuationWords = ArabicWordSet(
        words(
            """
            من في على الى عن مع و ف ب ل ك ان إن أن ثم او أو ام لا ما لم لن قد التي الذي الذين اللذين اللتين اللواتي
            بين حتى منذ خلال عبر ضد نحو لدى عند قبل بعد امام وراء فوق تحت حول دون غير سوى كل بعض اي هذا هذه ذلك
            تلك هؤلاء هو هي هم كان كانت يكون تكون ليس بان لان كي لكي حيث اذا عندما بينما فيما مما عما وفي ومن وعلى
            والى وعن ومع وان بل لكن ولكن ولا وما اما إما سواء مثل لدي منها منه فيها فيه عليها عليه اليها اليه بها به
            وذلك وهذا وهذه جراء بسبب اثر إثر لصالح ازاء تجاه بحق وسط
            """))

    /// Words that open a news statement: agency attributions, reporting verbs (past and
    /// present), discourse openers and question words. A leading و or ف is allowed (وقال, فأكد).
    static let openingWords = ArabicWordSet(openingWordList)

    static let openingWordList = words(
        """
        وكالة مراسل مراسلنا مراسلتنا قال قالت اكد اكدت اعلن اعلنت ذكر ذكرت نقل نقلت افاد افادت اشار اشارت
        اوضح اوضحت اضاف اضافت صرح صرحت كشف كشفت تابع تابعت اعتبر اعتبرت شدد شددت لفت لفتت دعا دعت طالب طالبت
        نفى نفت يذكر يشار يأتي جاء وجاء هل بدوره بدورها وبدوره وبدورها
        يقول تقول يقولون يؤكد تؤكد يرى ترى يشير تشير يعتبر تعتبر يضيف تضيف أخبر أخبرت أعرب أعربت
        """)

    /// Two-word openers (من جهته, الى ذلك ...): the first words, and the second words that may
    /// follow each (keyed by the first word's hash in ``phraseHeads``).
    static let phraseHeads: ArabicWordSet = ArabicWordSet(openingPhrases.map(\.0))
    static let phraseTails: [UInt64: ArabicWordSet] = {
        var tails: [UInt64: [[UInt16]]] = [:]
        for (head, tail) in openingPhrases { tails[ArabicWordSet.hash(key(head)), default: []].append(tail) }
        return tails.mapValues { ArabicWordSet($0) }
    }()

    private static let openingPhrases: [([UInt16], [UInt16])] = """
        من جهته|من جهتها|من جانبه|من جانبها|الى ذلك|في سياق|في السياق|في غضون|على صعيد|في الاثناء|في المقابل
        """.split(separator: "|").compactMap { phrase in
            let words = phrase.split(separator: " ").map { Array($0.utf16) }
            return words.count == 2 ? (words[0], words[1]) : nil
        }

    /// Abbreviations written with a full stop that does not end the sentence: titles (د.
    /// doctor, أ. professor, م. engineer), dates (م. AD, هـ. AH, ق.م.), and references.
    static let abbreviations = ArabicWordSet(
        words(
            """
            د أ م ه هـ ص ج ت ق ش ع ك ح ر س ب ط ف ل ن و ي ق.م أ.د ص.ب م.م ش.م.م إلخ الخ اه ت.ل
            """))

    /// Abbreviations that mark a year and often end a sentence (… عام 2016 م.): they break
    /// when the next word opens a statement.
    /// Particles and pronouns that open a clause after the conjunction و (وفي, وقد, ولا, وهذا):
    /// general Arabic function words, for telling the conjunction from a root و after a colon.
    static let clauseParticles = ArabicWordSet(
        words(
            "في فى اذ إذ قد لا لم لن لكن هو هي هم هذا هذه هناك ذلك تلك من على عن ان إن أن كان كانت ما مع بعد قبل عند منذ حيث كما الى إلى اما أما اذا إذا"
        ))
    static let yearMarkers = ArabicWordSet(words("م ه هـ ق.م"))

    /// Nouns that announce a number (الفقرة 2, المادة 5, البند 42, القرار 1540, رقم 3) in
    /// references and headings: a number after them is not a paragraph number opening its
    /// paragraph. General legal and UN drafting vocabulary, with the و and ب/ل/ك forms.
    static let numberReferences = ArabicWordSet(
        words(
            """
            الفقرة الفقرات الفقرتين والفقرة بالفقرة للفقرة المادة المواد المادتين والمادة بالمادة للمادة البند البنود البندين
            والبند بالبند للبند القرار القرارات والقرار بالقرار للقرار المقرر المقررات والمقرر بالمقرر رقم برقم ورقم الصفحة
            الصفحات الجدول الجداول المرفق المرفقات الفصل الفصول الجزء الأجزاء الباب القاعدة القواعد الشكل التوصية التوصيات
            الهدف الأهداف الغاية المبدأ المبادئ المرحلة العدد الدورة الجلسة الفرع البرنامج الملحق الحاشية الإطار المربع
            الخيار السطر العمود النقطة الخطوة المستوى الفئة الرتبة الصف الطابق الساعة عدد نحو حوالي قرابة زهاء
            """))

    static func words(_ list: String) -> [[UInt16]] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf16) }
    }

    /// The lookup key of a word: tashkeel and tatweel removed, alef forms folded to ا, ى to ي.
    static func key(_ word: some Collection<UInt16>) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(word.count)
        for unit in word { if let folded = fold(unit) { result.append(folded) } }
        return result
    }

    /// One unit of a key: nil for tashkeel and tatweel, alef forms as ا, ى as ي.
    @inline(__always)
    static func fold(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x0640, 0x064B...0x0652, 0x0670: nil
        case 0x0622, 0x0623, 0x0625, 0x0671: 0x0627
        case 0x0649: 0x064A
        default: unit
        }
    }

    /// Whether the word at `word` opens a statement, with or without a leading و or ف (the word
    /// after it is read only for two-word openers).
    static func opens(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        if opens(text[word], followedBy: word.upperBound, in: text) { return true }
        guard word.count > 2, text[word.lowerBound] == 0x0648 || text[word.lowerBound] == 0x0641 else { return false }
        return opens(text[(word.lowerBound + 1)..<word.upperBound], followedBy: word.upperBound, in: text)
    }

    private static func opens(_ word: Slice<UnsafeBufferPointer<UInt16>>, followedBy end: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool
    {
        if openingWords.contains(word) { return true }
        guard let head = phraseHeads.hashIfContained(word), let next = TextUnits.word(after: end, in: text) else { return false }
        return phraseTails[head]?.contains(text[next]) ?? false
    }
}
