/// The word lists behind the headline rule (see ``BoundaryRules/headlineEnd(in:text:)``):
/// the words an Arabic news lead opens with, and the words a headline cannot end on.
extension ArabicLexicon {
    /// Words that open the lead sentence of a news item (Arabic news sentences are mostly
    /// verb-first): the perfective verbs of reporting and of news events (masculine and feminine
    /// third person, as the verb agrees before its subject), impersonal openers (تم, هناك, لقد),
    /// and the statement openers of ``openingWords``. Matched without a leading و or ف: a lead
    /// does not open with "and". Masdar-like forms that also name an event (قتل, صوت, أدين) are
    /// left out, since a headline can end on them ("جريمة قتل").
    static let leadOpeners = ArabicWordSet(words("""
    قال قالت اكد اكدت اعلن اعلنت ذكر ذكرت افاد افادت اشار اشارت اوضح اوضحت اضاف اضافت صرح صرحت كشف كشفت
    نقل نقلت اعتبر اعتبرت شدد شددت دعا دعت طالب طالبت نفى نفت اعرب اعربت ابلغ ابلغت اخبر اخبرت حذر حذرت
    راى رات وصف وصفت اتهم اتهمت هدد هددت نشر نشرت اظهر اظهرت اصدر اصدرت اقر اقرت تابع تابعت لفت لفتت
    بث بثت تحدث تحدثت كتب كتبت غرد غردت رد ردت علق علقت ادان ادانت رحب رحبت ناشد ناشدت
    قتلت لقي لقى لقيت اصيب اصيبت القي القت القى اعتقل اعتقلت اطلق اطلقت شن شنت اندلع اندلعت تعرض تعرضت
    فاز فازت خسر خسرت وصل وصلت التقى التقت استقبل استقبلت زار زارت قرر قررت وافق وافقت رفض رفضت بدا بدات
    انطلق انطلقت اجرى اجرت عقد عقدت شارك شاركت توفي توفيت تمكن تمكنت نجح نجحت هاجم هاجمت انقذ انقذت تعهد تعهدت
    ارتفع ارتفعت انخفض انخفضت تراجع تراجعت سجل سجلت شهد شهدت ادلى ادلت اصبح اصبحت غادر غادرت عاد عادت
    وقع وقعت حدث حدثت ضرب ضربت انفجر انفجرت استهدف استهدفت سيطر سيطرت تقدم تقدمت انسحب انسحبت فر فرت
    اقال اقالت استقال استقالت عين عينت انتخب انتخبت ادى ادت تسبب تسببت اسفر اسفرت اثار اثارت واجه واجهت
    تلقى تلقت حصل حصلت منح منحت منع منعت سمح سمحت وجه وجهت اختار اختارت اعاد اعادت انهى انهت افتتح افتتحت
    انشا انشات اسس اسست وضع وضعت قدم قدمت طلب طلبت امر امرت حكم حكمت اتفق اتفقت
    هزم هزمت تعادل تعادلت تاهل تاهلت احرز احرزت خاض خاضت
    تم قام قامت لقد هناك ثمة سوف يبدو يمكن يجب ينبغي
    """) + openingWordList)

    /// Words that need a clause after them, beyond ``continuationWords``: complementisers with a
    /// pronoun (أنه, بأنهم), auxiliaries (تم, قد), and relatives written with و (والتي). A
    /// headline does not end on them.
    static let clauseWords = ArabicWordSet(words("""
    انه انها انهم انهما بانه بانها بانهم لانه لانها لانهم ولكنه لكنه لكنها فقد وقد ولقد لقد كما ايضا
    تم يتم ستتم اجل بدون والتي والذي والذين
    """))
}
