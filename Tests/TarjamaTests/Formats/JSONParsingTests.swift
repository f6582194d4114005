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
}
