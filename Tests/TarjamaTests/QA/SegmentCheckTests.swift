import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("Segment QA checks (CAT-tool checks without a glossary)")
struct SegmentCheckTests {
    static func codes(_ source: String, _ target: String) throws -> [String] {
        var checker = SegmentChecker()
        return try (checker.check(BilingualRecord(id: "s:1", source: source, target: target), line: 1) + checker.finish()).map(\.code)
    }

    static let arabic = "وقال المحافظ إن القوافل وصلت إلى المدينة صباح اليوم بعد تأخير طويل."
    static let english = "The governor said the convoys reached the city this morning after a long delay."

    @Test("a correct translation raises nothing")
    func quietOnCorrect() throws {
        #expect(try Self.codes(Self.arabic, Self.english) == [])
        #expect(try Self.codes("قال «سنذهب» (غداً).", "He said “we will go” (tomorrow).") == [])
    }

    @Test("an empty or blank target is an error; a blank source says nothing")
    func emptyTarget() throws {
        #expect(try Self.codes(Self.arabic, "") == ["empty-target"])
        #expect(try Self.codes(Self.arabic, "  ") == ["empty-target"])
        #expect(try Self.codes("", Self.english) == [])
        var checker = SegmentChecker()
        let finding = try #require(try checker.check(BilingualRecord(id: "s:1", source: Self.arabic, target: ""), line: 3).first)
        #expect(finding.severity == .error && finding.line == 3 && finding.pair == 1)
    }

    @Test("the Arabic copied into the target is reported; a Latin-only source copied is not")
    func copied() throws {
        #expect(try Self.codes(Self.arabic, Self.arabic + " ") == ["target-same-as-source"])
        #expect(try Self.codes("A/67/100", "A/67/100") == [])
        #expect(try Self.codes("ARSAT", "ARSAT") == [])
    }

    @Test("half a sentence left out is a likely omission; a padded target a likely addition")
    func length() throws {
        // Three sentences of Arabic, one of English: two thirds left out.
        let long = [Self.arabic, Self.arabic, Self.arabic].joined(separator: " ")
        #expect(try Self.codes(long, Self.english) == ["target-too-short"])
        // Half of one sentence is within what correct translations vary by; its lost full stop shows instead.
        #expect(try Self.codes(Self.arabic, "The governor said the convoys") == ["ending-punctuation"])
        #expect(try Self.codes(Self.arabic, Self.english + " " + Self.english + " " + Self.english) == ["target-too-long"])
        // A short label is not judged.
        #expect(try Self.codes("المادة ٥", "Article 5 of the Convention on the Rights of the Child") == [])
        #expect(LengthRatioCheck.length("قال  الوزيرُ") == 9)
    }

    @Test("an English acronym counts as the words it stands for")
    func acronyms() throws {
        #expect(
            LengthRatioCheck.acronymLetters(in: "The (UNOPS) report on UF6, GEF-5 and the Fund's A/68/5 B2C NATO's") == 5 + 2 + 3 + 2 + 4)
        #expect(LengthRatioCheck.acronymLetters(in: "A Plan, I said, X-ray") == 0)
        // The full names spelled out in Arabic, the acronyms in English: no omission.
        let source =
            "وواصل فريق التحقيق المستقل العمل مع لجنة الاستراتيجية ومراجعة الحسابات التابعة لمكتب الأمم المتحدة لخدمات المشاريع خلال عام 2014 وما بعده."
        #expect(try Self.codes(source, "IAIG continued to work with the UNOPS SAAC during 2014 and beyond.") == [])
        #expect(try Self.codes(source, "It continued to work with the committee during 2014 and beyond.") == ["target-too-short"])
    }

    @Test("the long threshold lets fewer additions through than the short one lets omissions")
    func longThreshold() throws {
        let check = LengthRatioCheck()
        #expect(check.longThreshold > -check.shortThreshold)
        // 100 source letters: 119.7 expected, a standard deviation of about 21.
        let source = Array(repeating: "كتبت", count: 25).joined(separator: " ")
        func target(_ letters: Int) -> String { Array(repeating: "word", count: letters / 4).joined(separator: " ") }
        #expect(check.findings(source: source, target: target(192)).isEmpty)
        #expect(check.findings(source: source, target: target(212)).map(\.code) == ["target-too-long"])
        #expect(check.findings(source: source, target: target(48)).map(\.code) == ["target-too-short"])
    }

    @Test("a word typed twice is found; names and good English doubles are not")
    func repeatedWord() throws {
        #expect(try Self.codes("قال المسؤول", "And, according to to the official") == ["repeated-word"])
        #expect(try Self.codes("قال المسؤول", "The the official said") == ["repeated-word"])
        #expect(try Self.codes("فندق روا روا", "The Roa Roa Hotel in Pago Pago") == [])
        #expect(try Self.codes("قال إنه كان", "He said that that he had had enough") == [])
        #expect(try Self.codes("مون جاي إن", "Moon Jae-in in Seoul") == [])
        #expect(try Self.codes("قال", "In, in short") == [])
    }

    @Test("brackets that do not close in the target, where the source's do")
    func brackets() throws {
        #expect(try Self.codes("انظر المرفق (الأول)", "See the annex (the first") == ["unbalanced-brackets"])
        #expect(try Self.codes("انظر المرفق (الأول", "See the annex (the first") == [])
        // Counts may differ across the languages: the English adds a bracketed symbol.
        #expect(try Self.codes("انظر الوثيقة", "See the document (A/67/100)") == [])
    }

    @Test("quotes that do not pair in the target, where the source's do; «» and “” are both quotes")
    func quotes() throws {
        #expect(try Self.codes("قال «سنذهب».", "He said \"we will go.") == ["unbalanced-quotes"])
        #expect(try Self.codes("قال «سنذهب».", "He said “we will go.") == ["unbalanced-quotes"])
        #expect(try Self.codes("قال «سنذهب».", "He said \"we will go.\"") == [])
        // A quote spanning sentences: the source's marks do not pair either.
        #expect(try Self.codes("قال «سنذهب.", "He said \"we will go.") == [])
        #expect(try Self.codes("قال سنذهب.", "He said \"we will go.") == [])
    }

    @Test("a quotation one target opens and a target up to two pairs later closes is no problem; one nothing closes is reported once")
    func quotesAcrossPairs() throws {
        func codes(_ pairs: [(String, String)]) throws -> [String] {
            var checker = SegmentChecker()
            var found: [TermProblem] = []
            for (index, pair) in pairs.enumerated() {
                found += try checker.check(BilingualRecord(id: "q:\(index + 1)", source: pair.0, target: pair.1), line: index + 1)
            }
            return (found + checker.finish()).map { "\($0.id) \($0.code)" }
        }
        let opening = ("قال إنه أدرك \"أن الصبي كان يصرخ\".", "He said he \"realized that the boy was yelling.")
        let middle = ("لقد عضني!", "I got bit!")
        let closing = ("وقال \"إن الترقوة انشقت\" عندما وصل.", "His clavicle was ripped open,\" he said when he got there.")
        #expect(try codes([opening, middle, closing]) == [])
        #expect(try codes([opening, closing]) == [])
        // Too far apart: each is reported, the held-back one included.
        #expect(try codes([opening, middle, middle, closing]) == ["q:1 unbalanced-quotes", "q:4 unbalanced-quotes"])
        #expect(try codes([opening, middle]) == ["q:1 unbalanced-quotes"])
        // A quote typed for an apostrophe (glued to the word before it) opens nothing.
        let apostrophe = ("قال على موقع لاكيرز \"سيكون أكثر من دقيقة\".", "\"It will be more than one,\" he said on the Lakers\" website.")
        #expect(try codes([apostrophe, closing]) == ["q:1 unbalanced-quotes", "q:2 unbalanced-quotes"])
    }

    @Test("leading and trailing space differences are warnings")
    func spaces() throws {
        var checker = SegmentChecker()
        let findings = try checker.check(BilingualRecord(id: "s:1", source: "قال الوزير", target: " The minister said "), line: 1)
        #expect(findings.map(\.code) == ["space-difference", "space-difference"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(try Self.codes(" قال الوزير", " The minister said") == [])
    }

    @Test("Arabic letters left in the English are quoted; Arabic punctuation alone is not")
    func arabicLetters() throws {
        var checker = SegmentChecker()
        let finding = try #require(
            try checker.check(BilingualRecord(id: "s:1", source: "قال الوزير في حلب", target: "The minister said in حلب today"), line: 1)
                .first)
        #expect(finding.code == "arabic-in-target" && finding.found == "حلب")
        #expect(try Self.codes("قال الوزير، أمس", "The minister said، yesterday") == [])
    }

    @Test("bidi controls in the target are named")
    func bidi() throws {
        var checker = SegmentChecker()
        let finding = try #require(
            try checker.check(BilingualRecord(id: "s:1", source: "قال الوزير", target: "The minister\u{200F} said"), line: 1).first)
        #expect(finding.code == "bidi-control")
        #expect(finding.description.contains("U+200F"))
        #expect(try Self.codes("\u{200F}قال الوزير", "The minister said") == [])
    }

    @Test("the same source translated two ways across the file; labels are left alone")
    func consistency() throws {
        var checker = SegmentChecker()
        let source = "إن مجلس الأمن يقرر أن يبقي المسألة قيد نظره."
        let records = [
            BilingualRecord(id: "a", source: source, target: "The Security Council decides to remain seized of the matter."),
            BilingualRecord(
                id: "b", source: "إن مجلس الامن يقرر ان يبقي المسألة قيد نظره",
                target: "The  Security Council decides to remain seized of the matter."),
            BilingualRecord(id: "c", source: source, target: "The Council decides to remain seized of the matter."),
            BilingualRecord(id: "d", source: "- ٣", target: "3."),
            BilingualRecord(id: "e", source: "- ٣", target: "(c)"),
            // An article more or less is the same translation.
            BilingualRecord(id: "f", source: source, target: "2. The Security Council decides to remain seized of matter."),
        ]
        for (index, record) in records.enumerated() { _ = try checker.check(record, line: index + 1) }
        let findings = checker.finish()
        #expect(findings.map(\.code) == ["inconsistent-translation"])
        #expect(findings.first?.ids == ["c"] && findings.first?.pair == 3)
        #expect(findings.first?.description.contains("as in pair 1 (id a)") == true)
    }

    @Test("pairs of different documents (the id before its last colon) are never called inconsistent")
    func consistencyWithinDocument() throws {
        var checker = SegmentChecker()
        let source = "يرحب المجلس بالتقدم المحرز في تنفيذ الخطة."
        let records = [
            BilingualRecord(id: "A/69/1:4", source: source, target: "The Council welcomes the progress made in implementing the plan."),
            BilingualRecord(id: "S/2015/7:2", source: source, target: "The Council welcomes progress in carrying out the plan."),
            BilingualRecord(id: "S/2015/7:9", source: source, target: "The Council welcomes progress in carrying out the plan."),
        ]
        for (index, record) in records.enumerated() { _ = try checker.check(record, line: index + 1) }
        #expect(checker.finish().isEmpty)
        #expect(records.map(\.documentName) == ["A/69/1", "S/2015/7", "S/2015/7"])
        #expect(BilingualRecord(id: "plain", source: "", target: "").documentName == "")
        // Within one document the same pairs are still compared.
        _ = try checker.check(BilingualRecord(id: "A/69/1:5", source: source, target: "The Council welcomes progress."), line: 4)
        #expect(checker.finish().map(\.code) == ["inconsistent-translation"])
    }

    @Test("every code has a severity, and the JSON carries code and severity")
    func codesAndSeverity() throws {
        #expect(Set(TermProblem.Kind.allCases.map(\.rawValue)).count == TermProblem.Kind.allCases.count)
        #expect(TermProblem.Kind.numberMismatch.severity == .error)
        #expect(TermProblem.Kind.repeatedWord.severity == .warning)
        var checker = SegmentChecker()
        let finding = try #require(try checker.check(BilingualRecord(id: "s:1", source: Self.arabic, target: ""), line: 1).first)
        let object = try #require(finding.json.objectValue)
        #expect(object["code"]?.stringValue == "empty-target" && object["severity"]?.stringValue == "error")
        #expect(QASeverity.warning < QASeverity.error)
    }
}

@Suite("Segment QA checks for a dropped start or end")
struct DroppedEndCheckTests {
    @Test("a target without the sentence stop the source ends with; ; and : are stops too")
    func ending() throws {
        #expect(try SegmentCheckTests.codes("وصلت القوافل إلى المدينة.", "The convoys reached") == ["ending-punctuation"])
        #expect(try SegmentCheckTests.codes("هل وصلت القوافل؟", "Did the convoys arrive") == ["ending-punctuation"])
        #expect(try SegmentCheckTests.codes("وصلت القوافل إلى المدينة.", "the convoys reached the city;") == ["lowercase-start"])
        #expect(try SegmentCheckTests.codes("قال «وصلت القوافل».", "He said: \"The convoys arrived.\"") == [])
        #expect(try SegmentCheckTests.codes("البند 3 من جدول الأعمال", "Item 3 of the agenda") == [])
        // A footnote number after the stop, as UN English writes it.
        #expect(try SegmentCheckTests.codes("وستتاح الوثائق في الموقع الشبكي(3).", "The documents will be on the website.3") == [])
        #expect(try SegmentCheckTests.codes("وهذا يدل على التخطيط.", "This shows planning.[23]") == [])
        #expect(try SegmentCheckTests.codes("وهذا يدل على التخطيط.", "This shows planning 23") == ["ending-punctuation"])
    }

    @Test("a target starting in lower case; labels and names with inner capitals are not")
    func lowercase() throws {
        #expect(try SegmentCheckTests.codes("الأمور ساءت للشبان.", "gone wrong for young men.") == ["lowercase-start"])
        #expect(try SegmentCheckTests.codes("يشمل التكاليف.", "a Includes the costs.") == [])
        #expect(try SegmentCheckTests.codes("يشمل التكاليف.", "b. Includes the costs.") == [])
        #expect(try SegmentCheckTests.codes("هاتف آيفون جديد.", "iPhone sales rose.") == [])
        #expect(try SegmentCheckTests.codes("قال الوزير.", "\"The minister said.\"") == [])
        // A source that opens mid-sentence (a piece the extraction split off) may be translated in
        // lower case; a name's article may open a title piece.
        #expect(try SegmentCheckTests.codes(")، وبخاصة الفقرتان 11 و 54 منها،", "in particular paragraphs 11 and 54,") == [])
        #expect(
            try SegmentCheckTests.codes("مؤتمر الأطراف في اتفاقية استكهولم", "the Conference of the Parties to the Stockholm Convention")
                == [])
    }

    @Test("a lower-case start is a likely dropped start whether or not the source ends a sentence")
    func lowercaseInFragments() throws {
        // A heading or a clause whose first half is gone.
        #expect(try SegmentCheckTests.codes("الحكومة تعلن خطة جديدة للمدارس", "plan for the schools") == ["lowercase-start"])
        #expect(try SegmentCheckTests.codes("ترحب بالجهود التي تبذلها الدول،", "the efforts made by the States,") == ["lowercase-start"])
        // "a" before a lower-case word is an article, not a list label.
        #expect(try SegmentCheckTests.codes("افتتح سوق جديد في المدينة.", "a market in the city.") == ["lowercase-start"])
        #expect(try SegmentCheckTests.codes("يشمل التكاليف.", "(a) includes the costs.") == [])
    }

    @Test("a target ending on an article, a conjunction or a preposition that needs its object")
    func danglingEnd() throws {
        #expect(
            try SegmentCheckTests.codes("الناخبون يتوجهون إلى صناديق الاقتراع في العاصمة", "Voters go to the polls in") == ["dangling-end"])
        #expect(try SegmentCheckTests.codes("مجلس إدارة البرنامج", "Governing Council of the") == ["dangling-end"])
        #expect(try SegmentCheckTests.codes("مجلس إدارة البرنامج", "Governing Council of the Programme") == [])
        // A list item joined to the next, a phrasal verb, a pronoun: complete.
        #expect(try SegmentCheckTests.codes("(أ) تعزيز التعاون؛ و", "(a) Strengthening cooperation; and") == [])
        #expect(try SegmentCheckTests.codes("استمر القتال", "The fighting carried on") == [])
        #expect(try SegmentCheckTests.codes("وهذا الكتاب كتابه", "The book is his") == [])
        #expect(try SegmentCheckTests.codes("المرفق الأول، الحاشية (أ)", "Annex I, footnote a") == [])
    }
}
