import Foundation
import Testing
import Tarjama
import TestSupport

@Suite("Bilingual segment files (JSONL and TSV)")
struct BilingualFileTests {
    static func demoRecords() -> [BilingualRecord] {
        let arabic = DemoSample.arabic.split(separator: "\n").map(String.init)
        let english = DemoSample.english.split(separator: "\n").map(String.init)
        return zip(arabic, english).enumerated().map { index, pair in
            BilingualRecord(
                id: "demo:\(index + 1)", source: pair.0, target: pair.1, sourceLang: "ar", targetLang: "en",
                status: .translated, score: 0.5 + Double(index) / 40, bead: "1-1",
                sourceIds: ["demo.ar:\(index + 1)"], targetIds: ["demo.en:\(index + 1)"])
        }
    }

    @Test("records written and read back are equal, field for field")
    func roundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("pairs.jsonl").path
        let records = Self.demoRecords()
        try BilingualJSONLWriter.write(records, to: path)
        #expect(try BilingualJSONLReader.readAll(path: path) == records)
    }

    @Test("unknown fields, nested values and number spellings survive a rewrite unchanged")
    func unknownFieldsPreserved() throws {
        let line =
            #"{"id":"r:1","source":"وقال محافظ حلب","target":"The governor said","reviewer":{"name":"Huda","at":[1,2.50,1e3]},"flag":true,"big":12345678901234567890}"#
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("in.jsonl").path
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var record = try #require(try BilingualJSONLReader.readAll(path: path).first)
        #expect(record.extra.keys == ["reviewer", "flag", "big"])
        record.status = .reviewed
        #expect(
            record.jsonLine
                == #"{"id":"r:1","source":"وقال محافظ حلب","target":"The governor said","status":"reviewed","reviewer":{"name":"Huda","at":[1,2.50,1e3]},"flag":true,"big":12345678901234567890}"#
        )
    }

    @Test("fields without a value are omitted; empty id lists of 1-0 beads are kept")
    func omission() {
        let record = BilingualRecord(id: "d:3", source: "وكالة سانا", target: "", bead: "1-0", sourceIds: ["d.ar:3"], targetIds: [])
        #expect(record.jsonLine == #"{"id":"d:3","source":"وكالة سانا","target":"","bead":"1-0","sourceIds":["d.ar:3"],"targetIds":[]}"#)
    }

    @Test("tabs, newlines, quotes, backslashes and U+2028 in text are escaped and read back")
    func awkwardText() throws {
        let text = "a\tb\nc\r\"q\"\\ \u{2028} \u{01}"
        let record = BilingualRecord(id: "x:1", source: text, target: text, score: 1)
        #expect(!record.jsonLine.contains("\n"))
        let directory = try TarjamaBinary.temporaryDirectory()
        let jsonl = directory.appendingPathComponent("a.jsonl").path
        try BilingualJSONLWriter.write([record], to: jsonl)
        #expect(try BilingualJSONLReader.readAll(path: jsonl) == [record])
        let tsv = directory.appendingPathComponent("a.tsv").path
        let writer = try BilingualTSVWriter(path: tsv)
        try writer.write(record)
        try writer.commit()
        let lines = try String(contentsOfFile: tsv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].split(separator: "\t", omittingEmptySubsequences: false).count == 4)
        let reader = try BilingualTSVReader(path: tsv)
        let back = try #require(try reader.read())
        #expect(back.source == text && back.target == text && back.score == 1)
        #expect(try reader.read() == nil)
    }

    @Test("the typed suggestion view reads the glossary's objects")
    func suggestions() throws {
        let json =
            #"{"id":"d:1","source":"وفي مدينة حماة","target":"","suggestions":[{"start":10,"end":14,"source":"حماة","rendering":"Hama","alternatives":["Hamah"],"type":"place","match":"exact"},{"note":"no rendering"}]}"#
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("s.jsonl").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        let record = try #require(try BilingualJSONLReader.readAll(path: path).first)
        #expect(
            record.typedSuggestions == [
                BilingualSuggestion(
                    start: 10, end: 14, source: "حماة", rendering: "Hama",
                    alternatives: ["Hamah"], type: "place", match: "exact")
            ])
        #expect(record.jsonLine == json)
    }

    @Test(
        "a syntax error names the file, the line and the column",
        arguments: [
            (#"{"id":"a:1","source":"x",}"#, 26, "expected a quoted member name"),
            (#"{"id":"a:1","source":"حلب"  "target":""}"#, 29, "expected ',' or '}' in an object"),
            (#"{"id":"a:1","id":"a:2"}"#, 13, "duplicate member name \"id\""),
            (#"{"id":"a:1","source":"\ud800"}"#, 23, "a lone surrogate \\u escape cannot be stored as text"),
        ])
    func syntaxErrors(line: String, column: Int, reason: String) throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("bad.jsonl").path
        let good = #"{"id":"a:0","source":"","target":""}"#
        try Data((good + "\n\n" + line + "\n").utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.malformed(file: path, line: 3, column: column, reason: reason)) {
            try BilingualJSONLReader.readAll(path: path)
        }
    }

    @Test("wrong field types and a missing id are refused with the field named")
    func fieldErrors() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("bad.jsonl").path
        try Data(#"{"id":"a:1","source":"x","score":"high"}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.invalidField(file: path, line: 1, field: "score", expected: "a number")) {
            try BilingualJSONLReader.readAll(path: path)
        }
        try Data(#"{"source":"x"}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.missingField(file: path, line: 1, field: "id")) {
            try BilingualJSONLReader.readAll(path: path)
        }
    }

    @Test("invalid UTF-8 is refused with line and column, never replaced")
    func invalidUTF8() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("bad.jsonl").path
        var bytes = Array(#"{"id":"a:1","source":"حلب"#.utf8)
        bytes += [0xD8, 0x22, 0x7D, 0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.invalidUTF8(file: path, line: 1, column: 26)) {
            try BilingualJSONLReader.readAll(path: path)
        }
    }

    @Test("a line beyond the limit is refused without buffering the rest of the file")
    func hugeLine() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("huge.jsonl").path
        try Data(repeating: 0x61, count: 300_000).write(to: URL(fileURLWithPath: path))
        #expect(throws: FormatError.lineTooLong(file: path, line: 1, limit: 100_000)) {
            let reader = try BilingualJSONLReader(path: path, maxLineLength: 100_000)
            _ = try reader.read()
        }
    }

    @Test("CRLF line ends and a BOM are accepted")
    func crlfAndBOM() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("crlf.jsonl").path
        let text = "\u{FEFF}" + #"{"id":"a:1","source":"حلب","target":"Aleppo"}"# + "\r\n" + #"{"id":"a:2","source":"حماة"}"# + "\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let records = try BilingualJSONLReader.readAll(path: path)
        #expect(records.map(\.id) == ["a:1", "a:2"])
        #expect(records[0].target == "Aleppo")
    }

    @Test(
        "the NTREX development pairs survive JSONL and TSV round trips",
        .enabled(if: SharedData.has("ref/parallel/ntrex-dev"), Comment(rawValue: SharedData.missingReason("ref/parallel/ntrex-dev"))))
    func ntrexRoundTrip() throws {
        let folder = try #require(SharedData.url("ref/parallel/ntrex-dev"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let arabicName = try #require(files.first { $0.contains("arb") })
        let englishName = try #require(files.first { $0.contains("eng") })
        let arabic = try LineReader(path: folder.appendingPathComponent(arabicName).path)
        let english = try LineReader(path: folder.appendingPathComponent(englishName).path)
        var records: [BilingualRecord] = []
        while let a = try arabic.nextLineString(), let e = try english.nextLineString() {
            records.append(BilingualRecord(id: "ntrex:\(records.count + 1)", source: a, target: e, sourceLang: "ar", targetLang: "en"))
        }
        #expect(records.count == 1005)
        let directory = try TarjamaBinary.temporaryDirectory()
        let jsonl = directory.appendingPathComponent("n.jsonl").path
        try BilingualJSONLWriter.write(records, to: jsonl)
        #expect(try BilingualJSONLReader.readAll(path: jsonl) == records)
        let tsv = directory.appendingPathComponent("n.tsv").path
        let writer = try BilingualTSVWriter(path: tsv)
        for record in records { try writer.write(record) }
        try writer.commit()
        let reader = try BilingualTSVReader(path: tsv)
        var back: [BilingualRecord] = []
        while let record = try reader.read() { back.append(record) }
        #expect(back.map(\.source) == records.map(\.source))
        #expect(back.map(\.target) == records.map(\.target))
    }
}
