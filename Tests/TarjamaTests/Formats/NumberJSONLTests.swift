import Tarjama
import TarjamaText
import Testing

@Suite("Number JSONL")
struct NumberJSONLTests {
    @Test("JSONL marks ordinals and leaves cardinals as the contract has them")
    func ordinalsAndCardinals() throws {
        let units = Array("الدورة الثانية وثلاثة".utf16)
        let lines = try ArabicNumberParser.shared.numbers(in: units).map { $0.jsonLine(in: units) }
        #expect(
            lines == [
                #"{"start":7,"end":14,"text":"الثانية","value":2,"kind":"ordinal"}"#,
                #"{"start":16,"end":21,"text":"ثلاثة","value":3}"#,
            ])
    }

    @Test("a number's text with a quote, a backslash and a line break stays one valid JSON line")
    func escaping() throws {
        let units = Array("ثلاثة\n\"\\".utf16)
        let match = NumberMatch(range: 0..<units.count, value: 3)
        let line = match.jsonLine(in: units)
        #expect(line == #"{"start":0,"end":8,"text":"ثلاثة\n\"\\","value":3}"#)
    }
}
