import Foundation
import TestSupport
import Testing

@Suite("tarjama refuses what it cannot use instead of running on empty")
struct NoSilentFailureCommandTests {
    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path

    /// A memory with one unit, made by tm import.
    static func memory(in directory: URL) throws -> String {
        let pairs = directory.appendingPathComponent("units.jsonl")
        try #"{"id":"m:1","source":"وصلت القوافل الى المدينة","target":"The convoys reached the city","sourceLang":"ar","targetLang":"en"}"#
            .appending("\n").write(to: pairs, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("desk.sqlite").path
        let imported = try TarjamaBinary.run(["tm", "import", "--db", db, pairs.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    @Test("pretranslate fed segment output refuses it, says what it got and expects, and writes nothing")
    func pretranslateRefusesSegmentJSONL() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let db = try Self.memory(in: directory)
        let text = directory.appendingPathComponent("bulletin.txt")
        try "وصلت القوافل الى المدينة.\nوقال المحافظ ان الطريق مفتوح.\n".write(to: text, atomically: true, encoding: .utf8)
        let segmented = try TarjamaBinary.run(["segment", text.path, "--format", "jsonl"])
        #expect(segmented.status == 0)
        let file = directory.appendingPathComponent("segments.jsonl")
        try segmented.stdoutData.write(to: file)
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()

        let result = try TarjamaBinary.run(["pretranslate", file.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("segments.jsonl:1:"), "\(result.stderr)")
        #expect(result.stderr.contains("segment JSONL"))
        #expect(result.stderr.contains("\"source\" and \"target\""))
        #expect(!result.stderr.contains("without a match"))
        #expect(try Data(contentsOf: file) == segmented.stdoutData)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == before)

        let output = directory.appendingPathComponent("out.jsonl")
        let elsewhere = try TarjamaBinary.run(["pretranslate", file.path, "--db", db, "-o", output.path])
        #expect(elsewhere.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("check and apply refuse suggestion JSONL the same way")
    func otherCommandsRefuseTheWrongShape() throws {
        let suggested = try TarjamaBinary.run(
            ["suggest", "-", "--glossary", Self.glossaries, "--format", "jsonl"],
            stdin: Data("وصلت القوافل الى حماه.\n".utf8))
        #expect(suggested.status == 0)
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("suggestions.jsonl")
        try suggested.stdoutData.write(to: file)
        for command in ["check", "apply"] {
            let result = try TarjamaBinary.run([command, file.path, "--glossary", Self.glossaries])
            #expect(result.status == 1, Comment(rawValue: command))
            #expect(result.stderr.contains("suggestions.jsonl:1: this is suggestion JSONL"), Comment(rawValue: result.stderr))
        }
        #expect(try Data(contentsOf: file) == suggested.stdoutData)
    }

    @Test(
        "every read-only memory command refuses a missing --db with 'no such memory' and creates nothing",
        arguments: [
            ["lookup", "وصلت القوافل"], ["concordance", "القوافل"], ["stats"], ["export", "-o", "OUT/memory.tmx"],
            ["delete", "--document", "m"],
        ])
    func readCommandsDoNotCreateAMemory(_ arguments: [String]) throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let missing = directory.appendingPathComponent("desk.sqlit").path
        let resolved = arguments.map { $0.replacingOccurrences(of: "OUT", with: directory.path) }
        let result = try TarjamaBinary.run(["tm"] + resolved + ["--db", missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("desk.sqlit: no such memory"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("a read-only memory command still reads an existing memory")
    func readCommandsReadAnExistingMemory() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let db = try Self.memory(in: directory)
        let lookup = try TarjamaBinary.run(["tm", "lookup", "وصلت القوافل الى المدينة", "--db", db])
        #expect(lookup.status == 0)
        #expect(lookup.stdout.contains("The convoys reached the city"))
    }

    @Test("a glossary directory without glossary files is an error naming it, wherever a glossary is read")
    func emptyGlossaryDirectory() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let empty = directory.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try "not a glossary".write(to: empty.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let pairs = directory.appendingPathComponent("pairs.jsonl")
        try #"{"id":"a:1","source":"وصلت القوافل الى حماه","target":"The convoys reached Hamah"}"#
            .appending("\n").write(to: pairs, atomically: true, encoding: .utf8)
        let runs: [[String]] = [
            ["suggest", "-"], ["check", pairs.path], ["apply", pairs.path, "--dry-run"], ["glossary", "lint"], ["glossary", "list"],
        ]
        for arguments in runs {
            let result = try TarjamaBinary.run(arguments + ["--glossary", empty.path], stdin: Data("وصلت القوافل الى حماه.\n".utf8))
            #expect(result.status == 1, Comment(rawValue: arguments.joined(separator: " ")))
            #expect(result.stderr.contains("\(empty.path): no glossary files"), Comment(rawValue: result.stderr))
        }
    }

    @Test("check names a pair by its position and the source segments it joins, in text and JSONL")
    func checkNamesPairsUnmistakably() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("pairs.jsonl")
        let lines = [
            #"{"id":"aleppo.ar:7","source":"وصلت القوافل.","target":"The convoys arrived.","sourceIds":["aleppo.ar:7"],"targetIds":["aleppo.en:6"]}"#,
            #"{"id":"aleppo.ar:8","source":"وقال المحافظ. ثم وصلت القوافل الى حماه.","target":"The governor spoke, then the convoys reached Hamah.","sourceIds":["aleppo.ar:8","aleppo.ar:9"],"targetIds":["aleppo.en:7"]}"#,
            #"{"id":"x","source":"وصلت القوافل الى حماه.","target":"The convoys reached Hamah."}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let text = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(text.status == 1)
        let reported = text.stdout.split(separator: "\n").filter { $0.contains("Hamah") }
        #expect(reported.contains { $0.hasPrefix("pair 2 (aleppo.ar:8–9): forbidden rendering \"Hamah\"") }, "\(text.stdout)")
        #expect(reported.contains { $0.hasPrefix("pair 3 (id x): forbidden rendering") })
        #expect(!text.stdout.contains("\naleppo.ar:8:") && !text.stdout.hasPrefix("aleppo.ar:8:"))

        let jsonl = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries, "--format", "jsonl"])
        let objects = try jsonl.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let second = try #require(objects.first { $0["kind"] as? String == "forbidden-rendering" && $0["pair"] as? Int == 2 })
        #expect(second["sourceIds"] as? [String] == ["aleppo.ar:8", "aleppo.ar:9"])
        #expect(second["id"] as? String == "aleppo.ar:8")
        #expect(second["line"] as? Int == 2)
        let help = try TarjamaBinary.run(["check", "--help"])
        #expect(help.stdout.contains("pair 4 (aleppo.ar:8–9)"))
    }
}
