import Testing
import TarjamaText

/// The number reader beyond whole counts and ranks: duals, decimals, fractions before a measure,
/// ordinals its neighbours make (قمة ثانية, القرن العشرين), and words its neighbours show are no
/// numbers at all (سادس فلوريد, المرفق ألف, من جانب واحد).
@Suite("Number reader kinds")
struct NumberReaderKindsTests {
    let arabic = ArabicNumberParser.shared

    /// (text, exact value, kind) of each number found.
    func read(_ text: String) throws -> [(String, String, NumberMatch.Kind)] {
        let units = Array(text.utf16)
        return try arabic.numbers(in: units).map {
            (String(decoding: units[$0.range], as: UTF16.self), $0.exactValue?.description ?? "-", $0.kind)
        }
    }

    @Test("ألف alone in brackets is a letter, not a thousand; ألف with a count still is")
    func bracketedLetter() throws {
        #expect(try read("ينبذ الدستور هذه الممارسات (المادة 51 (ألف))").map(\.1) == ["51"])
        #expect(try read("قتل (ألف) شخص").map(\.1) == [])
        #expect(try read("قتل ألف شخص").map(\.1) == ["1000"])
    }

    @Test("a dual followed by ونصف is two and a half; النصف before a scale word is half of it; النصف alone is no number")
    func dualAndAHalf() throws {
        let dual = try read("عمل في المدينة سنتين ونصف")
        #expect(dual.map(\.0) == ["سنتين ونصف"] && dual.map(\.1) == ["2.5"] && dual.map(\.2) == [.cardinal])
        let half = try read("وقرابة النصف مليون من المساعدات")
        #expect(half.map(\.0) == ["النصف مليون"] && half.map(\.1) == ["500000"])
        #expect(try read("في النصف الأول من العام").map(\.1) == ["1"])
    }

    @Test(
        "a dual noun is read as 2 of kind dual",
        arguments: [
            ("غاب عن العمل يومين", "يومين"), ("اتفقت الحكومتان على الهدنة", "الحكومتان"), ("زار المدينة مرتين", "مرتين"),
            ("ساعد الطرفين على الاتفاق", "الطرفين"), ("انسحب الجانبان", "الجانبان"),
        ])
    func duals(example: (String, String)) throws {
        let found = try read(example.0)
        #expect(found.count == 1)
        #expect(found.first?.0 == example.1)
        #expect(found.first?.1 == "2")
        #expect(found.first?.2 == .dual)
    }

    @Test("a dual noun and the words agreeing with it are one two; a second pair after و is another")
    func dualPhrases() throws {
        #expect(try read("زار هاتين البلدتين المحاصرتين").map(\.0) == ["هاتين البلدتين المحاصرتين"])
        #expect(try read("وقع التحالفان والدولتان الاتفاق").map(\.0) == ["التحالفان", "الدولتان"])
    }

    @Test(
        "words that only end like a dual are not read",
        arguments: [
            "اجتمع البرلمان في بيجين", "صوت الناخبين في تشرين الثاني", "يتعين تحسين الخدمات لضمان السلامة",
            "التقى بوتين في برلين", "وصل إلى الصين والبحرين", "قال عدنان إن الطيران توقف", "المراقبين والمسلحين",
            "سيظلان هناك", "قوانين جديدة", "لجأ إلى بمبانٍ قديمة", "وهما تتمتعان بالأمن", "استعان بالخبراء",
        ])
    func notDuals(text: String) throws {
        #expect(try read(text).isEmpty)
    }

    @Test(
        "words in ين and ان that are plurals, names, verbs, nouns or run-together words are not duals",
        arguments: [
            "جلس اللاعبين في المقعد", "ساعد فنانين شباب", "قال الرئيس براين إنه سيعود", "وصلت إيفلين إلى المدينة",
            "قاد أولمان الفريق", "ظل بعيدا عن الأصدقاء البعيدين", "كانوا قريبين من البيت", "نظر بكلتا العينين",
            "عاد بأمان إلى بيته", "نقل جثمان الفقيد", "اشترى دهان الجدار", "اجتمعت للجان الفرعية", "وتدين الحكومة الهجوم",
            "ويعين الوزير مديرا", "تحدث عن أهميةروتين العمل", "سأل عن المزاحبشأن العمل", "قالا إنهما متماثلان",
            "وصفهما بأنهما محبوبان", "خلال فترة السنتين المقبلة", "خطة العمل لفترة السنتين", "قال بروس كولفين",
            "صلى المصلين في المسجد", "حيثيخلقان مشكلة", "صوت المصوِّتين ضد القرار",
        ])
    func notDualsInNews(text: String) throws {
        #expect(try read(text).isEmpty)
    }

    @Test(
        "true duals stay duals beside the new exclusions",
        arguments: [
            ("فاز الفريق في مباراتين", "مباراتين"), ("التقى الوزيران في القاهرة", "الوزيران"), ("درس المادتين بعناية", "المادتين"),
            ("بقي في المستشفى يومين", "يومين"), ("زار البلدين", "البلدين"),
        ])
    func dualsKept(example: (String, String)) throws {
        #expect(try read(example.0).map(\.0) == [example.1])
    }

    @Test("و + أحد is 'one of', not one; a time after الساعة written minutes/hour is one number")
    func oneOfAndSlashTimes() throws {
        #expect(try read("قال وأحد المسؤولين إن").isEmpty)
        #expect(try read("وصل رجل واحد").map(\.1) == ["1"])
        #expect(try read("تبدأ الجلسة الساعة 47/10 صباحا").map(\.1) == ["10.47"])
        #expect(try read("تبدأ الجلسة الساعة 00/03 بعد الظهر").map(\.1) == ["3"])
        #expect(try read("انظر الصفحتين 12/10").map(\.1).contains("10.12") == false)
    }

    @Test("idioms of one are no count")
    func oneIdioms() throws {
        #expect(try read("تغير كل شيء في لحظة واحدة").isEmpty)
        #expect(try read("دفع المبلغ دفعة واحدة").isEmpty)
    }

    @Test(
        "decimals keep their exact value in any digits and with a decimal comma before a scale word",
        arguments: [
            ("ارتفع بنسبة 7.5 بالمئة", "7.5"), ("سجل ٢٫٥ نقطة", "2.5"), ("بلغ المعدل 2.53", "2.53"),
            ("خسارة 25,2 مليار دولار", "25200000000"), ("بلغ 0.05 بالمئة", "0.05"),
        ])
    func decimals(example: (String, String)) throws {
        #expect(try read(example.0).map(\.1) == [example.1])
    }

    @Test(
        "a fraction alone is a number before a measure, not of a thing",
        arguments: [
            ("انتظر نصف ساعة", ["0.5"]), ("مشى ربع ميل", ["0.25"]), ("دمر نصف المدينة", []), ("ربع السكان", []),
        ])
    func fractions(example: (String, [String])) throws {
        #expect(try read(example.0).map(\.1) == example.1)
    }

    @Test("ثانية after an indefinite feminine noun is second; after a number or a preposition, a second of time")
    func secondAfterFeminineNoun() throws {
        #expect(try read("يريد الزعيمان عقد قمة ثانية").map(\.2) == [.dual, .ordinal])
        #expect(try read("تعلم لغة ثانية").map(\.1) == ["2"])
        #expect(try read("خلال ثلاثين ثانية").map(\.1) == ["30"])
        #expect(try read("في ثانية واحدة").map(\.1) == ["1"])
        #expect(try read("عقد اجتماع ثانٍ").map(\.2) == [.ordinal])
    }

    @Test(
        "neighbours that unmake a number: chemistry, list letters, idioms, adjectives",
        arguments: [
            "أنتج سادس فلوريد اليورانيوم", "انبعاثات ثاني أكسيد الكربون", "ورد في المرفق ألف", "المرفقين ألف وباء",
            "نزع السلاح من جانب واحد", "لعبوا كفريق واحد", "وفق التقدير الأولي",
        ])
    func notNumbers(text: String) throws {
        #expect(try read(text).isEmpty)
    }

    @Test("the two, the ordinal hundreds and a ten after a plural")
    func otherForms() throws {
        #expect(try read("تملك الاثنتان الشركة").map(\.1) == ["2"])
        #expect(try read("الدورة الحادية والثلاثون بعد المائة").map(\.1) == ["131"])
        #expect(try read("الدورة الحادية والثلاثون بعد المائة").map(\.2) == [.ordinal])
        #expect(try read("المعدل في المحميات عشرة أضعاف").map(\.1) == ["10"])
        #expect(try read("القرن التاسع عشر").map(\.1) == ["19"], "an ordinal's head still takes its ten")
        #expect(try read("المرافق الاثنى عشر").map(\.1) == ["12"], "so does a teen's head with the article")
    }

    @Test("English reads decimals, times of day and clock minutes")
    func englishForms() {
        let english = EnglishNumberParser.shared
        #expect(english.numbers(in: "a rise of 7.5 percent").map(\.exactValue?.description) == ["7.5"])
        #expect(english.numbers(in: "at 4.40pm").map(\.exactValue?.description) == ["4.4"])
        #expect(english.numbers(in: "at 9:30am").map(\.kind) == [.cardinal, .minutes])
        #expect(english.numbers(in: "version 2.0").map(\.value) == [2])
    }

    @Test("renderings: a decimal as written, a dual as two, minutes with two digits")
    func renderings() throws {
        let decimal = try arabic.numbers(in: "7.5")
        #expect(decimal.first?.englishRendering == "7.5")
        let dual = try arabic.numbers(in: "يومين")
        #expect(dual.first?.englishRendering == "two")
        let minutes = try arabic.numbers(in: "الساعة 9:05").last
        #expect(minutes?.englishRendering == "05")
    }
}
