import Foundation
import TestSupport
import Testing

@Suite("tarjama suggest, check, apply and glossary")
struct GlossaryCommandTests {
    static let glossaries = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path
    static let header = "source\ttarget\tnote\ttype\tvariants\talternatives\tforbidden\n"

    @Test("suggest --format jsonl writes one object per segment with document offsets")
    func suggestJSONL() throws {
        let text = "وصلت القوافل الى حلب.\nوقال محافظ حماه ان تسع وعشرين حافلة وصلت.\n"
        let result = try TarjamaBinary.run(["suggest", "-", "--glossary", Self.glossaries, "--format", "jsonl"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(second["id"] as? String == "stdin:2")
        let suggestions = second["suggestions"] as! [[String: Any]]
        #expect(suggestions.map { $0["rendering"] as! String } == ["governor", "Hama", "29"])
        let units = Array(text.utf16)
        let hama = suggestions[1]
        let span = String(decoding: units[(hama["start"] as! Int)..<(hama["end"] as! Int)], as: UTF16.self)
        #expect(span == "حماه")
        #expect(Set(hama.keys).isSuperset(of: ["start", "end", "source", "rendering", "alternatives", "type", "match"]))
    }

    @Test("without --glossary, suggest run outside the checkout uses the glossary shipped with the binary; a local Glossaries/ wins")
    func shippedGlossaryFromAnyDirectory() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let text = Data("وصلت القوافل الى حلب.\n".utf8)
        let shipped = try TarjamaBinary.run(["suggest", "-"], stdin: text, currentDirectory: elsewhere)
        #expect(shipped.status == 0, "\(shipped.stderr)")
        #expect(shipped.stdout.contains("حلب → Aleppo"))
        // A desk's own Glossaries/ in the working directory takes the place of the shipped one.
        let local = elsewhere.appendingPathComponent("Glossaries")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        try (Self.header + "حلب\tHalab\tlocal spelling\tplace\t\t\t\n").write(
            to: local.appendingPathComponent("desk.tsv"), atomically: true, encoding: .utf8)
        let desk = try TarjamaBinary.run(["suggest", "-"], stdin: text, currentDirectory: elsewhere)
        #expect(desk.status == 0, "\(desk.stderr)")
        #expect(desk.stdout.contains("حلب → Halab"))
        #expect(!desk.stdout.contains("Aleppo"))
    }

    @Test("check exits 1 on problems and 0 when clean; apply fixes the draft")
    func checkAndApply() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("pairs.jsonl")
        try #"{"id":"a:1","source":"وصلت القوافل الى حماه","target":"The convoys reached Hamah","extra":true}"#
            .appending("\n").write(to: file, atomically: true, encoding: .utf8)
        let dirty = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries, "--format", "jsonl"])
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("\"kind\":\"forbidden-rendering\""))
        let dry = try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("a:1 [20–25] term: \"Hamah\" → \"Hama\""))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Hamah"))
        let applied = try TarjamaBinary.run(["apply", file.path, "--glossary", Self.glossaries])
        #expect(applied.status == 0)
        let rewritten = try String(contentsOf: file, encoding: .utf8)
        #expect(rewritten.contains("\"target\":\"The convoys reached Hama\"") && rewritten.contains("\"extra\":true"))
        let clean = try TarjamaBinary.run(["check", file.path, "--glossary", Self.glossaries])
        #expect(clean.status == 0, "\(clean.stdout)")
    }

    @Test("glossary add refuses a conflicting rendering; a bad import leaves the file byte-for-byte unchanged")
    func refusalsKeepTheFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let glossary = directory.appendingPathComponent("desk.tsv")
        try (Self.header + "حماة\tHama\t\tplace\t\t\tHamah\n").write(to: glossary, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: glossary)
        let conflict = try TarjamaBinary.run(["glossary", "add", "حماه", "Hamah", "--glossary", glossary.path])
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("desk.tsv:2:"))
        let truncated = directory.appendingPathComponent("cut.tbx")
        try "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"ar\">\n<text><body><conceptEntry id=\"c1\">"
            .write(to: truncated, atomically: true, encoding: .utf8)
        let cut = try TarjamaBinary.run(["glossary", "import", truncated.path, "--glossary", glossary.path])
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("cut.tbx:3:"))
        let missing = directory.appendingPathComponent("bad.tsv")
        try (Self.header + "حلب\tAleppo\n").write(to: missing, atomically: true, encoding: .utf8)
        let bad = try TarjamaBinary.run(["glossary", "import", missing.path, "--glossary", glossary.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.tsv:2: the row has no \"note\" column"))
        #expect(try Data(contentsOf: glossary) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["bad.tsv", "cut.tbx", "desk.tsv"])
    }

    @Test("glossary add --context writes the rules; lint names file and line of an unknown rule; a bad --context is a usage error")
    func contextColumn() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let glossary = directory.appendingPathComponent("desk.tsv").path
        let added = try TarjamaBinary.run([
            "glossary", "add", "كسب", "Kessab", "--type", "place", "--context", "needs cue; not in: كسب الرزق",
            "--glossary", glossary,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try String(contentsOfFile: glossary, encoding: .utf8).contains("\tneeds cue; not in: كسب الرزق\n"))
        let lint = try TarjamaBinary.run(["glossary", "lint", "--glossary", glossary])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let bad = try TarjamaBinary.run(["glossary", "add", "نصيب", "Nasib", "--context", "only after: معبر", "--glossary", glossary])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown rule"))
        let typo = directory.appendingPathComponent("typo.tsv").path
        try "source\ttarget\tcontext\nنصيب\tNasib\tneeds cue\nكسب\tKessab\tneeds a cue\n".write(
            toFile: typo, atomically: true, encoding: .utf8)
        let refused = try TarjamaBinary.run(["glossary", "lint", "--glossary", typo])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("typo.tsv:3: bad \"context\" value: unknown rule \"needs a cue\""))
    }

    @Test("glossary find explains how a spelling matched; export and import round-trip through TBX")
    func findAndRoundTrip() throws {
        let find = try TarjamaBinary.run(["glossary", "find", "للمسلحين", "--glossary", Self.glossaries])
        #expect(find.status == 0)
        #expect(find.stdout.contains("matched المسلحين (contracted via ل+ال)"))
        let directory = try TarjamaBinary.temporaryDirectory()
        let tbx = directory.appendingPathComponent("all.tbx").path
        let copy = directory.appendingPathComponent("copy.tsv").path
        #expect(try TarjamaBinary.run(["glossary", "export", tbx, "--glossary", Self.glossaries]).status == 0)
        #expect(try TarjamaBinary.run(["glossary", "import", tbx, "--glossary", copy]).status == 0)
        #expect(try TarjamaBinary.run(["glossary", "lint", "--glossary", copy]).status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(contentsOf: URL(fileURLWithPath: Self.glossaries + "/syria-news.tsv")))
    }

    @Test("an OmegaT glossary saved as .tsv imports, saying so; tbx2008 exports a martif file that imports back the same")
    func omegatTSVAndTBX2008() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let omegat = directory.appendingPathComponent("omegat.tsv").path
        try "إدلب\tIdlib\tprovince in the north-west\nحلب\tAleppo\n".write(toFile: omegat, atomically: true, encoding: .utf8)
        let desk = directory.appendingPathComponent("desk.tsv").path
        let imported = try TarjamaBinary.run(["glossary", "import", omegat, "--glossary", desk])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("omegat.tsv: no header row; read as an OmegaT glossary"))
        #expect(imported.stdout.contains("2 added"))
        let tbx = directory.appendingPathComponent("old.tbx").path
        #expect(try TarjamaBinary.run(["glossary", "export", tbx, "--format", "tbx2008", "--glossary", desk]).status == 0)
        #expect(try String(contentsOfFile: tbx, encoding: .utf8).contains("<martif"))
        let copy = directory.appendingPathComponent("copy.tsv").path
        #expect(try TarjamaBinary.run(["glossary", "import", tbx, "--glossary", copy]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(contentsOf: URL(fileURLWithPath: desk)))
        let wrong = try TarjamaBinary.run(["glossary", "import", tbx, "--target-lang", "hu", "--glossary", copy])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("old.tbx: no terms in hu; the file's languages are ar, en"))
    }

    @Test("glossary lint --forms lists each term's regular forms and the ones another entry holds")
    func lintForms() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("forms.tsv").path
        // Canonical form (every column, context included), so lint finds nothing else to report.
        try
            (String(Self.header.dropLast()) + "\tcontext\n" + "حلب\tAleppo\t\tplace\t\t\t\t\n" + "محافظ\tgovernor\t\tterm\t\t\t\t\n"
            + "محافظة\tgovernorate\t\tterm\t\t\t\t\n" + "وقف إطلاق النار\tceasefire\t\tterm\t\t\t\t\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = try TarjamaBinary.run(["glossary", "lint", "--forms", "--glossary", file])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.contains("وقف إطلاق النار → ceasefire: ") && $0.hasSuffix("split وقف لاطلاق النار, split وقفا لاطلاق النار")
            })
        #expect(lines.contains { $0.contains("محافظ → governor: pronoun محافظها") })
        #expect(lines.contains { $0.contains("note: its pronoun form محافظه is محافظة (\(file):4)") })
        #expect(!lines.contains { $0.contains("Aleppo") })
    }
}

@Suite("tarjama demo: glossary step")
struct GlossaryDemoTests {
    @Test("the demo suggests the sample's names and finds its pairs clean")
    func demo() throws {
        let result = try TarjamaBinary.run(["demo"], currentDirectory: SharedData.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("كفرنبودة → Kafr Nabuda (exact)"))
        #expect(result.stdout.contains("قلعة المضيق → Qalaat al-Madiq (clitic via و)"))
        #expect(result.stdout.contains("check on the 10 aligned pairs: clean"))
    }
}
