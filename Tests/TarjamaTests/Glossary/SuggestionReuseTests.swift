import Dispatch
import Synchronization
import Tarjama
import Testing

/// The suggester remembers what it read (number runs, whole dictionary names) so that a
/// document's recurring phrases are read once; what it gives from memory, at another offset,
/// must be what reading the text afresh gives there.
@Suite("Suggestions from what was read before")
struct SuggestionReuseTests {
    static let earlier = "قتل ثلاثة وعشرون شخصا في 15 كانون الأول 2016 وقال الرئيس أندريس مانويل لوبيز أوبرادور إن ١٢ جرحوا."
    static let later =
        "وفي اليوم الثاني، بعد الهجوم، قتل ثلاثة وعشرون شخصا في 15 كانون الأول 2016، وقال الرئيس أندريس مانويل لوبيز أوبرادور إن ١٢ جرحوا."

    @Test("numbers, dates and names met again later in a text are suggested as a fresh suggester suggests them")
    func readAgain() throws {
        let suggester = GlossarySuggester(glossary: Glossary())
        _ = try suggester.suggestions(in: Self.earlier)
        let again = try suggester.suggestions(in: Self.later)
        let fresh = try GlossarySuggester(glossary: Glossary()).suggestions(in: Self.later)
        #expect(again == fresh)
        // The phrases were found at all, at their own offsets in the later text.
        let later = Array(Self.later.utf16)
        let spans = Set(again.map { String(decoding: later[$0.range], as: UTF16.self) })
        #expect(spans.isSuperset(of: ["ثلاثة وعشرون", "15 كانون الأول 2016", "١٢"]))
    }

    /// The same number words where one letter of a neighbour makes an idiom (من جانب واحد,
    /// 'unilaterally') or not (من جانح واحد, 'of one wing'): contexts of the same length.
    static let oneLetterApart = ["رفض الانسحاب من جانب واحد أمس", "رفض الانسحاب من جانح واحد أمس"]

    @Test("a reading is never given for a context one letter away from the one read")
    func oneLetterApartContexts() throws {
        let fresh = try Self.oneLetterApart.map { try GlossarySuggester(glossary: Glossary()).suggestions(in: $0) }
        #expect(fresh[0].filter { $0.type == "number" }.isEmpty)
        #expect(fresh[1].filter { $0.type == "number" }.map(\.rendering) == ["one"])
        for order in [[0, 1, 0, 1], [1, 0, 1, 0]] {
            let suggester = GlossarySuggester(glossary: Glossary())
            for index in order { #expect(try suggester.suggestions(in: Self.oneLetterApart[index]) == fresh[index]) }
        }
    }

    @Test("one suggester read from many threads at once gives what a fresh one gives for each text")
    func readOnManyThreads() throws {
        let texts = [Self.earlier, Self.later] + Self.oneLetterApart + ["تغير العالم في القرن العشرين كثيرا", "انتظر المسافرون نصف ساعة"]
        let fresh = try texts.map { try GlossarySuggester(glossary: Glossary()).suggestions(in: $0) }
        let shared = GlossarySuggester(glossary: Glossary())
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            let index = iteration % texts.count
            if (try? shared.suggestions(in: texts[index])) != fresh[index] { mismatches.add(1, ordering: .relaxed) }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
    }
}
