import Foundation
import Testing
import TestSupport

@Suite("tarjama segment (end to end)")
struct SegmentCommandTests {
    static func write(_ bytes: [UInt8], named name: String) throws -> URL {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test(
        "the transcript gives nine JSONL records whose offsets point at their text in the original",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcriptJSONL() throws {
        let path = SharedData.url(SharedData.transcriptPath)!.path
        let result = try TarjamaBinary.run(["segment", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 9)
        #expect(records.map { $0["id"] as? String } == (1...9).map { "aleppo-radio-2016.ar:\($0)" })
        #expect(Set(records.flatMap { $0.keys }) == ["id", "doc", "n", "text", "start", "end", "paragraph", "dir"])
        let units = Array(try String(contentsOfFile: path, encoding: .utf8).utf16)
        for record in records {
            let start = record["start"] as! Int, end = record["end"] as! Int
            let original = String(decoding: units[start..<end], as: UTF16.self)
            #expect(original.replacingOccurrences(of: "\n", with: " ") == record["text"] as? String)
            #expect(record["dir"] as? String == "rtl")
        }
    }

    @Test("standard input is read when FILE is -, and TSV and text formats show paragraphs")
    func stdinAndFormats() throws {
        let input = Data("وصلت القافلة\nالى المدينة. وقال المحافظ \"انها\tوصلت\".\n\nSANA said so.\n".utf8)
        let jsonl = try TarjamaBinary.run(["segment", "-"], stdin: input)
        #expect(jsonl.status == 0, "stderr: \(jsonl.stderr)")
        let records = try Self.records(jsonl.stdout)
        #expect(records.map { $0["id"] as? String } == ["stdin:1", "stdin:2", "stdin:3"])
        #expect(records.map { $0["paragraph"] as? Int } == [1, 1, 2])
        #expect(records[1]["text"] as? String == "وقال المحافظ \"انها\tوصلت\".")
        #expect(records[2]["dir"] as? String == "ltr")
        let tsv = try TarjamaBinary.run(["segment", "--format", "tsv", "-"], stdin: input)
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.joined(separator: ",") == "id,doc,n,start,end,paragraph,dir,text")
        #expect(rows.dropFirst().allSatisfy { $0.count == 8 })
        #expect(rows[1].last == "وصلت القافلة الى المدينة.")
        let text = try TarjamaBinary.run(["segment", "--format", "text", "-"], stdin: input)
        #expect(text.stdout == "وصلت القافلة الى المدينة.\nوقال المحافظ \"انها وصلت\".\n\nSANA said so.\n")
        let noReflow = try TarjamaBinary.run(["segment", "--format", "text", "--no-reflow", "-"], stdin: input)
        #expect(noReflow.stdout.hasPrefix("وصلت القافلة\nالى المدينة.\n"))
    }

    @Test("several files go to one output file, written atomically with -o")
    func outputFile() throws {
        let first = try Self.write(Array("قال المحافظ ذلك. ثم غادر.".utf8), named: "one.ar.txt")
        let second = try Self.write(Array("Mr. Smith left. He came back.".utf8), named: "two.en.txt")
        let out = first.deletingLastPathComponent().appendingPathComponent("out.jsonl")
        let result = try TarjamaBinary.run(["segment", first.path, second.path, "-o", out.path, "--lang", "en"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(try String(contentsOf: out, encoding: .utf8))
        #expect(records.map { $0["id"] as? String } == ["one.ar:1", "one.ar:2", "two.en:1", "two.en:2"])
    }

    @Test("SRX rules from --srx apply; a broken SRX file is refused with its name")
    func srx() throws {
        let input = Data("وصل وفد ج.م.ع. الى دمشق؛ وعقد اجتماعا.".utf8)
        let result = try TarjamaBinary.run(
            ["segment", "--format", "text", "--srx", Fixtures.url("desk-rules.srx").path, "-"], stdin: input)
        #expect(result.stdout == "وصل وفد ج.م.ع. الى دمشق؛\nوعقد اجتماعا.\n", "stderr: \(result.stderr)")
        let broken = try Self.write(Array("<srx version=\"2.0\"><body>".utf8), named: "broken.srx")
        let refused = try TarjamaBinary.run(["segment", "--srx", broken.path, "-"], stdin: input)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(broken.path))
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }

    @Test(
        "bad input is refused with exit 1 and one line naming the file and position",
        arguments: [
            ("invalid.txt", Array("قال المحافظ".utf8) + [0xC3, 0x28], "byte 21"),
            ("nul.txt", Array("abc".utf8) + [0, 0x41], "byte 3"),
            ("empty.txt", [], "empty"),
            ("blank.txt", Array(" \n\n\t\n".utf8), "empty"),
        ] as [(String, [UInt8], String)])
    func badInput(name: String, bytes: [UInt8], position: String) throws {
        let url = try Self.write(bytes, named: name)
        let result = try TarjamaBinary.run(["segment", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains(url.path) && result.stderr.contains(position), "stderr: \(result.stderr)")
    }

    @Test("a file with an unbalanced RLO is refused with exit 1 and one line naming file, line and column")
    func unbalancedOverride() throws {
        let url = try Self.write(Array("وصلت القافلة.\nقال \u{202E}المحافظ ذلك.\n".utf8), named: "rlo.txt")
        let result = try TarjamaBinary.run(["segment", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("\(url.path):2:5: RLO (U+202E) is not closed"), "stderr: \(result.stderr)")
    }

    @Test("a 20 MB single line is refused with exit 1, naming the file and line, without a crash")
    func hugeLine() throws {
        let url = try Self.write([UInt8](repeating: 0x61, count: 20_000_000), named: "one-line.txt")
        let result = try TarjamaBinary.run(["segment", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(url.path) && result.stderr.contains("line 1"), "stderr: \(result.stderr)")
    }

    @Test("a bad option value exits 1 with one line; a missing FILE is a usage error (exit 2)")
    func options() throws {
        let language = try TarjamaBinary.run(["segment", "--lang", "fr", "-"], stdin: Data("x.".utf8))
        #expect(language.status == 1)
        #expect(language.stderr.contains("--lang fr"))
        let format = try TarjamaBinary.run(["segment", "--format", "xml", "-"], stdin: Data("x.".utf8))
        #expect(format.status == 1)
        #expect(format.stderr.contains("--format xml"))
        #expect(try TarjamaBinary.run(["segment"]).status == 2)
    }
}

@Suite("tarjama segment --explain")
struct SegmentExplainCommandTests {
    @Test("each JSONL record names the rule that started it, and text lines carry it in brackets")
    func explain() throws {
        let url = try SegmentCommandTests.write(
            Array("عنوان النشرة\n\nوصلت القافلة إلى المدينة. وقال المحافظ إن الطريق مفتوح.\n".utf8), named: "explain.txt")
        let result = try TarjamaBinary.run(["segment", "--explain", url.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try SegmentCommandTests.records(result.stdout)
        #expect(records.map { $0["rule"] as? String } == ["start", "paragraph", "punctuation"])
        let text = try TarjamaBinary.run(["segment", "--explain", "--format", "text", url.path])
        #expect(text.stdout.split(separator: "\n").map { $0.prefix(while: { $0 != "]" }) } == ["[start", "[paragraph", "[punctuation"])
        let plain = try TarjamaBinary.run(["segment", url.path])
        #expect(!plain.stdout.contains("\"rule\""))
    }

    @Test("--icu-only cuts where ICU alone breaks (after the initial in د.)")
    func icuOnly() throws {
        let url = try SegmentCommandTests.write(Array("وصل د. أحمد إلى المدينة. ثم غادر.".utf8), named: "icu.txt")
        let ours = try SegmentCommandTests.records(try TarjamaBinary.run(["segment", url.path]).stdout)
        let raw = try SegmentCommandTests.records(try TarjamaBinary.run(["segment", "--icu-only", url.path]).stdout)
        #expect(ours.count == 2)
        #expect(raw.count == 3)
    }

    @Test("a tuning file with an unknown setting is refused with its file and line, exit 1")
    func badTuning() throws {
        let text = try SegmentCommandTests.write(Array("نص.".utf8), named: "t.txt")
        let tuning = try SegmentCommandTests.write(Array("minimum-lead-words 4\nbogus 1\n".utf8), named: "bad.tuning")
        let result = try TarjamaBinary.run(["segment", "--tuning", tuning.path, text.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.tuning:2: unknown setting bogus"))
    }
}
