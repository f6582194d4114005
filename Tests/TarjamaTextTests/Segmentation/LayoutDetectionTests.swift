import Testing
import TarjamaText

@Suite("Telling a one-segment-per-line text from a hard-wrapped one")
struct LayoutDetectionTests {
    static let perLine = """
        أولا - مقدمة
        1 - يقدم هذا التقرير عرضا لأنشطة اللجنة خلال الفترة المشمولة بالتقرير.
        2 - وقد عقدت اللجنة ثلاث دورات في جنيف ونيويورك.
        3 - وترد في المرفق قائمة بالوثائق التي نظرت فيها اللجنة؛
        ثانيا - التوصيات
        4 - توصي اللجنة بأن تواصل الدول الأعضاء تقديم تقاريرها في موعدها.
        """

    static let hardWrapped = """
        أعلنت محافظة حمص صباح اليوم اعادة افتتاح الطريق الدولي بين حمص
        وطرطوس امام حركة المسافرين بعد اعمال صيانة استمرت ثلاثة اشهر. وقال
        المحافظ في تصريح لاذاعتنا ان اكثر من الفي سيارة عبرت الطريق خلال
        الساعات الاولى، واضاف ان ورشات الصيانة ستنتقل الى طريق حماة الاسبوع
        المقبل لتأهيل الجسور التي تضررت خلال الشتاء الماضي.
        """

    @Test("numbered paragraphs and headings, one per line, are read line by line")
    func perLineLayout() {
        #expect(SentenceSegmenter.looksLikeOneSegmentPerLine(Document(name: "un", text: Self.perLine)))
    }

    @Test("a transcript wrapped at a fixed width is re-flowed")
    func hardWrappedLayout() {
        #expect(!SentenceSegmenter.looksLikeOneSegmentPerLine(Document(name: "t", text: Self.hardWrapped)))
    }

    @Test("three lines or fewer are too few to tell, and are re-flowed")
    func tooFewLines() {
        #expect(!SentenceSegmenter.looksLikeOneSegmentPerLine(Document(name: "t", text: "وصل الوفد.\nوغادر.\nثم عاد.")))
    }
}
