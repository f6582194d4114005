import Foundation
import Testing
import TestSupport

/// The rules every command applies to its input files: text with unbalanced bidi controls is
/// refused, and so is a file with nothing in it, each with exit 1 and one line naming the file.
@Suite("Input rules shared by every command (bidi controls, empty files)")
struct InputRuleCommandTests {
    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path
    /// An RLO opened on line 2, column 5 and never closed.
    static let overridden = "وصلت القافلة الى حلب.\nقال \u{202E}المحافظ ان ثلاثة الاف وصلوا.\n"

    static func write(_ text: String, named name: String, in directory: URL? = nil) throws -> URL {
        let url = try (directory ?? TarjamaBinary.temporaryDirectory()).appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func expectRefused(_ result: TarjamaBinary.Result, naming expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "exit \(result.status), stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(expected), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(
        "suggest, numbers, segment, normalize --file and translit --file refuse an unclosed RLO with file:line:column",
        arguments: [
            ["suggest", "{}", "--glossary", glossaries],
            ["numbers", "{}"],
            ["segment", "{}"],
            ["normalize", "--file", "{}"],
            ["translit", "--file", "{}"],
        ])
    func textCommandsRefuseOverride(arguments: [String]) throws {
        let file = try Self.write(Self.overridden, named: "rlo.txt")
        let result = try TarjamaBinary.run(arguments.map { $0 == "{}" ? file.path : $0 })
        Self.expectRefused(result, naming: "\(file.path):2:5: RLO (U+202E) is not closed")
    }

    @Test("align refuses an unclosed RLO on either side, plain or presegmented, with file:line:column")
    func alignRefusesOverride() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let arabic = try Self.write(Self.overridden, named: "a.ar.txt", in: directory)
        let english = try Self.write("The convoy reached Aleppo.\nThe governor said 3,000 arrived.\n", named: "a.en.txt", in: directory)
        let output = directory.appendingPathComponent("pairs.jsonl")
        for extra in [[], ["--presegmented"]] {
            let result = try TarjamaBinary.run(["align", arabic.path, english.path, "-o", output.path] + extra)
            Self.expectRefused(result, naming: "\(arabic.path):2:5: RLO (U+202E) is not closed")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let reversed = try Self.write("The convoy reached Aleppo.\nThe governor \u{202D}said.\n", named: "b.en.txt", in: directory)
        let clean = try Self.write("وصلت القافلة الى حلب.\nقال المحافظ ذلك.\n", named: "c.ar.txt", in: directory)
        Self.expectRefused(
            try TarjamaBinary.run(["align", clean.path, reversed.path]),
            naming: "\(reversed.path):2:14: LRO (U+202D) is not closed")
    }

    @Test("align refuses an unclosed RLO inside a segment JSONL record, naming the file and line")
    func alignRefusesOverrideInSegmentJSONL() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let segments = try Self.write(
            #"{"id":"a:1","text":"وصلت القافلة."}"# + "\n" + #"{"id":"a:2","text":"قال \u202eالمحافظ."}"# + "\n",
            named: "a.jsonl", in: directory)
        let english = try Self.write("The convoy arrived.\nThe governor said so.\n", named: "a.en.txt", in: directory)
        Self.expectRefused(
            try TarjamaBinary.run(["align", segments.path, english.path]), naming: "\(segments.path):2: \"text\" at 1:5: RLO")
    }

    @Test("bidi --audit and --strip still read such a file: they are the tools that deal with it")
    func bidiToolReadsIt() throws {
        let file = try Self.write(Self.overridden, named: "rlo.txt")
        let audit = try TarjamaBinary.run(["bidi", "--audit", file.path])
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("\(file.path):2:5: RLO (U+202E) is not closed"))
        let stripped = try TarjamaBinary.run(["bidi", "--strip", file.path])
        #expect(stripped.status == 0)
        #expect(stripped.stdout == Self.overridden.replacingOccurrences(of: "\u{202E}", with: ""))
    }

    @Test("an RLO closed by a PDF on its line is accepted")
    func balancedOverrideIsAccepted() throws {
        let file = try Self.write("قال \u{202E}المحافظ\u{202C} ان ثلاثة الاف وصلوا.\n", named: "balanced.txt")
        let result = try TarjamaBinary.run(["numbers", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3000"))
    }

    @Test("check refuses an empty or blank bilingual file with exit 1 and one line", arguments: ["", "\n  \n\t\n"])
    func checkRefusesEmptyFile(content: String) throws {
        let file = try Self.write(content, named: "pairs.jsonl")
        Self.expectRefused(
            try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries]),
            naming: "\(file.path): the file is empty")
    }

    @Test("apply and tm import refuse an empty bilingual file too")
    func otherBilingualReadersRefuseEmptyFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = try Self.write("\n", named: "pairs.jsonl", in: directory)
        Self.expectRefused(
            try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries, "--dry-run"]),
            naming: "\(file.path): the file is empty")
        let result = try TarjamaBinary.run(["tm", "import", file.path, "--db", directory.appendingPathComponent("tm.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path): the file is empty"), "stderr: \(result.stderr)")
    }

    @Test(
        "glossary import refuses an empty file in every format with exit 1 and one line; the glossary is unchanged",
        arguments: ["terms.tsv", "terms.csv", "terms.txt", "terms.tbx"])
    func glossaryImportRefusesEmptyFile(name: String) throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let glossary = try Self.write("source\ttarget\tnote\nحلب\tAleppo\t\n", named: "desk.tsv", in: directory)
        let before = try Data(contentsOf: glossary)
        let file = try Self.write(" \n", named: name, in: directory)
        Self.expectRefused(
            try TarjamaBinary.run(["glossary", "import", file.path, "--glossary", glossary.path]),
            naming: "\(file.path): the file is empty")
        #expect(try Data(contentsOf: glossary) == before)
    }
}
