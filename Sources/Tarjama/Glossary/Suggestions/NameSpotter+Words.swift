internal import TarjamaText

/// The words the name spotter knows by heart (titles, reporting verbs, place words, stop words,
/// name particles) and its questions about a word's letters.
extension NameSpotter {
    /// Titles (as matching keys) after which a name usually follows.
    static let titles: Set<String> = [
        "محافظ", "المحافظ", "وزير", "الوزير", "الرييس", "رييس", "القايد", "الميداني", "السيد", "السيده",
        "الدكتور", "د", "العميد", "اللواء", "العقيد", "العماد", "الشيخ", "مدير", "المتحدث", "النايب",
        "السفير", "المبعوث", "المستشار", "الناطق", "المطران", "الاب", "المفتي", "القاضي", "المحامي",
        "الملك", "الامير", "ولي", "الجنرال", "المشير", "الفريق", "الزعيم", "الرييسه", "الوزيره", "السيناتور",
    ]
    /// Reporting verbs (as matching keys) after which a known name is the speaker.
    static let cues: Set<String> = [
        "قال", "قالت", "وقال", "وقالت", "اكد", "اكدت", "واكد", "واكدت", "صرح", "صرحت", "وصرح", "وصرحت",
        "اضاف", "اضافت", "واضاف", "واضافت", "اوضح", "اوضحت", "واوضح", "اشار", "اشارت", "واشار", "اعلن",
        "اعلنت", "واعلن", "اعتبر", "واعتبر", "كشف", "وكشف", "ذكر", "وذكر", "دعا", "ودعا", "حذر", "وحذر",
        "التقي", "والتقي", "استقبل", "واستقبل", "بحث", "وبحث", "نفي", "ونفي", "يقول", "ويقول", "زار", "وزار",
    ]
    /// Titles that only ever stand before a person's name (an office such as وزير or الميداني
    /// can stand before a portfolio or a noun): after these, a run of unknown words is a name.
    static let personalTitles: Set<String> = ["السيد", "السيده", "الدكتور", "د", "الشيخ", "السيناتور", "الجنرال"]
    /// The titles, cues and stop words with their classes, for ``GlossaryNameRomanizer`` to add
    /// the names to: one table answers every question the spotter asks of a word.
    static let wordClasses: [(word: String, classes: NameWordClasses.Classes)] =
        titles.map { ($0, personalTitles.contains($0) ? [.title, .personalTitle] : .title) }
        + cues.map { ($0, .cue) } + stopWords.map { ($0, .stop) } + particles.map { ($0, .particle) }
    static let placeWordTable = WordTable(words: placeWords)

    /// Words (as matching keys) after which a foreign name names a place, a street or a venue,
    /// not a person: سان باولو, سانت مارتن, ريو غراندي, ملعب أنفيلد.
    static let placeWords: Set<String> = [
        "سان", "سانت", "سانتا", "ريو", "لوس", "لاس", "ملعب", "ستاد", "استاد", "شارع", "ساحه", "ميدان", "جسر",
        "مطار", "جزيره", "جزر", "نهر", "بحيره", "جبل", "جبال", "خليج", "ولايه", "مقاطعه", "فندق", "قصر", "مسرح",
        "اعصار", "العاصفه", "عاصفه", "الاعصار",
    ]

    /// Words that end a name run (function words and reporting verbs), as matching keys.
    static let stopWords: Set<String> = [
        "في", "من", "علي", "الي", "ان", "انه", "عن", "مع", "قال", "اكد", "اوضح", "اشار", "ذكر", "اعلن",
        "الذي", "التي", "هو", "هي", "خلال", "بعد", "قبل", "حول", "لدي", "عبر", "امام", "شكر", "وفي", "وقال",
        "واكد", "ان", "او", "ثم", "كما", "حيث", "الا", "لا", "لم", "لن", "قد", "كان", "بين", "منذ", "حتي",
        "اليوم", "امس", "صباح", "مساء", "يوم", "بان", "لاذاعتنا", "تصريح", "حديث", "بيان",
        // Institutions: after مدير or رئيس they name an office, not a person.
        "فرع", "مكتب", "مديريه", "مدينه", "بلده", "منطقه", "قسم", "دايره", "مجلس", "مركز", "مستشفي",
        "جامعه", "شركه", "هييه", "لجنه", "اداره", "وزاره", "الوزاره", "محافظه", "حزب", "جمعيه", "نقابه",
        // Words that follow a name rather than belong to it.
        "الذين", "اللذين", "وهو", "وهي", "ايضا", "اذ", "لكن", "ولكن", "بل", "فقط", "عام", "العام", "سنه",
        "اثناء", "غير", "ضمن", "تحت", "فوق", "دون", "بدون", "عند", "نحو", "ازاء", "جدا", "حاليا", "موخرا",
        "السابق", "السابقه", "الحالي", "الجديد", "الاسبوع", "الشهر", "محل", "منصب", "صفه", "عضو", "هذا", "هذه",
        "ذلك", "تلك", "كل", "بعض", "جميع", "سيكون", "يكون", "كانت", "ليس", "ما", "ماذا", "لماذا", "كيف", "متي",
    ]

    /// Name particles (as matching keys): inside a name (أسامة بن لادن, فان غوخ, دي ميستورا), never
    /// its last word, so a run that ends on one, or stops before one, is a name cut short.
    static let particles: Set<String> = ["بن", "بنت", "ابن", "ابو", "عبد", "دي", "دو", "دا", "ديل", "فان", "فون"]

    /// Whether a folded word starts with the article (ال).
    @inline(__always)
    static func hasArticle(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        word.count > 2 && word[0] == 0x0627 && word[1] == 0x0644
    }

    /// Whether a folded word starts with a letter that is often a clitic (و ب ل ف ك).
    @inline(__always)
    static func startsWithCliticLetter(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let first = word.first else { return false }
        return first == 0x0648 || first == 0x0628 || first == 0x0644 || first == 0x0641 || first == 0x0643
    }

    /// Whether a folded word starts with a preposition glued to the article (للعدالة, بالقرار,
    /// والحكومة, فالامر, كالعادة): a phrase, not part of a name.
    @inline(__always)
    static func startsWithPreposition(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard word.count > 3 else { return false }
        if word[0] == 0x0644 && word[1] == 0x0644 { return true }
        return [0x0628, 0x0648, 0x0641, 0x0643].contains(word[0]) && word[1] == 0x0627 && word[2] == 0x0644
    }
}
