import Foundation
import Testing
import TestSupport

@Suite("tarjama tmx (end to end)")
struct TmxCommandTests {
    /// A bilingual JSONL file in the aligner's shape, with one duplicate pair, one `ar-SY` pair
    /// and one 1-0 bead.
    static func pairs(in directory: URL) throws -> String {
        let lines = [
            #"{"id":"news:1","source":"وقال محافظ حلب ان الطريق افتتح","target":"The Aleppo governor said the road had opened","sourceLang":"ar","targetLang":"en","status":"translated","score":0.91,"bead":"1-1","sourceIds":["news.ar:1"],"targetIds":["news.en:1"]}"#,
            #"{"id":"news:2","source":"وكالة سانا","target":"","sourceLang":"ar","targetLang":"en","score":0.2,"bead":"1-0","sourceIds":["news.ar:2"],"targetIds":[]}"#,
            #"{"id":"news:3","source":"وفي مدينة حماة ارتفعت الحركة التجارية","target":"In Hama, trade rose","sourceLang":"ar-SY","targetLang":"en","score":0.75,"bead":"1-1"}"#,
            #"{"id":"news:4","source":"وقال محافظ حلب ان الطريق افتتح","target":"The Aleppo governor said the road had opened","sourceLang":"ar","targetLang":"en","score":0.88,"bead":"1-1"}"#,
        ]
        let path = directory.appendingPathComponent("pairs.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("convert JSONL → TMX → JSONL keeps ids, texts, languages, scores, beads and segment ids")
    func convertRoundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try Self.pairs(in: directory)
        let tmx = directory.appendingPathComponent("pairs.tmx").path
        let first = try TarjamaBinary.run(["tmx", "convert", input, "-o", tmx])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("wrote 4 units (tmx)"))
        let back = directory.appendingPathComponent("back.jsonl").path
        let second = try TarjamaBinary.run(["tmx", "convert", tmx, "-o", back])
        #expect(second.status == 0, "\(second.stderr)")
        let original = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n")
        let roundTripped = try String(contentsOfFile: back, encoding: .utf8).split(separator: "\n")
        #expect(roundTripped == original)
    }

    @Test("TSV output has a header and four columns")
    func convertToTSV() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let result = try TarjamaBinary.run(["tmx", "convert", try Self.pairs(in: directory), "-o", "-", "--to", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id\tsource\ttarget\tscore")
        #expect(lines[2] == "news:2\tوكالة سانا\t\t0.2")
    }

    @Test("dedupe keeps ar and ar-SY apart under --region keep and drops exact duplicates")
    func dedupe() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let output = directory.appendingPathComponent("clean.tmx").path
        let result = try TarjamaBinary.run(["tmx", "dedupe", try Self.pairs(in: directory), "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("dropped 1 duplicates; wrote 3 units"))
    }

    @Test("--region strip writes ar for ar-SY; match-primary filters ar-SY in with ar")
    func regions() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try Self.pairs(in: directory)
        let stripped = try TarjamaBinary.run(["tmx", "convert", input, "-o", "-", "--to", "jsonl", "--region", "strip"])
        #expect(!stripped.stdout.contains("ar-SY"))
        let keep = try TarjamaBinary.run(["tmx", "filter", input, "-o", "-", "--to", "jsonl", "--source-lang", "ar"])
        #expect(keep.stdout.split(separator: "\n").count == 3)
        let primary = try TarjamaBinary.run([
            "tmx", "filter", input, "-o", "-", "--to", "jsonl", "--source-lang", "ar", "--region", "match-primary",
        ])
        #expect(primary.stdout.split(separator: "\n").count == 4)
    }

    @Test("filter by score and empty sides")
    func filter() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let result = try TarjamaBinary.run([
            "tmx", "filter", try Self.pairs(in: directory), "-o", "-", "--to", "tsv",
            "--min-score", "0.8", "--drop-empty",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first } == ["id", "news:1", "news:4"])
        let bad = try TarjamaBinary.run(["tmx", "filter", "x.tmx", "-o", "-", "--min-score", "0.9", "--max-score", "0.1"])
        #expect(bad.status == 2)
    }

    @Test(
        "units without a tuid keep the number of their place in the file after a filter; a third language is reported, not dropped silently"
    )
    func positionIdsAndThirdLanguage() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let tmx = directory.appendingPathComponent("desk.tmx").path
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="ar" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="ar"><seg>حلب</seg></tuv><tuv xml:lang="en"><seg>Aleppo</seg></tuv></tu>
        <tu><tuv xml:lang="ar"><seg>حمص</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
        <tu><tuv xml:lang="ar"><seg>حماة</seg></tuv><tuv xml:lang="en"><seg>Hama</seg></tuv><tuv xml:lang="fr"><seg>Hama</seg></tuv></tu>
        </body></tmx>
        """.write(toFile: tmx, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("kept.jsonl").path
        let run = try TarjamaBinary.run(["tmx", "filter", tmx, "--drop-empty", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))).flatMap { ($0 as? [String: Any])?["id"] as? String }
        }
        #expect(ids == ["unit:1", "unit:3"])
        #expect(run.stderr.contains("dropped 1 variant(s) in further languages from 1 unit(s)"))
        let kept = directory.appendingPathComponent("kept.tmx").path
        let tmxRun = try TarjamaBinary.run(["tmx", "filter", tmx, "--drop-empty", "-o", kept])
        #expect(tmxRun.status == 0 && !tmxRun.stderr.contains("variant(s)"), "\(tmxRun.stderr)")
        #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("xml:lang=\"fr\""))
    }

    @Test("merge and stats count every input")
    func mergeAndStats() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try Self.pairs(in: directory)
        let tmx = directory.appendingPathComponent("a.tmx").path
        _ = try TarjamaBinary.run(["tmx", "convert", input, "-o", tmx])
        let merged = directory.appendingPathComponent("merged.tmx").path
        let result = try TarjamaBinary.run(["tmx", "merge", tmx, input, "--dedupe", "-o", merged])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("read 8 units, from 2 files, dropped 5 duplicates; wrote 3 units"))
        let stats = try TarjamaBinary.run(["tmx", "stats", merged])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("  units: 3\n"))
        #expect(stats.stdout.contains("  languages ar → en: 2\n"))
        #expect(stats.stdout.contains("  languages ar-sy → en: 1\n"))
    }

    @Test("a truncated input is refused on one line naming file, line and column, and no output appears")
    func truncatedInput() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let tmx = directory.appendingPathComponent("a.tmx").path
        _ = try TarjamaBinary.run(["tmx", "convert", try Self.pairs(in: directory), "-o", tmx])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: tmx))
        let cut = directory.appendingPathComponent("cut.tmx").path
        try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: cut))
        let output = directory.appendingPathComponent("out.jsonl").path
        let result = try TarjamaBinary.run(["tmx", "convert", cut, "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("cut.tmx:"))
        #expect(result.stderr.contains("the file is cut off"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.tmx", "cut.tmx", "pairs.jsonl"])
    }

    @Test(
        "TMX written by merge, dedupe, filter and convert validates against the TMX 1.4b DTD",
        .enabled(
            if: XMLLint.canValidate(with: "ref/specs/tmx/tmx14.dtd", "ref/samples/tmx/lisa-tmx-compliance-kit"),
            Comment(rawValue: XMLLint.skipReason("ref/specs/tmx/tmx14.dtd", "ref/samples/tmx/lisa-tmx-compliance-kit"))))
    func outputsValidate() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try Self.pairs(in: directory)
        let kit = SharedData.url("ref/samples/tmx/lisa-tmx-compliance-kit")!
        let runs: [[String]] = [
            ["tmx", "convert", input],
            [
                "tmx", "merge", kit.appendingPathComponent("ImportTest2C.tmx").path, kit.appendingPathComponent("ImportTest1C.tmx").path,
                input, "--dedupe",
            ],
            ["tmx", "dedupe", input, "--region", "strip"],
            ["tmx", "filter", input, "--min-score", "0.5", "--region", "match-primary", "--source-lang", "ar"],
        ]
        for (index, arguments) in runs.enumerated() {
            let output = directory.appendingPathComponent("out\(index).tmx").path
            let result = try TarjamaBinary.run(arguments + ["-o", output])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let validation = try XMLLint.validateTMX(output)
            #expect(validation.status == 0, "\(arguments): \(validation.messages)")
        }
    }

    @Test("a 70 MB single-line JSONL file is refused at the line limit and no output appears")
    func hugeSingleLine() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = directory.appendingPathComponent("huge.jsonl")
        _ = FileManager.default.createFile(atPath: input.path, contents: nil)
        let handle = try FileHandle(forWritingTo: input)
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        try handle.write(contentsOf: Data(#"{"id":"x:1","source":""#.utf8))
        for _ in 0..<70 { try handle.write(contentsOf: block) }
        try handle.close()
        let output = directory.appendingPathComponent("out.tmx").path
        let result = try TarjamaBinary.run(["tmx", "convert", input.path, "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("huge.jsonl:1: line longer than 67108864 bytes"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        try FileManager.default.removeItem(at: directory)
    }
}
