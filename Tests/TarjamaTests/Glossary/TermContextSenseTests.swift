import Tarjama
import Testing

/// The context rules that tell a term's sense from the words around it: `not with` (the
/// segment speaks of the other sense's subject) and `indefinite needs adjective` (a verbal
/// noun that is also the political term).
@Suite("Glossary context rules: senses")
struct TermContextSenseTests {
    static let matcher = GlossaryMatcher(
        glossary: Glossary(entries: [
            GlossaryEntry(source: "الحصار", target: "siege", context: TermContext(rules: [.notWith(["البحرية", "بحري"])])),
            GlossaryEntry(
                source: "العقوبات", target: "sanctions",
                context: TermContext(rules: [.notIn("قانون العقوبات"), .notWith(["قانون العقوبات"])])),
            GlossaryEntry(
                source: "القائم", target: "Qaim", type: .place, context: TermContext(rules: [.needsCue, .notWith(["الكرة", "المرمى"])])),
            GlossaryEntry(source: "المعارضة", target: "opposition", context: TermContext(rules: [.indefiniteNeedsAdjective])),
        ]))

    static func describe(_ text: String) -> [String] { GlossaryMatcherTests.describe(text, matcher) }

    @Test("the rules are read and written back")
    func parses() throws {
        let context = try TermContext(parsing: "not with: البحرية | بحري; indefinite needs adjective")
        #expect(context.rules == [.notWith(["البحرية", "بحري"]), .indefiniteNeedsAdjective])
        #expect(context.description == "not with: البحرية | بحري; indefinite needs adjective")
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "not with:  | ") }
        #expect(throws: TermContext.ParseError.self) { try TermContext(parsing: "indefinite needs adjective: نعم") }
    }

    @Test("a not-with entry is not suggested in a segment with one of its words, and is elsewhere")
    func notWith() {
        #expect(Self.describe("هددت السفن البحرية بفرض الحصار على الموانئ").isEmpty)
        #expect(Self.describe("أعلنت القوات الحصار بعد هجوم بحري").isEmpty)
        #expect(Self.describe("يعاني سكان المدينة من الحصار منذ شهور") == ["الحصار→siege/exact"])
        #expect(Self.describe("يسمح قانون العقوبات للقاضي بتخفيف العقوبات").isEmpty)
        #expect(Self.describe("رفعت الدول العقوبات عن البلاد") == ["العقوبات→sanctions/exact"])
    }

    @Test("a goal post is not the town in a football report; the town with its cue still is")
    func goalPost() {
        #expect(Self.describe("ارتطمت الكرة بجانب القائم الأيمن").isEmpty)
        #expect(Self.describe("سدد اللاعب الكرة في القائم").isEmpty)
        #expect(Self.describe("وصلت القوات إلى القائم أمس") == ["القائم→Qaim/exact"])
    }

    @Test("the indefinite form is the term only before an agreeing adjective")
    func indefiniteNeedsAdjective() {
        #expect(Self.describe("أطلق الناشطون حملة معارضة للقانون الجديد").isEmpty)
        #expect(Self.describe("أثارت معارضة الحكومة القوية للخطة جدلا").isEmpty)
        #expect(Self.describe("تقاتل معارضة مسلحة في الشمال") == ["معارضة→opposition/indefinite"])
        #expect(Self.describe("اجتمعت المعارضة في جنيف") == ["المعارضة→opposition/exact"])
    }
}
