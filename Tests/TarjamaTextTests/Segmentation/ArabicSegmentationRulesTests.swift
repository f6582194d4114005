import Testing
import TarjamaText

@Suite("Arabic sentence rules")
struct ArabicSegmentationRulesTests {
    static func sentences(_ text: String, reflow: Bool = true) throws -> [String] {
        let document = Document(name: "t", text: text)
        let segmented = try SentenceSegmenter(language: .arabic, reflow: reflow).segment(document)
        return segmented.segments.map { segmented.text(of: $0) }
    }

    @Test("؟ and ! end a sentence; ، and ؛ do not")
    func punctuation() throws {
        #expect(
            try Self.sentences("هل وصل الوفد؟ نعم وصل صباحا، ثم غادر؛ وعاد مساء! وانتهى الاجتماع.")
                == ["هل وصل الوفد؟", "نعم وصل صباحا، ثم غادر؛ وعاد مساء!", "وانتهى الاجتماع."])
    }

    @Test("a closing quote or bracket after the full stop stays with its sentence")
    func closingQuotes() throws {
        #expect(
            try Self.sentences("قال الوزير \"انتهت المعركة.\" وعاد الهدوء (الى المدينة.) ثم غادر.")
                == ["قال الوزير \"انتهت المعركة.\"", "وعاد الهدوء (الى المدينة.)", "ثم غادر."])
    }

    @Test("a quotation closing a wrapped line ends the sentence when the next line opens a statement; one still open does not")
    func closingQuoteAtLineEnd() throws {
        #expect(
            try Self.sentences("وقال القائد \"ان الجيش الذي لم يقهر سيبقى صامدا\"\nوأضاف المتحدث ان الوضع هادئ.")
                == ["وقال القائد \"ان الجيش الذي لم يقهر سيبقى صامدا\"", "وأضاف المتحدث ان الوضع هادئ."])
        #expect(try Self.sentences("وقال القائد «ان الجيش سيبقى صامدا»\nوأضاف المتحدث ان الوضع هادئ.").count == 2)
        // A stray closing mark whose quotation did not open in the sentence is not read as one.
        #expect(try Self.sentences("وقال القائد ان الجيش الذي لم يقهر سيبقى صامدا\"\nوأضاف المتحدث ان الوضع هادئ.").count == 1)
    }

    @Test(
        "a numbered paragraph or a preambular clause after ؛ starts a segment; a run-in enumeration does not, unless its items stand on their own lines"
    )
    func listParagraphs() throws {
        #expect(
            try Self.sentences("تطلب إلى الأمين العام تقديم تقرير؛ 12 - تقرر أن تبقي المسألة قيد النظر.")
                == ["تطلب إلى الأمين العام تقديم تقرير؛", "12 - تقرر أن تبقي المسألة قيد النظر."])
        #expect(try Self.sentences("إن الجمعية العامة، تؤكد أهمية التعاون؛ وإذ تشير إلى قراراتها السابقة، تقرر ما يلي.").count == 2)
        let runIn = "أوصت اللجنة بما يلي: (أ) تبادل المعلومات؛ (ب) عقد الاجتماعات؛ (ج) نشر التقارير."
        #expect(try Self.sentences(runIn) == [runIn])
        #expect(
            try Self.sentences("أوصت اللجنة بما يلي:\n(أ) تبادل المعلومات؛\n(ب) عقد الاجتماعات.")
                == ["أوصت اللجنة بما يلي:", "(أ) تبادل المعلومات؛", "(ب) عقد الاجتماعات."])
        // A number after a semicolon that is not a paragraph number stays in the sentence.
        #expect(try Self.sentences("وصل 20 شخصا؛ 15 منهم من الأطفال.").count == 1)
    }

    @Test(
        "after a colon a numbered paragraph or a word opening with و starts a segment; a quotation, a figure after a label and a time do not"
    )
    func afterColon() throws {
        #expect(
            try Self.sentences("وتوصي اللجنة الحكومة بما يلي: 14 - تدعو اللجنة الحكومة إلى نشر التقرير.")
                == ["وتوصي اللجنة الحكومة بما يلي:", "14 - تدعو اللجنة الحكومة إلى نشر التقرير."])
        #expect(
            try Self.sentences("نظر المجلس في البند المعنون \"الوضع في المنطقة\": ويرحب المجلس بالاتفاق الموقع أمس.")
                == ["نظر المجلس في البند المعنون \"الوضع في المنطقة\":", "ويرحب المجلس بالاتفاق الموقع أمس."])
        #expect(try Self.sentences("وقال الوزير: إن الحكومة ستواصل العمل.").count == 1)
        #expect(try Self.sentences("بلغ عدد السكان: 12 - 15 مليون نسمة في المنطقة.").count == 1)
        #expect(try Self.sentences("العمر المتوقع للرجال: 71 سنة والنساء: 76 سنة.").count == 1)
        #expect(try Self.sentences("بدأ الاجتماع الساعة 10:30 وانتهى ظهرا.").count == 1)
    }

    @Test("after a colon only the conjunction و starts a segment, not a word whose root opens with و")
    func colonBeforeRootWaw() throws {
        // A label or an announced item: وزير, وكالة, وقف, ولاية, واشنطن are words, not "and".
        #expect(try Self.sentences("قال المتحدث في بيان نشره اليوم ما يلي: وزير الخارجية سيزور دمشق الأسبوع المقبل.").count == 1)
        #expect(try Self.sentences("نقل الخبر كما يلي: وكالة الأنباء الرسمية في دمشق نشرت البيان كاملا.").count == 1)
        #expect(try Self.sentences("وناقش المجلس البند التالي: وقف إطلاق النار في المدينة.").count == 1)
        #expect(try Self.sentences("وقدم الحاكم تقريرا عن أوضاع الإقليم: ولاية الخرطوم أكثر الولايات سكانا.").count == 1)
        #expect(try Self.sentences("أعلن البيت الأبيض الخبر من مقره في العاصمة: واشنطن ترحب بالاتفاق.").count == 1)
        // The conjunction on a particle, the article, للـ or a verb prefix does.
        for opener in [
            "وفي هذا الصدد يرحب المجلس بالاتفاق.", "والمجلس يرحب بالاتفاق.", "وللمجلس أن يقرر ذلك لاحقا.", "ويلاحظ المجلس التقدم المحرز.",
        ] {
            #expect(try Self.sentences("نظر المجلس في البند المعنون \"الوضع في المنطقة\": " + opener).count == 2, "\(opener)")
        }
    }

    @Test("a space before the full stop is fine")
    func spaceBeforeStop() throws {
        #expect(
            try Self.sentences("وصل الجيش الى الرقة . وقال المراسل ان الوضع هادئ .")
                == ["وصل الجيش الى الرقة .", "وقال المراسل ان الوضع هادئ ."])
    }

    @Test("decimals, ellipses and the abbreviations د. and م. do not break")
    func noBreaks() throws {
        #expect(try Self.sentences("بلغت النسبة 3.5 بالمئة... في المدينة.") == ["بلغت النسبة 3.5 بالمئة... في المدينة."])
        #expect(
            try Self.sentences("استقبل د. سامر العلي الوفد في عام 2016 م. في دمشق.")
                == ["استقبل د. سامر العلي الوفد في عام 2016 م. في دمشق."])
        #expect(try Self.sentences("تأسست المدينة عام 300 ق.م. على ضفة النهر.") == ["تأسست المدينة عام 300 ق.م. على ضفة النهر."])
    }

    @Test("a year abbreviation or an ellipsis does end the sentence when a news statement follows")
    func yearMarkerBeforeOpener() throws {
        #expect(
            try Self.sentences("ولد في عام 1950 م. وقال ابنه انه كان طبيبا.")
                == ["ولد في عام 1950 م.", "وقال ابنه انه كان طبيبا."])
        #expect(
            try Self.sentences("وانتظر الناس طويلا... وذكرت الوكالة ان الطريق فتح.")
                == ["وانتظر الناس طويلا...", "وذكرت الوكالة ان الطريق فتح."])
    }

    @Test("a wrapped line is joined to the next; a line ending in a preposition is never a sentence end")
    func wraps() throws {
        let text = "ارسلت المحافظة اليوم قافلة مساعدات كبيرة الى سكان البلدات في\nوكالة الانباء الرسمية قالت ذلك."
        #expect(try Self.sentences(text) == [text])
    }

    @Test("an unpunctuated statement ends before a line that opens a new one, with or without و")
    func unpunctuatedStatement() throws {
        let first = "ارسلت المحافظة اليوم قافلة مساعدات كبيرة الى سكان البلدات المحاصرة"
        let second = "وأكد المحافظ ان القافلة وصلت."
        #expect(try Self.sentences(first + "\n" + second) == [first, second])
        #expect(
            try Self.sentences(first + "\r\n" + "من جهته قال المحافظ ان القافلة وصلت.")
                == [first, "من جهته قال المحافظ ان القافلة وصلت."])
    }

    @Test("a short line (a heading like وكالة سانا) stays with what follows")
    func shortHeading() throws {
        #expect(try Self.sentences("وكالة سانا\nنقلت عن المحافظ ان القافلة وصلت.") == ["وكالة سانا\nنقلت عن المحافظ ان القافلة وصلت."])
    }

    @Test("a blank line always ends a paragraph, even mid-sentence, and numbers the paragraphs")
    func blankLines() throws {
        let document = Document(name: "t", text: "\n\nوصلت القافلة الى\n  \t\nالمدينة صباحا.\n\n\n")
        let segmented = try SentenceSegmenter(language: .arabic).segment(document)
        #expect(segmented.segments.map { segmented.text(of: $0) } == ["وصلت القافلة الى", "المدينة صباحا."])
        #expect(segmented.segments.map(\.paragraph) == [1, 2])
    }

    @Test("every kind of line break is re-flowed: LF, CR, CRLF, NEL, LINE SEPARATOR; PARAGRAPH SEPARATOR ends a paragraph")
    func lineBreakKinds() throws {
        for separator in ["\n", "\r", "\r\n", "\u{85}", "\u{2028}"] {
            let text = "ارسلت المحافظة قافلة الى" + separator + "المدينة صباحا. وقال المحافظ ذلك."
            #expect(try Self.sentences(text).count == 2, "separator \(separator.unicodeScalars.map { $0.value })")
            #expect(try Self.sentences(text, reflow: false).count == 3)
        }
        let document = Document(name: "t", text: "وصلت القافلة الى\u{2029}المدينة صباحا.")
        #expect(try SentenceSegmenter(language: .arabic).segment(document).segments.map(\.paragraph) == [1, 2])
    }

    @Test("without re-flow every line is cut, and offsets are the same either way")
    func noReflow() throws {
        let text = "وصلت القافلة\r\nالى المدينة."
        #expect(try Self.sentences(text, reflow: false) == ["وصلت القافلة", "الى المدينة."])
        let segmented = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: text))
        #expect(segmented.segments.map(\.range) == [0..<text.utf16.count])
    }

    @Test("offsets count UTF-16 units of the original, surrogate pairs and CRLF included")
    func offsets() throws {
        let text = "🙂 وصلت القافلة.\r\nوقال المحافظ ذلك."
        let segmented = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: text))
        #expect(segmented.segments.map(\.range) == [0..<16, 18..<35])
    }

    @Test("a text of only white space, or none, has no segments")
    func empty() throws {
        #expect(try Self.sentences("") == [])
        #expect(try Self.sentences(" \n\t\r\n") == [])
    }

    @Test("a long document is cut the same way everywhere, across ICU's reading chunks and in one huge paragraph")
    func longDocuments() throws {
        let unit = "وصلت القافلة الى\nالمدينة صباحا. وقال المحافظ ذلك\nوكالة سانا نقلت الخبر.\n\n"
        let length = unit.utf16.count
        let many = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: String(repeating: unit, count: 2000)))
        #expect(many.segments.count == 4000)
        let first = many.segments.prefix(2).map(\.range)
        for copy in [1, 700, 1999] {
            #expect(
                many.segments[copy * 2..<copy * 2 + 2].map(\.range)
                    == first.map { ($0.lowerBound + copy * length)..<($0.upperBound + copy * length) })
            #expect(many.segments[copy * 2].paragraph == copy + 1)
        }
        let line = "وصلت القافلة الى\nالمدينة صباحا. "
        let huge = try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: String(repeating: line, count: 3000)))
        #expect(huge.segments.count == 3000)
        #expect(huge.segments.allSatisfy { $0.paragraph == 1 && $0.range.count == line.utf16.count - 1 })
    }
}
