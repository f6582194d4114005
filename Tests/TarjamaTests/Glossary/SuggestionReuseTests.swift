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
}
