import Foundation
import Tarjama
import TarjamaText

extension Demo {
    /// Glossary suggestions per segment of the bundled sample with the shipped glossary, then the
    /// full QA of `tarjama check` on the aligned Arabic–English pairs.
    static func glossaryStep(arabic: Document, pairs: [BilingualRecord], step: Int) throws {
        guard let directory = ShippedGlossary.directory() else {
            print("\(step). Glossary: skipped (no Glossaries/ in the working directory or beside the binary)")
            return
        }
        let suggester = GlossarySuggester(glossary: try Glossary.load(paths: [directory]))
        let arabicSegments = try SentenceSegmenter(language: .arabic).segment(arabic)
        print("\(step). Glossary suggestions per segment from \(directory) (\(suggester.glossary.count) entries):")
        try arabic.units.withUnsafeBufferPointer { units in
            for segment in arabicSegments.segments {
                let found = try suggester.suggestions(in: units, range: segment.range).map { suggestion in
                    var item = "\(TermSuggestionText.unwrapped(suggestion.text)) → \(suggestion.rendering) (\(suggestion.match)"
                    if !suggestion.clitics.isEmpty { item += " via \(suggestion.clitics)" }
                    if suggestion.isLowConfidence { item += ", low confidence" }
                    return item + ")"
                }
                print("   \(arabicSegments.id(of: segment))  " + found.joined(separator: "; "))
            }
        }
        // Running news inflects terms (split, indefinite, ل+ال) and writes dates and money: each
        // suggestion says how it matched, so the translator sees why.
        let news = "أعلن وقف لإطلاق النار في 15 كانون الأول 2016 بعد غارات جوية على مخيم للاجئين، ودفعت 3.6 مليار دولار لأربع قوافل"
        print(
            "   news forms: "
                + (try suggester.suggestions(in: news)).map { suggestion in
                    "\(TermSuggestionText.unwrapped(suggestion.text)) → \(suggestion.rendering) (\(suggestion.match))"
                }.joined(separator: "; "))
        // The glossary's context column keeps look-alikes out: سلمية needs a place word before it,
        // العقوبات is not suggested inside قانون العقوبات 'penal code'.
        let senses = "خرجت مظاهرة سلمية في سلمية، ونص قانون العقوبات على رفع العقوبات"
        print(
            "   context rules (مظاهرة سلمية 'peaceful protest' and قانون العقوبات 'penal code' left out): "
                + (try suggester.suggestions(in: senses)).filter { $0.type != "number" }.map { suggestion in
                    "\(TermSuggestionText.unwrapped(suggestion.text)) → \(suggestion.rendering)"
                }.joined(separator: "; "))
        // The same checks `tarjama check` runs: terms, numbers and dates, and the segment checks
        // (length, a dropped start or end, brackets, quotes, consistency …).
        let checker = QAChecker(terms: TermChecker(suggester: suggester))
        var problems: [TermProblem] = []
        for (index, record) in pairs.enumerated() {
            problems += try checker.check(record, line: index + 1)
        }
        problems += checker.finish()
        print(
            "   check on the \(pairs.count) aligned pairs: "
                + (problems.isEmpty
                    ? "clean (terms rendered as the glossary says, numbers agree, nothing looks left out)" : "\(problems.count) finding(s)")
        )
        for problem in problems { print("     \(problem.severity.rawValue) \(problem.code): \(problem)") }
    }
}

/// Shows hard wraps inside a term as a space.
enum TermSuggestionText {
    static func unwrapped(_ text: String) -> String { String(text.map { $0.isNewline ? " " : $0 }) }
}
