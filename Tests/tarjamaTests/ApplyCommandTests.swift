import Foundation
import TestSupport
import Testing

@Suite("tarjama apply fixes drafts where they stand")
struct ApplyCommandTests {
    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path

    static func targets(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            let object = try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            return try #require(object["target"] as? String)
        }
    }

    static func write(_ lines: [String], in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("pairs.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("a wrong figure is replaced by the source's number, not appended; every pair of the file is fixed")
    func numbersAndTermsAcrossTheFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write(
            [
                #"{"id":"d:1","source":"وصلت تسع وعشرون حافلة الى حماه.","target":"92 buses reached Hamah."}"#,
                #"{"id":"d:2","source":"وقال المحافظ ان القوافل وصلت.","target":"The governor said the convoys arrived."}"#,
                #"{"id":"d:3","source":"وخرج ١٢ مسلحا من ريف حماه.","target":"Twenty-one militants left the Hamah countryside."}"#,
                #"{"id":"d:4","source":"ووصلت خمس قوافل الى حماة.","target":"Five convoys reached Hamah."}"#,
            ], in: directory)
        let result = try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try Self.targets(of: file) == [
                "29 buses reached Hama.",
                "The governor said the convoys arrived.",
                "12 militants left the Hama countryside.",
                "Five convoys reached Hama.",
            ])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("d:1 [0–2] number: \"92\" → \"29\""))
        #expect(lines.contains("d:1 [17–22] term: \"Hamah\" → \"Hama\""))
        #expect(lines.contains("d:3 [0–10] number: \"Twenty-one\" → \"12\""))
        #expect(lines.last == "4 record(s), 5 change(s) in 3 record(s)")
        let check = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("a number the draft lacks, or a figure that is not the number mistyped, is left for check to report")
    func ambiguousNumbersAreLeftAlone() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let drafts = [
            "Buses reached the city.",
            "Buses and 7 cars arrived at 9 in the morning.",
            "92 buses and 3 cars arrived.",
            "45 buses reached the city.",
        ]
        let file = try Self.write(
            [
                #"{"id":"d:1","source":"وصلت تسع وعشرون حافلة الى المدينة.","target":"\#(drafts[0])"}"#,
                #"{"id":"d:2","source":"وصلت تسع وعشرون حافلة وخمس سيارات.","target":"\#(drafts[1])"}"#,
                #"{"id":"d:3","source":"وصلت تسع وعشرون حافلة وخمس سيارات.","target":"\#(drafts[2])"}"#,
                #"{"id":"d:4","source":"وصلت تسع وعشرون حافلة الى المدينة.","target":"\#(drafts[3])"}"#,
            ], in: directory)
        let result = try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries])
        #expect(result.status == 0)
        #expect(try Self.targets(of: file) == [drafts[0], drafts[1], "29 buses and 3 cars arrived.", drafts[3]])
        #expect(result.stdout.contains("4 record(s), 1 change(s) in 1 record(s)"), "\(result.stdout)")
    }

    @Test("--format jsonl reports each change with its kind and UTF-16 offsets in the draft as it was")
    func jsonlReport() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let draft = "«Hamah» received 92 buses."
        let file = try Self.write([#"{"id":"d:1","source":"استقبلت حماه تسع وعشرين حافلة.","target":"\#(draft)"}"#], in: directory)
        let result = try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries, "--format", "jsonl", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        let changes = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(changes.count == 2)
        let units = Array(draft.utf16)
        for change in changes {
            let start = try #require(change["start"] as? Int), end = try #require(change["end"] as? Int)
            #expect(String(decoding: units[start..<end], as: UTF16.self) == change["before"] as? String)
        }
        #expect(changes.map { $0["kind"] as? String } == ["term", "number"])
        #expect(changes.map { $0["after"] as? String } == ["Hama", "29"])
        #expect(try Self.targets(of: file) == [draft])
    }
}
