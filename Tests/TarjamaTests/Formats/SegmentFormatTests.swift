import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("Segment output formats")
struct SegmentFormatTests {
    static func output(_ text: String, name: String = "doc", format: SegmentFormat) throws -> String {
        let segmented = try SentenceSegmenter(language: .arabic).segment(Document(name: name, text: text))
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("out").path
        let writer = try AtomicFileWriter(path: path)
        try format.write(segmented, to: writer, isFirst: true)
        try writer.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("JSONL escapes quotes, backslashes, tabs and control characters and round-trips through a JSON parser")
    func jsonEscaping() throws {
        let text = "قال \"x\\y\"\tz\u{1} 🙂 SANA.\nثم\n  غادر."
        let output = try Self.output(text, name: "a\"b", format: .jsonl)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["id"] as? String == "a\"b:1")
        #expect(first["doc"] as? String == "a\"b")
        #expect(first["text"] as? String == "قال \"x\\y\"\tz\u{1} 🙂 SANA.")
        #expect(lines[0].contains(#"\u0001"#) && lines[0].contains(#"\t"#))
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(second["text"] as? String == "ثم غادر.")
        #expect(second["start"] as? Int == 22 && second["end"] as? Int == 32)
        #expect(second["dir"] as? String == "rtl")
    }

    @Test("TSV and text keep one record per line: wraps, tabs and control characters become spaces")
    func plainFormats() throws {
        let text = "قال \"x\\y\"\tz\u{1} SANA.\r\nثم\n غادر.\n\nانتهى."
        let tsv = try Self.output(text, format: .tsv).split(separator: "\n")
        #expect(tsv.count == 4)
        #expect(tsv[1].split(separator: "\t", omittingEmptySubsequences: false).last == "قال \"x\\y\" z  SANA.")
        #expect(tsv[2].hasSuffix("\tثم غادر."))
        #expect(try Self.output(text, format: .text) == "قال \"x\\y\" z  SANA.\nثم غادر.\n\nانتهى.\n")
    }

    @Test("an unknown format name is refused with the list of formats")
    func unknownFormat() {
        #expect(throws: SegmentFormatError.unknownFormat("xml", known: ["jsonl", "tsv", "text"])) { try SegmentFormat.named("xml") }
    }
}
