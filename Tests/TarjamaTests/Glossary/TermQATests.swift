import Foundation
import Tarjama
import TarjamaText
import TestSupport
import Testing

@Suite("Suggestions, term QA and apply")
struct TermQATests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(source: "حماة", target: "Hama", type: .place, forbidden: ["Hamah"]),
        GlossaryEntry(source: "إدلب", target: "Idlib", type: .place, alternatives: ["Idleb"]),
        GlossaryEntry(source: "حلب", target: "Aleppo", type: .place),
        GlossaryEntry(source: "مجلس الأمن الدولي", target: "UN Security Council", type: .organisation, alternatives: ["Security Council"]),
        GlossaryEntry(source: "محافظ", target: "governor"),
    ])
    static let suggester = GlossarySuggester(glossary: glossary)

    @Test("written-out numbers get digits; numbers inside a glossary term do not")
    func numbers() throws {
        let found = try Self.suggester.suggestions(in: "ارسال تسع وعشرين حافلة و٣ سيارات الى حماه")
        #expect(found.filter { $0.origin == .number }.map(\.rendering) == ["29", "three"])
        #expect(found.map(\.match) == ["number", "number", "normalised"])
    }

    @Test("a person the glossary lacks, after a title, gets the dictionary spelling marked low confidence")
    func names() throws {
        let found = try Self.suggester.suggestions(in: "وقال محافظ حلب عبد الله الخطيب في تصريح")
        let name = try #require(found.first { $0.origin == .romanised })
        #expect(name.text == "عبد الله الخطيب")
        #expect(name.isLowConfidence && name.type == "person" && !name.rendering.isEmpty)
        #expect(name.json().objectValue?["confidence"]?.stringValue == "low")
        // A known name is never romanised.
        let known = try GlossarySuggester(
            glossary: Glossary(entries: [GlossaryEntry(source: "عبد الله الخطيب", target: "Abdullah al-Khatib", type: .person)])
        )
        .suggestions(in: "وقال محافظ حلب عبد الله الخطيب")
        #expect(known.allSatisfy { $0.origin != .romanised })
    }

    @Test("check accepts inflected renderings and finds missing, forbidden, numbers and inconsistency")
    func check() throws {
        let checker = TermChecker(suggester: Self.suggester)
        let clean = BilingualRecord(
            id: "d:1", source: "اسواق حلب في حماة ارسلت تسع وعشرين حافلة", target: "Aleppo's markets in Hama sent 29 buses")
        #expect(try checker.check(clean, line: 1).isEmpty)
        let bad = BilingualRecord(id: "d:2", source: "طريق حماه وإدلب ثلاثة الاف", target: "the Hamah road and Idleb, 3,300 people")
        let problems = try checker.check(bad, line: 2)
        // Hamah is Hama misspelled: one forbidden-rendering problem, not a missing Hama besides.
        // ثلاثة الاف ↔ 3,300: one mismatch naming both sides.
        #expect(problems.map(\.kind) == [.forbiddenRendering, .numberMismatch])
        #expect(problems.last?.found == "3,300" && problems.last?.source.isEmpty == false)
        let other = BilingualRecord(id: "d:3", source: "ادلب", target: "Idlib")
        let third = BilingualRecord(id: "d:4", source: "ادلب", target: "in Idlib")
        _ = try checker.check(other, line: 3)
        _ = try checker.check(third, line: 4)
        let inconsistent = checker.finish()
        #expect(inconsistent.map(\.kind) == [.inconsistentRendering])
        #expect(inconsistent.first?.found == "Idleb" && inconsistent.first?.expected == "Idlib" && inconsistent.first?.ids == ["d:2"])
    }

    @Test("a term rendered one way in one document and another way in the next is no inconsistency")
    func consistencyWithinDocument() throws {
        let checker = TermChecker(suggester: Self.suggester)
        _ = try checker.check(
            BilingualRecord(id: "bulletin-1:1", source: "وصلت القافلة إلى إدلب", target: "The convoy reached Idlib"), line: 1)
        _ = try checker.check(
            BilingualRecord(id: "bulletin-2:1", source: "وصلت القافلة إلى إدلب", target: "The convoy reached Idleb"), line: 2)
        #expect(checker.finish().isEmpty)
        _ = try checker.check(BilingualRecord(id: "bulletin-2:2", source: "غادرت القافلة إدلب", target: "The convoy left Idlib"), line: 3)
        let found = checker.finish()
        #expect(found.map(\.kind) == [.inconsistentRendering])
        #expect(found.first?.ids == ["bulletin-2:1"] || found.first?.ids == ["bulletin-2:2"])
    }

    @Test("check takes a person named by surname alone in the short form, and does not call the two mentions inconsistent")
    func checkShortForms() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(source: "دونالد ترامب", target: "Donald Trump", type: .person, variants: ["ترامب"]),
            GlossaryEntry(source: "رجب طيب أردوغان", target: "Recep Tayyip Erdogan", type: .person, variants: ["أردوغان"]),
        ])
        let checker = TermChecker(suggester: GlossarySuggester(glossary: glossary))
        let full = BilingualRecord(id: "d:1", source: "التقى دونالد ترامب الوفد", target: "Donald Trump met the delegation")
        let short = BilingualRecord(id: "d:2", source: "وقال ترامب ان أردوغان وافق", target: "Trump said Erdogan had agreed")
        let missing = BilingualRecord(id: "d:3", source: "وقال ترامب ذلك", target: "The president said so")
        #expect(try checker.check(full, line: 1).isEmpty)
        #expect(try checker.check(short, line: 2).isEmpty)
        let problems = try checker.check(missing, line: 3)
        #expect(problems.map(\.kind) == [.missingRendering])
        #expect(problems.first?.expected == "Trump")
        #expect(checker.finish().isEmpty)
    }

    @Test("apply replaces alternatives and forbidden renderings, keeps inflection, leaves the preferred one alone")
    func apply() throws {
        let applier = TermApplier(suggester: Self.suggester)
        let record = BilingualRecord(
            id: "d:1", source: "مجلس الأمن الدولي يناقش حماه وإدلب",
            target: "The UN Security Council and the Security Council discuss Hamah and Idleb's future")
        let (updated, changes) = try applier.apply(to: record)
        #expect(updated.target == "The UN Security Council and the UN Security Council discuss Hama and Idlib's future")
        #expect(
            Set(changes.map { "\($0.before)→\($0.after)" }) == ["Security Council→UN Security Council", "Hamah→Hama", "Idleb's→Idlib's"])
        #expect(updated.typedSuggestions.map(\.rendering) == ["UN Security Council", "Hama", "Idlib"])
    }
}

@Suite("Number suggestions")
struct NumberSuggestionTests {
    @Test("every month name the date reader knows reaches it through the prefilter, bare or after و or ب")
    func prefilterKeepsEveryMonth() throws {
        let suggester = GlossarySuggester(glossary: Glossary())
        for month in ArabicNumberParser.monthNames {
            // كانون and تشرين name a month only with الأول or الثاني after them.
            let name = ["كانون", "تشرين"].contains(month) ? month + " الثاني" : month
            for line in ["وصلوا في 15 \(name) 2016 إلى المدينة", "وعادوا ب\(name) 2017 إليها"] {
                let dates = try ArabicNumberParser.shared.dates(in: line)
                // آب, مارس, ماي, أوت behind a clitic are left to their other meanings.
                if line.hasPrefix("وصلوا") { #expect(!dates.isEmpty, "the date reader reads \(line)") }
                #expect(
                    try suggester.suggestions(in: line).filter { $0.type == "date" }.map(\.range) == dates.map(\.range),
                    "\(line)")
            }
        }
    }

    @Test(
        "the suggester's number prefilter loses none of the parser's numbers on the transcript and the demo",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func prefilterLosesNothing() throws {
        let transcript = try String(contentsOf: SharedData.url(SharedData.transcriptPath)!, encoding: .utf8)
        let suggester = GlossarySuggester(glossary: Glossary())
        for text in [transcript, DemoSample.arabic] {
            for line in text.split(whereSeparator: \.isNewline).map(String.init) {
                let units = Array(line.utf16)
                let dates = try ArabicNumberParser.shared.dates(in: line)
                // Duals are read for checking, never suggested.
                let parsed = try ArabicNumberParser.shared.numbers(in: line).filter { $0.kind != .dual }
                    .filter { !String(decoding: units[$0.range], as: UTF16.self).unicodeScalars.allSatisfy(\.isASCII) }
                    .filter { number in !dates.contains { $0.range.overlaps(number.range) } }
                let all = try suggester.suggestions(in: line)
                let suggested = all.filter { $0.origin == .number && $0.type != "date" }
                #expect(all.filter { $0.type == "date" }.map(\.range) == dates.map(\.range))
                // Money spans its currency word too (3 مليار دولار); it starts where the number does.
                #expect(suggested.map(\.range.lowerBound) == parsed.map(\.range.lowerBound))
                #expect(
                    suggested.filter { $0.type == "number" }.map(\.rendering)
                        == parsed.filter { number in suggested.contains { $0.type == "number" && $0.range == number.range } }.map(
                            \.englishRendering))
            }
        }
    }
}
