import Foundation
import Tarjama
import TestSupport
import Testing

/// The glossary's `context` column: how a cell is read and written, and what each rule keeps
/// the matcher from suggesting.
@Suite("Glossary context rules")
struct TermContextTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "العقوبات", target: "sanctions", context: TermContext(rules: [.notIn("قانون العقوبات")])),
            GlossaryEntry(
                source: "سلمية", target: "Salamiyah", type: .place,
                context: TermContext(rules: [.needsCue, .reading("سَلَمية")])),
            GlossaryEntry(source: "تدمر", target: "Palmyra", type: .place, context: TermContext(rules: [.reading("تَدْمُر")])),
            GlossaryEntry(source: "الشرع", target: "al-Sharaa", type: .person, context: TermContext(rules: [.needsCue])),
            GlossaryEntry(source: "محافظة", target: "governorate", context: TermContext(rules: [.adjectiveReading])),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("a cell is read as rules separated by semicolons and written back the same way")
    func parsesAndWrites() throws {
        let context = try TermContext(parsing: " not in: قانون العقوبات ;needs cue;  Reading: تَدْمُر ; adjective reading")
        #expect(context.rules == [.notIn("قانون العقوبات"), .needsCue, .reading("تَدْمُر"), .adjectiveReading])
        #expect(context.description == "not in: قانون العقوبات; needs cue; reading: تَدْمُر; adjective reading")
        #expect(try TermContext(parsing: context.description) == context)
        #expect(try TermContext(parsing: "").isEmpty)
    }

    @Test("an unknown rule, a rule without its value and a value where none is taken are refused")
    func refusesBadRules() {
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "only after: في") }
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "not in:") }
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "needs cue: في") }
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "reading:  ") }
    }

    @Test("the match is not suggested inside the phrase of a not-in rule, clitics on the phrase included")
    func notInPhrase() {
        #expect(Self.describe("نص قانون العقوبات على السجن").isEmpty)
        #expect(Self.describe("وفقا لقانون العقوبات الجديد").isEmpty)
        #expect(Self.describe("رفعت الدول العقوبات عن البلاد") == ["العقوبات→sanctions/exact"])
        #expect(Self.describe("مشروع قانون يشدد العقوبات") == ["العقوبات→sanctions/exact"])
    }

    @Test("a needs-cue entry is suggested only after a place word for a place, a title for a person")
    func needsCue() {
        #expect(Self.describe("خرجت مظاهرة سلمية أمس").isEmpty)
        #expect(Self.describe("سلمية هي الطريق").isEmpty)
        #expect(Self.describe("وصل الوفد إلى سلمية أمس") == ["سلمية→Salamiyah/exact"])
        #expect(Self.describe("قصفت الطائرات مدينة سلمية") == ["سلمية→Salamiyah/exact"])
        #expect(Self.describe("عاد الأهالي وفي سلمية هدوء") == ["سلمية→Salamiyah/exact"])
        // Punctuation between the cue and the entry ends the cue.
        #expect(Self.describe("قالوا في، سلمية").isEmpty)
        #expect(Self.describe("قال الرئيس الشرع إن") == ["الشرع→al-Sharaa/exact"])
        #expect(Self.describe("في الشرع قواعد").isEmpty)
    }

    @Test("written vowels the reading contradicts rule the match out; unvowelled text still matches")
    func readingMarks() {
        #expect(Self.describe("قالوا إن الحرب تُدَمِّر كل شيء").isEmpty)
        #expect(Self.describe("وتدمّر المدن").isEmpty)
        #expect(Self.describe("وصلوا إلى تَدْمُر") == ["تَدْمُر→Palmyra/normalised"])
        #expect(Self.describe("استعاد الجيش تدمر") == ["تدمر→Palmyra/exact"])
        #expect(Self.describe("جرى الأمر في سِلْمِيَّة تامة").isEmpty)
        #expect(Self.describe("وصلوا إلى سَلَمِيَّة") == ["سَلَمِيَّة→Salamiyah/normalised"])
    }

    @Test("an entry with an adjective reading is not suggested right after a definite word")
    func adjectiveReading() {
        #expect(Self.describe("تمسك الناس بالقيم المحافظة").isEmpty)
        #expect(Self.describe("فازت الأحزاب المحافظة").isEmpty)
        #expect(Self.describe("وصل الوفد إلى المحافظة") == ["محافظة→governorate/clitic"])
        #expect(Self.describe("قال محافظ المحافظة إن") == ["محافظة→governorate/clitic"])
        #expect(Self.describe("زار المدينة، المحافظة") == ["محافظة→governorate/clitic"])
    }

    @Test("tanween the reading does not write contradicts it")
    func tanweenContradicts() {
        #expect(Self.describe("يعيش في تدمرًا").isEmpty)
    }

    @Test("a not-in phrase that does not hold the entry is a lint issue naming file and line")
    func phraseWithoutEntryIsLinted() {
        let glossary = Glossary(
            entries: [
                GlossaryEntry(source: "العقوبات", target: "sanctions", context: TermContext(rules: [.notIn("قانون الأحوال الشخصية")]))
            ], file: "g.tsv")
        #expect(
            glossary.lintIssues.map(\.description) == [
                "g.tsv:1: the context phrase \"قانون الأحوال الشخصية\" does not contain the entry, so it never applies"
            ])
    }

    @Test("the context column is read from TSV, refused with file and line when unknown, and kept by CSV and TBX")
    func filesKeepContext() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("c.tsv").path
        try Data("source\ttarget\tcontext\nالعقوبات\tsanctions\tnot in: قانون العقوبات\nكسب\tKessab\tonly near: في\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(
            throws: GlossaryError.invalidValue(
                file: path, line: 3, column: "context",
                reason:
                    "unknown rule \"only near: في\"; rules are `not in: PHRASE`, `needs cue`, `reading: SPELLING`, `adjective reading`, `also rendered: WORDS | WORDS`, `not with: WORD | WORD`, `indefinite needs adjective`, separated by ;"
            )
        ) {
            try GlossaryTSV.read(path: path)
        }
        let entry = GlossaryEntry(
            source: "سلمية", target: "Salamiyah", type: .place,
            context: TermContext(rules: [.needsCue, .notIn("تسوية سلمية")]))
        let tsv = try GlossaryTSV.parse(GlossaryTSV.text(of: [entry], file: "t.tsv"), file: "t.tsv")
        #expect(tsv.map(\.entry) == [entry])
        #expect(try GlossaryCSV.parse(GlossaryCSV.text(of: [entry]), file: "t.csv").map(\.entry) == [entry])
        let tbx = try TBXReader.parse(Data(TBXWriter.text(of: [entry]).utf8), file: "t.tbx")
        #expect(tbx.map(\.entry) == [entry])
    }

    @Test("adding a known term with the same rendering keeps its context, or takes the new one when it had none")
    func editingKeepsContext() throws {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("e.tsv").path
        let ruled = GlossaryEntry(source: "كسب", target: "Kessab", type: .place, context: TermContext(rules: [.needsCue]))
        _ = try GlossaryEditor.add(
            [GlossaryTSV.Row(entry: GlossaryEntry(source: "كسب", target: "Kessab", type: .place), line: 1)],
            origin: "a", toFile: path)
        _ = try GlossaryEditor.add([GlossaryTSV.Row(entry: ruled, line: 1)], origin: "b", toFile: path)
        #expect(try GlossaryTSV.read(path: path).map(\.entry.context) == [ruled.context])
        _ = try GlossaryEditor.add(
            [GlossaryTSV.Row(entry: GlossaryEntry(source: "كسب", target: "Kessab", variants: ["كساب"]), line: 1)],
            origin: "c", toFile: path)
        #expect(try GlossaryTSV.read(path: path).map(\.entry.context) == [ruled.context])
    }
}
