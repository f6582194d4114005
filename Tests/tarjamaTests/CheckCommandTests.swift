import Foundation
import TestSupport
import Testing

@Suite("tarjama check: severity, reason codes, ignores")
struct CheckCommandTests {
    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path

    static func write(_ lines: [String], in directory: URL, name: String = "pairs.jsonl") throws -> URL {
        let file = directory.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static let wrongNumber = #"{"id":"b:1","source":"وصلت تسع وعشرون حافلة إلى المدينة.","target":"92 buses reached the city."}"#
    static let repeated = #"{"id":"b:2","source":"وقال المسؤول إن الوضع هادئ.","target":"The the official said the situation was calm."}"#

    @Test("JSONL findings carry code and severity; text lines end with [severity code]")
    func codes() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write([Self.wrongNumber, Self.repeated], in: directory)
        let jsonl = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries, "--format", "jsonl"])
        let found = try Self.objects(jsonl.stdout)
        #expect(
            found.contains {
                $0["code"] as? String == "number-mismatch" && $0["severity"] as? String == "error" && $0["id"] as? String == "b:1"
            })
        #expect(
            found.contains {
                $0["code"] as? String == "repeated-word" && $0["severity"] as? String == "warning" && $0["id"] as? String == "b:2"
            })
        #expect(found.allSatisfy { $0["code"] as? String == $0["kind"] as? String })
        let text = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(text.stdout.contains("[warning repeated-word]"), "\(text.stdout)")
        #expect(text.stdout.contains("[error number-mismatch]"))
        #expect(text.status == 1)
    }

    @Test("warnings alone exit 0; --min-severity error hides them; --help lists codes and the exit status")
    func exitStatus() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write([Self.repeated], in: directory)
        let all = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        #expect(all.stdout.contains("repeated-word"))
        let errors = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries, "--min-severity", "error"])
        #expect(errors.status == 0 && !errors.stdout.contains("repeated-word"))
        #expect(errors.stdout.contains("1 below --min-severity not shown"))
        let help = try TarjamaBinary.run(["check", "--help"])
        for code in ["number-mismatch (error)", "target-too-short (warning)", "inconsistent-translation (warning)", "Exit status"] {
            #expect(help.stdout.contains(code), "\(code)")
        }
        let bad = try TarjamaBinary.run(["check", file.path, "--min-severity", "fatal"])
        #expect(bad.status == 2)
    }

    @Test("--ignore records the ignore with its reason atomically; check then skips it and counts it")
    func ignore() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write([Self.wrongNumber, Self.repeated], in: directory)
        let out = directory.appendingPathComponent("ignored.jsonl")
        let record = try TarjamaBinary.run([
            "check", file.path, "--ignore", "number-mismatch@b:1", "--reason", "the bus count is corrected later",
            "-o", out.path,
        ])
        #expect(record.status == 0, "\(record.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains(#""qaIgnore":[{"code":"number-mismatch","reason":"the bus count is corrected later"}]"#), "\(written)")
        #expect(try String(contentsOf: file, encoding: .utf8) == [Self.wrongNumber, Self.repeated].joined(separator: "\n") + "\n")
        let leftover = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftover.isEmpty, "\(leftover)")

        let text = try TarjamaBinary.run(["check", out.path, "--glossary", Self.glossaries])
        #expect(!text.stdout.contains("number-mismatch"), "\(text.stdout)")
        #expect(text.stdout.contains("ignored by qaIgnore"))
        #expect(text.status == 0)
    }

    @Test("--memory reports a source the memory translates another way; a missing memory is refused, not created")
    func againstMemory() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let desk = try Self.write(
            [
                #"{"id":"bulletin:1","source":"وصلت قافلة مساعدات إنسانية إلى مدينة حماة صباح اليوم.","target":"A humanitarian aid convoy arrived in Hama this morning.","sourceLang":"ar","targetLang":"en"}"#
            ],
            in: directory, name: "desk.jsonl")
        let database = directory.appendingPathComponent("desk.sqlite").path
        #expect(try TarjamaBinary.run(["tm", "import", desk.path, "--db", database]).status == 0)
        let today = try Self.write(
            [
                #"{"id":"today:1","source":"وصلت قافلة مساعدات إنسانية إلى مدينة حماة صباح اليوم.","target":"An aid convoy reached Hama this morning.","sourceLang":"ar","targetLang":"en"}"#
            ],
            in: directory, name: "today.jsonl")
        let result = try TarjamaBinary.run(["check", today.path, "--glossary", Self.glossaries, "--memory", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("the memory translates the same source \"A humanitarian aid convoy arrived in Hama this morning.\""))
        #expect(result.stdout.contains("[warning inconsistent-with-memory]"))
        let without = try TarjamaBinary.run(["check", today.path, "--glossary", Self.glossaries])
        #expect(!without.stdout.contains("inconsistent-with-memory"))
        let missing = directory.appendingPathComponent("typo.sqlit").path
        let refused = try TarjamaBinary.run(["check", today.path, "--glossary", Self.glossaries, "--memory", missing])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("--ignore refuses an unknown code, a missing reason and an unknown pair")
    func ignoreRefusals() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write([Self.wrongNumber], in: directory)
        let unknownCode = try TarjamaBinary.run(["check", file.path, "--ignore", "typo@b:1", "--reason", "x"])
        #expect(unknownCode.status == 2 && unknownCode.stderr.contains("unknown code"))
        let noReason = try TarjamaBinary.run(["check", file.path, "--ignore", "number-mismatch@b:1"])
        #expect(noReason.status == 2 && noReason.stderr.contains("--reason"))
        let noPair = try TarjamaBinary.run(["check", file.path, "--ignore", "number-mismatch@b:9", "--reason", "x"])
        #expect(noPair.status == 1 && noPair.stderr.contains("no pair with id b:9"), "\(noPair.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.wrongNumber + "\n")
    }

    @Test("a malformed qaIgnore is refused with the file and line")
    func malformedIgnore() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write(
            [Self.repeated, #"{"id":"b:3","source":"قال","target":"He said","qaIgnore":[{"code":"repeated-word"}]}"#], in: directory)
        let result = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path): line 2: qaIgnore[0] has no \"reason\""), "\(result.stderr)")
    }
}
