import Foundation
import Testing
import TestSupport

/// `tarjama align` end to end, on short texts written for these tests.
@Suite("tarjama align (end to end)")
struct AlignCommandTests {
    static let arabic = """
        أعلنت وزارة الصحة اليوم افتتاح 12 مستشفى جديدا في المحافظات الشمالية.
        وقال الوزير سامر الحلبي إن المستشفيات ستستقبل المرضى ابتداء من الأسبوع المقبل.
        هل تكفي هذه المستشفيات لسد حاجة السكان؟

        وفي حلب، بدأت ورشات البلدية إصلاح شبكة المياه في 7 أحياء.
        وتوقع مدير المياه أن تنتهي الأعمال خلال شهرين.
        """
    static let english = """
        The health ministry today announced the opening of 12 new hospitals in the northern governorates.
        Minister Samer al-Halabi said the hospitals would receive patients from next week.
        Will these hospitals meet the needs of the population?

        In Aleppo, municipal crews began repairing the water network in 7 neighbourhoods.
        The water director expected the work to be finished within two months.
        """

    static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("presegmented files give one JSONL record per pair with bead, score and segment ids")
    func presegmentedJSONL() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write(Self.english, "news.en.txt", in: directory)
        let result = try TarjamaBinary.run(["align", ar, en, "--presegmented"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 5)
        #expect(records.map { $0["bead"] as? String } == Array(repeating: "1-1", count: 5))
        #expect(records[0]["id"] as? String == "news.ar:1")
        #expect(records[3]["sourceIds"] as? [String] == ["news.ar:4"])
        #expect(records[3]["targetIds"] as? [String] == ["news.en:4"])
        #expect(records.allSatisfy { ($0["score"] as? Double).map { (0...1).contains($0) } ?? false })
        #expect(records[0]["sourceLang"] as? String == "ar" && records[0]["targetLang"] as? String == "en")
    }

    @Test("TSV output, a score threshold and weakest-first order")
    func tsvAndFilters() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        // The translation leaves out the question: one 1-0 pair that should score lowest.
        let en = try Self.write(
            Self.english.replacingOccurrences(of: "Will these hospitals meet the needs of the population?\n", with: ""),
            "news.en.txt", in: directory)
        let out = directory.appendingPathComponent("pairs.tsv").path
        let result = try TarjamaBinary.run(["align", ar, en, "--presegmented", "--format", "tsv", "--weakest-first", "-o", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "id\tsource\ttarget\tscore")
        #expect(lines.count == 6)
        let scores = lines.dropFirst().compactMap {
            $0.split(separator: "\t", omittingEmptySubsequences: false).last.flatMap { Double($0) }
        }
        #expect(scores == scores.sorted())
        #expect(lines[1].contains("هل تكفي"))
        let filtered = try TarjamaBinary.run(["align", ar, en, "--presegmented", "--min-score", "0.5"])
        #expect(try Self.records(filtered.stdout).allSatisfy { ($0["score"] as! Double) >= 0.5 })
    }

    @Test("confirmed pairs in a --pinned file are kept on a re-run, with their unknown fields")
    func pinnedRerun() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write(Self.english, "news.en.txt", in: directory)
        // The reviewer pins an unusual pair: Arabic 2 with English 2 and 3, and adds a note field.
        let pinned = try Self.write(
            """
            {"id":"news.ar:2","source":"","target":"","status":"confirmed","bead":"1-2","sourceIds":["news.ar:2"],"targetIds":["news.en:2","news.en:3"],"reviewer":"huda"}

            """, "pinned.jsonl", in: directory)
        let result = try TarjamaBinary.run(["align", ar, en, "--presegmented", "--pinned", pinned])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        let kept = try #require(records.first { $0["status"] as? String == "confirmed" })
        #expect(kept["targetIds"] as? [String] == ["news.en:2", "news.en:3"])
        #expect(kept["reviewer"] as? String == "huda")
        #expect(kept["score"] as? Double == 1)
        #expect(records.map { $0["bead"] as? String } == ["1-1", "1-2", "1-0", "1-1", "1-1"])
    }

    @Test(
        "--tmx writes the pairs with text on both sides as TMX 1.4b that validates against the DTD",
        .enabled(
            if: SharedData.has("ref/specs/tmx/tmx14.dtd") && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
            Comment(rawValue: SharedData.missingReason("ref/specs/tmx/tmx14.dtd") + " and xmllint")))
    func tmxOutput() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write(
            Self.english.replacingOccurrences(of: "Will these hospitals meet the needs of the population?\n", with: ""),
            "news.en.txt", in: directory)
        let tmx = directory.appendingPathComponent("news.tmx").path
        let result = try TarjamaBinary.run([
            "align", ar, en, "--presegmented", "--tmx", tmx, "-o", directory.appendingPathComponent("p.jsonl").path,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = try String(contentsOfFile: tmx, encoding: .utf8)
        #expect(text.components(separatedBy: "<tu ").count - 1 == 4)  // the 1-0 pair is left out
        #expect(text.contains("srclang=\"ar\""))
        let lint = Process()
        lint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        lint.arguments = ["--noout", "--dtdvalid", try #require(SharedData.url("ref/specs/tmx/tmx14.dtd")).path, tmx]
        lint.standardError = FileHandle.nullDevice
        try lint.run()
        lint.waitUntilExit()
        #expect(lint.terminationStatus == 0)
    }

    @Test("batch mode pairs files by name and warns about files without a partner")
    func batch() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let arDir = directory.appendingPathComponent("ar"), enDir = directory.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: arDir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: enDir, withIntermediateDirectories: true)
        _ = try Self.write(Self.arabic, "one.ar.txt", in: arDir)
        _ = try Self.write(Self.english, "one.en.txt", in: enDir)
        _ = try Self.write(Self.arabic, "two.txt", in: arDir)
        _ = try Self.write(Self.english, "two.txt", in: enDir)
        _ = try Self.write(Self.arabic, "lonely.txt", in: arDir)
        let result = try TarjamaBinary.run(["align", "--batch", arDir.path, enDir.path, "--presegmented"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 10)
        #expect(Set(records.compactMap { ($0["id"] as? String)?.split(separator: ":").first.map(String.init) }) == ["one.ar", "two"])
        #expect(result.stderr.contains("lonely.txt"))
    }

    @Test("plain text is segmented with the project's segmenter before aligning")
    func plainText() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        // Hard-wrapped Arabic and English written as running text.
        let ar = try Self.write(
            Self.arabic.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: "\n\n"),
            "run.ar.txt", in: directory)
        let en = try Self.write(Self.english.replacingOccurrences(of: ".\n", with: ". "), "run.en.txt", in: directory)
        let result = try TarjamaBinary.run(["align", ar, en])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 5)
        #expect(records.allSatisfy { $0["bead"] as? String == "1-1" })
    }

    @Test("segment JSONL from tarjama segment is read with its ids and paragraphs")
    func segmentJSONL() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write(Self.english, "news.en.txt", in: directory)
        let arJSONL = directory.appendingPathComponent("news.ar.jsonl").path,
            enJSONL = directory.appendingPathComponent("news.en.jsonl").path
        #expect(try TarjamaBinary.run(["segment", ar, "--lang", "ar", "--format", "jsonl", "-o", arJSONL]).status == 0)
        #expect(try TarjamaBinary.run(["segment", en, "--lang", "en", "--format", "jsonl", "-o", enJSONL]).status == 0)
        let result = try TarjamaBinary.run(["align", arJSONL, enJSONL])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try Self.records(result.stdout)
        #expect(records.count == 5)
        #expect(records.map { $0["sourceIds"] as? [String] } == (1...5).map { ["news.ar:\($0)"] })
        #expect(records.map { $0["targetIds"] as? [String] } == (1...5).map { ["news.en:\($0)"] })
    }

    @Test("an empty side warns on stderr and still writes the unpaired segments")
    func emptySide() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write("", "news.en.txt", in: directory)
        let result = try TarjamaBinary.run(["align", ar, en, "--presegmented"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("warning:") && result.stderr.contains("no segments"))
        #expect(try Self.records(result.stdout).count == 5)
    }

    @Test("an English file that is not the translation: a warning naming both files, no confident pair")
    func notATranslation() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let en = try Self.write(
            """
            The orchestra opened its winter season on Friday with two symphonies by Sibelius.
            Tickets for the 1998 revival sold out within an hour, the box office said.
            Critics praised the new conductor, who trained in Vienna and Helsinki.
            A second concert has been added for January.
            The programme will be broadcast on national radio next month.

            """, "news.en.txt", in: directory)
        let result = try TarjamaBinary.run(["align", ar, en, "--presegmented"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("news.ar.txt ↔ ") && result.stderr.contains("does not look like a translation"))
        #expect(try Self.records(result.stdout).allSatisfy { ($0["score"] as! Double) < 0.8 })
    }

    @Test("refusals: a missing file, a bad pinned file, a bad option value exit non-zero with one line")
    func refusals() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let ar = try Self.write(Self.arabic, "news.ar.txt", in: directory)
        let missing = try TarjamaBinary.run(["align", ar, directory.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.txt"))
        let pinned = try Self.write(
            #"{"id":"x","source":"","target":"","status":"confirmed","sourceIds":["news.ar:9"],"targetIds":["news.ar:1"]}"# + "\n",
            "bad.jsonl", in: directory)
        let unknown = try TarjamaBinary.run(["align", ar, ar, "--presegmented", "--pinned", pinned])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("bad.jsonl:1"))
        let glossary = try Self.write("source\ttarget\tnote\nحماة\tHama\t\nحماه\tHamah\t\n", "broken.tsv", in: directory)
        let badGlossary = try TarjamaBinary.run(["align", ar, ar, "--glossary", glossary])
        #expect(badGlossary.status == 1)
        #expect(badGlossary.stderr.contains("broken.tsv"))
        let badScore = try TarjamaBinary.run(["align", ar, ar, "--min-score", "2"])
        #expect(badScore.status == 2)
    }
}
