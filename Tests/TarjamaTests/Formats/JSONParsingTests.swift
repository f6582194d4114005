import Tarjama
import Testing

@Suite("Strict JSON parsing (JSONL readers and the service's request bodies)")
struct JSONParsingTests {
    @Test("a duplicate member name is refused with its line and column, at any depth")
    func duplicateMember() {
        #expect(throws: JSONSyntaxError(line: 1, column: 22, reason: "duplicate member name \"text\"")) {
            try JSONValue(parsing: Array(#"{"text":"حلب","id":1,"text":"حماة"}"#.utf8))
        }
        #expect(throws: JSONSyntaxError(line: 3, column: 12, reason: "duplicate member name \"a\"")) {
            try JSONValue(parsing: Array("{\"x\": [\n  {\"a\": 1,\n   \"b\": 2, \"a\": 3}]}".utf8))
        }
    }

    @Test("members keep their order; the same name in sibling objects is no duplicate")
    func membersInOrder() throws {
        let value = try JSONValue(parsing: Array(#"{"b":1,"a":[{"k":1},{"k":2}],"c":null}"#.utf8))
        #expect(value.objectValue?.keys == ["b", "a", "c"])
        #expect(value.objectValue?["a"]?.arrayValue?.count == 2)
    }

    @Test("an object with 200,000 members is read whole (names checked with a set, not by search)")
    func manyMembers() throws {
        let count = 200_000
        let text = "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        let object = try #require(try JSONValue(parsing: Array(text.utf8)).objectValue)
        #expect(object.count == count)
        #expect(object.keys.last == "k\(count - 1)")
    }

    @Test("every character JSON must escape is escaped wherever it falls in an eight-byte block, and reads back")
    func escapesAtAnyAlignment() throws {
        let escapes: [(Character, String)] = [
            ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\t", #"\t"#), ("\u{08}", #"\b"#),
            ("\u{01}", #"\u0001"#), ("\u{1F}", #"\u001f"#), ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#),
        ]
        for (character, escaped) in escapes {
            for padding in 0..<17 {
                // Arabic and ASCII around it; ’ (E2 80 99) shares U+2028's first byte and is copied.
                let text = String(repeating: "a", count: padding) + String(character) + "قال’ the minister"
                let line = JSONValue.string(text).jsonText
                #expect(line.contains(escaped), "padding \(padding)")
                #expect(line.contains("’"))
                #expect(try JSONValue(parsing: Array(line.utf8)) == .string(text))
            }
        }
    }
}
