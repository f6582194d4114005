import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("Ignoring a finding on a pair, with its reason")
struct QAIgnoreTests {
    static let source = "وقال المحافظ إن ٢٩ حافلة وصلت إلى المدينة صباح اليوم."
    static let target = "The governor said 92 buses reached the city this morning."

    static func record(ignores: JSONValue? = nil) -> BilingualRecord {
        var record = BilingualRecord(id: "p:1", source: source, target: target)
        if let ignores { record.extra[QAIgnore.field] = ignores }
        return record
    }

    static func checker() -> QAChecker {
        QAChecker(terms: TermChecker(suggester: GlossarySuggester(glossary: Glossary(entries: []))))
    }

    @Test("an ignore silences the findings of its code on its pair, and is counted")
    func silences() throws {
        let plain = try Self.checker().check(Self.record(), line: 1)
        #expect(plain.contains { $0.code == "number-mismatch" })
        let ignored = try QAIgnore.recording(
            QAIgnore(code: .numberMismatch, reason: "the figure is corrected in the source document"),
            in: Self.record(), line: 1)
        let checker = Self.checker()
        let left = try checker.check(ignored, line: 1)
        #expect(!left.contains { $0.code == "number-mismatch" })
        #expect(checker.ignored == plain.filter { $0.code == "number-mismatch" }.count)
    }

    @Test("an ignore with a match silences only findings about that text")
    func match() throws {
        let checker = Self.checker()
        // ٢٩ ↔ 92 is one finding naming both; the 3 cars is another, in the target only.
        var pair = BilingualRecord(
            id: "p:2", source: "وقال المحافظ إن ٢٩ حافلة وصلت إلى المدينة صباح اليوم.",
            target: "The governor said 92 buses and 3 cars reached the city this morning.")
        #expect(try Self.checker().check(pair, line: 1).filter { $0.code == "number-mismatch" }.count == 2)
        pair = try QAIgnore.recording(
            QAIgnore(code: .numberMismatch, match: "3", reason: "the cars are named in the next paragraph"), in: pair, line: 1)
        let left = try checker.check(pair, line: 1)
        #expect(left.contains { $0.code == "number-mismatch" && $0.source == "٢٩" && $0.found == "92" })
        #expect(!left.contains { $0.code == "number-mismatch" && $0.found == "3" })
        #expect(checker.ignored == 1)
    }

    @Test("the ignore is kept in the record as {code, match, reason} and written once")
    func recorded() throws {
        let ignore = QAIgnore(code: .repeatedWord, reason: "quoted speech")
        let once = try QAIgnore.recording(ignore, in: Self.record(), line: 1)
        let twice = try QAIgnore.recording(ignore, in: once, line: 1)
        #expect(twice == once)
        #expect(try QAIgnore.ignores(of: twice, line: 1) == [ignore])
        #expect(once.jsonLine.contains(#""qaIgnore":[{"code":"repeated-word","reason":"quoted speech"}]"#))
    }

    @Test("a malformed qaIgnore is refused with its line, an unknown code or a missing reason named")
    func malformed() throws {
        let unknown = JSONValue.array([.object(JSONObject([("code", .string("no-such-code")), ("reason", .string("x"))]))])
        #expect(throws: QAError.self) { try Self.checker().check(Self.record(ignores: unknown), line: 7) }
        do {
            _ = try QAIgnore.ignores(of: Self.record(ignores: unknown), line: 7)
            Issue.record("an unknown code was accepted")
        } catch {
            #expect(error.description == #"line 7: qaIgnore[0]: unknown code "no-such-code""#)
        }
        let noReason = JSONValue.array([.object(JSONObject([("code", .string("repeated-word"))]))])
        #expect(throws: QAIgnoreError.self) { try QAIgnore.ignores(of: Self.record(ignores: noReason), line: 2) }
        #expect(throws: QAIgnoreError.self) { try QAIgnore.ignores(of: Self.record(ignores: .string("all")), line: 2) }
    }
}
