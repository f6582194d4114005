/// The word lists behind the headline rule (see ``BoundaryRules/headlineEnd(in:text:)``):
/// the words an Arabic news lead opens with, and the words a headline cannot end on.
extension ArabicLexicon {
    /// Words that open the lead sentence of a news item (Arabic news sentences are mostly
    /// verb-first): the perfective verbs of reporting and of news events, third person, as the
    /// verb agrees before its subject; impersonal openers (تم, هناك, لقد); and the statement
    /// openers of ``openingWords``. Matched without a leading و or ف: a lead does not open with
    /// "and". A masculine form is listed only where its bare spelling is not also a common noun
    /// or verbal noun (طلب request, وضع status, تقدم progress, رأى/رأي opinion): a headline or
    /// a clause can end on those ("جريمة قتل", "بشأن منع"). Feminine forms (طلبت, وضعت) are
    /// verbs only, so all are listed.
    static let leadOpeners = ArabicWordSet(
        words(
            """
            قال قالت اكد اكدت اعلن اعلنت ذكرت افاد افادت اشار اشارت اوضح اوضحت اضاف اضافت صرحت كشفت
            نقلت اعتبر اعتبرت شدد شددت دعا دعت طالبت نفى نفت اعرب اعربت ابلغ ابلغت اخبر اخبرت حذر حذرت
            رات وصفت اتهم اتهمت هدد هددت نشرت اظهر اظهرت اصدر اصدرت اقر اقرت تابعت لفت لفتت
            بثت تحدثت كتبت غرد غردت ردت علقت ادان ادانت رحب رحبت ناشد ناشدت
            قتلت لقي لقى لقيت اصيب اصيبت القي القت القى اعتقل اعتقلت اطلق اطلقت شنت اندلع اندلعت تعرضت
            فاز فازت خسر خسرت وصلت التقى التقت استقبل استقبلت زار زارت قرر قررت وافق وافقت رفضت بدات
            انطلق انطلقت اجرى اجرت عقدت شارك شاركت توفي توفيت تمكنت نجح نجحت هاجم هاجمت انقذ انقذت تعهدت
            ارتفع ارتفعت انخفض انخفضت تراجعت سجلت شهدت ادلى ادلت اصبح اصبحت غادر غادرت عاد عادت
            وقعت حدثت ضربت انفجر انفجرت استهدف استهدفت سيطر سيطرت تقدمت انسحب انسحبت فرت
            اقال اقالت استقال استقالت عينت انتخب انتخبت ادت تسببت اسفر اسفرت اثار اثارت واجه واجهت
            تلقت حصل حصلت منحت منعت سمح سمحت وجهت اختار اختارت اعاد اعادت انهى انهت افتتح افتتحت
            انشا انشات اسس اسست وضعت قدمت طلبت امرت حكمت اتفق اتفقت
            هزم هزمت تعادلت تاهل تاهلت احرز احرزت خاض خاضت
            تم قام قامت لقد هناك ثمة سوف يبدو يمكن يجب ينبغي
            """) + generalLeadOpeners)

    /// Statement openers at a line end (``openingWords``) that are also common nouns, so not
    /// enough to end a headline inside running text: طالب (student), ذكر, نقل, كشف.
    private static let ambiguousOpeners = words("طالب ذكر نقل كشف تابع صرح")

    /// The lead openers that are general news style rather than read off development documents:
    /// the statement openers of ``openingWords`` less the noun homographs.
    static let generalLeadOpeners = openingWordList.filter { !ambiguousOpeners.contains($0) }

    /// A lead-opener set of `words` (a tuned list, see ``SegmentationTuning/leadOpeners``) and
    /// the ``generalLeadOpeners``.
    static func leadOpeners(adding words: [String]) -> ArabicWordSet {
        ArabicWordSet(words.map { Array($0.utf16) } + generalLeadOpeners)
    }

    /// Words that need a clause after them, beyond ``continuationWords``: complementisers with a
    /// pronoun (أنه, بأنهم), auxiliaries (تم, قد, لم يكن), relatives written with و (والتي),
    /// إذ (whereas, as UN resolutions open their clauses), and prepositional phrases (بشأن,
    /// بهدف). A headline does not end on them.
    static let clauseWords = ArabicWordSet(
        words(
            """
            انه انها انهم انهما بانه بانها بانهم لانه لانها لانهم ولكنه لكنه لكنها فقد وقد ولقد لقد كما ايضا
            تم يتم ستتم اجل بدون والتي والذي والذين اذ واذ يكن تكن بشان بهدف
            """))

    /// Complementisers (أن, إن, بأن, لأن): the clause they open needs a verb soon after.
    static let complementisers = ArabicWordSet(words("ان بان لان وان"))
}
