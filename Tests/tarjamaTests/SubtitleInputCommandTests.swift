import Foundation
import Testing
import TestSupport

@Suite("segment and suggest read SRT and WebVTT (end to end)")
struct SubtitleInputCommandTests {
    /// Three cues: a sentence hard-wrapped across the first two, then a cue holding two sentences.
    static let srt = """
        1
        00:00:01,000 --> 00:00:03,500
        وصلت القافلة الى مدينة

        2
        00:00:03,600 --> 00:00:06,500
        حلب صباح اليوم.

        3
        00:00:07,000 --> 00:00:10,250
        وقال المحافظ انها تحمل الغذاء. ولم تصل الى ادلب بعد.

        """

    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path

    static let vtt = """
        WEBVTT

        00:01.000 --> 00:04.000
        <v مذيع>وصل وفد الأمم المتحدة الى دمشق.

        00:04.500 --> 00:08.000
        وقال المتحدث ان المفاوضات ستستمر.

        """

    static func write(_ text: String, named name: String) throws -> URL {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("an .srt file is segmented on its cue text: a sentence runs across cues, a cue holds two, each segment has its cues' times")
    func segmentSRT() throws {
        let file = try Self.write(Self.srt, named: "bulletin.ar.srt")
        let result = try TarjamaBinary.run(["segment", file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(
            records.map { $0["text"] as? String } == [
                "وصلت القافلة الى مدينة حلب صباح اليوم.",
                "وقال المحافظ انها تحمل الغذاء.",
                "ولم تصل الى ادلب بعد.",
            ])
        #expect(records.map { $0["startTime"] as? Double } == [1.0, 7.0, 7.0])
        #expect(records.map { $0["endTime"] as? Double } == [6.5, 10.25, 10.25])
        #expect(records.map { $0["id"] as? String } == ["bulletin.ar:1", "bulletin.ar:2", "bulletin.ar:3"])
        #expect(!result.stdout.contains("-->"))
        // JSONL writes the seconds with three decimals, as the service's times are in seconds.
        #expect(result.stdout.contains(#""startTime":1.000,"endTime":6.500"#))
    }

    @Test("TSV gets startTime and endTime columns before text, empty for a plain text file given with it; text lines show the span")
    func tsvAndTextShowTimes() throws {
        let subtitles = try Self.write(Self.srt, named: "cues.srt")
        let plain = try Self.write("وصل الوفد الى حمص.\n", named: "notes.txt")
        let tsv = try TarjamaBinary.run(["segment", "--format", "tsv", plain.path, subtitles.path])
        #expect(tsv.status == 0, "stderr: \(tsv.stderr)")
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["id", "doc", "n", "start", "end", "paragraph", "dir", "startTime", "endTime", "text"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 10 })
        #expect(rows[1][7...8] == ["", ""])
        #expect(rows[2][7...8] == ["1.000", "6.500"])
        let text = try TarjamaBinary.run(["segment", "--format", "text", subtitles.path])
        #expect(text.stdout.hasPrefix("[00:00:01.000 → 00:00:06.500] وصلت القافلة الى مدينة حلب صباح اليوم.\n"))
    }

    @Test("suggest reads a .vtt file: times on every segment, offsets into the cue text, the voice tag left out")
    func suggestWebVTT() throws {
        let file = try Self.write(Self.vtt, named: "talk.vtt")
        let result = try TarjamaBinary.run(["suggest", "--format", "jsonl", "--glossary", Self.glossaries, file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 2)
        #expect(records.map { $0["startTime"] as? Double } == [1.0, 4.5])
        #expect(records.map { $0["endTime"] as? Double } == [4.0, 8.0])
        #expect((records.first?["text"] as? String)?.hasPrefix("وصل وفد") == true)
        let suggestions = try #require(records.first?["suggestions"] as? [[String: Any]])
        #expect(suggestions.contains { $0["rendering"] as? String == "Damascus" })
        let cueText = Array("وصل وفد الأمم المتحدة الى دمشق.\nوقال المتحدث ان المفاوضات ستستمر.".utf16)
        for suggestion in suggestions {
            let start = try #require(suggestion["start"] as? Int), end = try #require(suggestion["end"] as? Int)
            #expect(String(decoding: cueText[start..<end], as: UTF16.self) == suggestion["source"] as? String)
        }
        let text = try TarjamaBinary.run(["suggest", "--glossary", Self.glossaries, file.path])
        #expect(text.stdout.hasPrefix("talk:1  [00:00:01.000 → 00:00:04.000]  وصل وفد"))
    }

    @Test("a WebVTT file given as SRT, a broken timing line and a file of empty cues are refused with the file named")
    func refusals() throws {
        let vtt = try Self.write(Self.vtt, named: "talk.txt")
        let mismatch = try TarjamaBinary.run(["segment", "--input-format", "srt", vtt.path])
        #expect(mismatch.status != 0)
        #expect(mismatch.stderr.contains(vtt.path) && mismatch.stderr.contains("webvtt"))
        #expect(mismatch.stdout.isEmpty)

        let broken = try Self.write("1\n00:00:01,000 --> soon\nنص\n", named: "broken.srt")
        let timing = try TarjamaBinary.run(["suggest", "--glossary", Self.glossaries, broken.path])
        #expect(timing.status != 0)
        #expect(timing.stderr.contains("broken.srt:2"), "stderr: \(timing.stderr)")

        let empty = try Self.write("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n \n", named: "empty.srt")
        let noText = try TarjamaBinary.run(["segment", empty.path])
        #expect(noText.status != 0)
        #expect(noText.stderr.contains("empty.srt") && noText.stderr.contains("no cue text"), "stderr: \(noText.stderr)")
    }

    @Test("--input-format text reads an .srt file as it stands, cue numbers and all")
    func explicitTextFormat() throws {
        let file = try Self.write(Self.srt, named: "raw.srt")
        let result = try TarjamaBinary.run(["segment", "--input-format", "text", "--format", "text", file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("-->"))
    }

    @Test(
        "align pairs an Arabic SRT with its English translation; each pair keeps its cues' span, which tmx convert carries as x-time-code and back"
    )
    func alignSubtitlesAndConvert() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let arabic = directory.appendingPathComponent("bulletin.ar.srt")
        try Data(Self.srt.utf8).write(to: arabic)
        let english = directory.appendingPathComponent("bulletin.en.txt")
        try Data(
            "The convoy reached the city of Aleppo this morning.\nThe governor said it carries food. It has not reached Idlib yet.\n".utf8
        )
        .write(to: english)
        let pairs = directory.appendingPathComponent("pairs.jsonl").path
        let aligned = try TarjamaBinary.run(["align", arabic.path, english.path, "-o", pairs])
        #expect(aligned.status == 0, "stderr: \(aligned.stderr)")
        let records = try Self.records(try String(contentsOfFile: pairs, encoding: .utf8))
        #expect(records.count == 3)
        #expect(records.map { $0["startTime"] as? Double } == [1.0, 7.0, 7.0])
        #expect(records.map { $0["endTime"] as? Double } == [6.5, 10.25, 10.25])
        #expect(records.first?["sourceIds"] as? [String] == ["bulletin.ar:1"])

        let tmx = directory.appendingPathComponent("pairs.tmx").path
        let converted = try TarjamaBinary.run(["tmx", "convert", pairs, "-o", tmx])
        #expect(converted.status == 0, "stderr: \(converted.stderr)")
        let tmxText = try String(contentsOfFile: tmx, encoding: .utf8)
        #expect(tmxText.contains(#"<prop type="x-time-code">00:00:01.000-00:00:06.500</prop>"#))
        let back = try TarjamaBinary.run(["tmx", "convert", tmx, "-o", "-", "--to", "jsonl"])
        let reread = try Self.records(back.stdout)
        #expect(reread.map { $0["startTime"] as? Double } == [1.0, 7.0, 7.0])
        #expect(reread.allSatisfy { $0["tmx:x-time-code"] == nil })
    }

    @Test(
        "pretranslate starts from an SRT: its sentences become bilingual JSONL with times, filled where the memory knows them; -o is required"
    )
    func pretranslateSubtitles() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let memory = directory.appendingPathComponent("memory.jsonl")
        try Data(#"{"id":"old:1","source":"وقال المحافظ انها تحمل الغذاء.","target":"The governor said it carries food."}"#.utf8).write(
            to: memory)
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try TarjamaBinary.run(["tm", "import", memory.path, "--db", db]).status == 0)
        let subtitles = directory.appendingPathComponent("bulletin.ar.srt")
        try Data(Self.srt.utf8).write(to: subtitles)

        let refused = try TarjamaBinary.run(["pretranslate", subtitles.path, "--db", db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--output"))

        let output = directory.appendingPathComponent("bulletin.jsonl").path
        let result = try TarjamaBinary.run(["pretranslate", subtitles.path, "--db", db, "-o", output])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("3 segments"))
        let records = try Self.records(try String(contentsOfFile: output, encoding: .utf8))
        #expect(records.map { $0["id"] as? String } == ["bulletin.ar:1", "bulletin.ar:2", "bulletin.ar:3"])
        #expect(records.map { $0["target"] as? String } == ["", "The governor said it carries food.", ""])
        #expect(records.map { $0["startTime"] as? Double } == [1.0, 7.0, 7.0])
        #expect(records.first?["sourceLang"] as? String == "ar")
    }
}
