import Foundation
import Testing
import TestSupport

@Suite("tarjama tm and pretranslate (end to end)")
struct TMCommandTests {
    @Test("import, lookup, concordance, stats and export work on one memory file")
    func roundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let pairs = directory.appendingPathComponent("news.jsonl")
        try MemoryFiles.bilingual.write(to: pairs, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("tm.sqlite").path

        let imported = try TarjamaBinary.run(["tm", "import", pairs.path, "--db", db, "--origin", "aligned"])
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        #expect(imported.stdout.contains("3 units read, 3 added"))
        let again = try TarjamaBinary.run(["tm", "import", pairs.path, "--db", db])
        #expect(again.stdout.contains("0 added, 3 already in the memory"))

        let lookup = try TarjamaBinary.run(["tm", "lookup", "وصل وفد الهلال الأحمر الى مدينة حماه صباح اليوم.", "--db", db])
        #expect(lookup.status == 0, "stderr: \(lookup.stderr)")
        #expect(lookup.stdout.contains("97%"))
        #expect(lookup.stdout.contains("[الاحمر]") && lookup.stdout.contains("[حماة]"))

        let json = try TarjamaBinary.run([
            "tm", "lookup", "ارسلت الوزارة خمسين حافلة لنقل الطلاب الى المدرسة.", "--db", db, "--format", "jsonl",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let match = try #require((object["matches"] as? [[String: Any]])?.first)
        #expect(match["match"] as? Int == 87)
        let difference = try #require((match["differences"] as? [[String: Any]])?.first)
        #expect(difference["kind"] as? String == "changed")
        #expect(difference["queryStart"] as? Int == 42 && difference["queryEnd"] as? Int == 49)

        let concordance = try TarjamaBinary.run(["tm", "concordance", "والحافلة", "--db", db])
        #expect(concordance.stdout.contains("[حافلة]"))
        let english = try TarjamaBinary.run(["tm", "concordance", "Red Crescent", "--side", "target", "--db", db])
        #expect(english.stdout.contains("[Red Crescent]"))

        let stats = try TarjamaBinary.run(["tm", "stats", "--check", "--db", db])
        #expect(stats.stdout.contains("units: 3") && stats.stdout.contains("origin aligned: 3") && stats.stdout.contains("integrity: ok"))

        let tmx = directory.appendingPathComponent("out.tmx").path
        #expect(try TarjamaBinary.run(["tm", "export", "-o", tmx, "--db", db]).status == 0)
        let copy = directory.appendingPathComponent("copy.sqlite").path
        let reimport = try TarjamaBinary.run(["tm", "import", tmx, "--db", copy])
        #expect(reimport.stdout.contains("3 units read, 3 added"), "stderr: \(reimport.stderr)")
        #expect(try TarjamaBinary.run(["tm", "stats", "--db", copy]).stdout.contains("origin aligned: 3"))

        let deleted = try TarjamaBinary.run(["tm", "delete", "--document", "news", "--db", db])
        #expect(deleted.stdout.contains("3 units removed"))
    }

    @Test("pretranslate fills the empty target with the best match, marks it and keeps unknown fields")
    func pretranslate() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let pairs = directory.appendingPathComponent("news.jsonl")
        try MemoryFiles.bilingual.write(to: pairs, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try TarjamaBinary.run(["tm", "import", pairs.path, "--db", db]).status == 0)

        let draft = directory.appendingPathComponent("draft.jsonl")
        try """
        {"id":"today:1","source":"ارسلت الوزارة خمسين حافلة لنقل الطلاب الى المدرسة.","target":"","reviewer":"hana"}
        {"id":"today:2","source":"انخفضت درجات الحرارة في الساحل.","target":""}
        {"id":"today:3","source":"وصل وفد الهلال الاحمر الى مدينة حماة صباح اليوم.","target":"Already done."}

        """.write(to: draft, atomically: true, encoding: .utf8)
        let result = try TarjamaBinary.run(["pretranslate", draft.path, "--db", db, "--threshold", "80"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("1 fuzzy, 1 without a match, 1 already translated"))
        let lines = try String(contentsOf: draft, encoding: .utf8).split(separator: "\n")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["target"] as? String == "The ministry sent fifty buses to carry students to the university.")
        #expect(first["match"] as? Int == 87)
        #expect(first["score"] as? Double == 0.87)
        #expect(first["reviewer"] as? String == "hana")
        #expect(lines[1].contains("\"target\":\"\""))
        #expect(lines[2].contains("Already done."))
    }

    @Test("the demo builds a memory from the sample and finds the sentence spelled إدلب and حماة")
    func demoStep() throws {
        let result = try TarjamaBinary.run(["demo"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Translation memory: stored 10 aligned pairs"))
        #expect(result.stdout.contains("99% match (spelling, spelling differences in [ ])"))
        #expect(result.stdout.contains("ريف [ادلب] الشرقي وريف [حماه] الشمالي"))
    }

    @Test("bad input is refused with exit 1 and one line naming the file; usage errors exit 2")
    func refusals() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let truncated = directory.appendingPathComponent("cut.tmx")
        let whole = MemoryFiles.tmx(units: 50)
        try String(whole.prefix(whole.count / 2)).write(to: truncated, atomically: true, encoding: .utf8)
        let result = try TarjamaBinary.run(["tm", "import", truncated.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cut.tmx") && result.stderr.contains("rolled back"))
        #expect(try TarjamaBinary.run(["tm", "stats", "--db", db]).stdout.contains("units: 0"))

        #expect(try TarjamaBinary.run(["tm", "import", "notes.txt", "--db", db]).status == 2)
        #expect(try TarjamaBinary.run(["tm", "delete", "--db", db]).status == 2)
        #expect(try TarjamaBinary.run(["pretranslate", "x.jsonl", "--threshold", "0", "--db", db]).status == 2)
        let notADatabase = directory.appendingPathComponent("notes.sqlite")
        try "just text, not a database".write(to: notADatabase, atomically: true, encoding: .utf8)
        let refused = try TarjamaBinary.run(["tm", "stats", "--db", notADatabase.path])
        #expect(refused.status == 1 && refused.stderr.contains("notes.sqlite"))
    }
}

@Suite("tarjama tm: a unit confirmed over QA errors")
struct TMQAOverrideCommandTests {
    @Test("the reason a unit was confirmed over QA errors survives TMX import and export and shows in lookups")
    func overrideRoundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let tmx = directory.appendingPathComponent("desk.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="ar" datatype="plaintext"/>
        <body><tu><prop type="x-qa-override">the source misprints the figure</prop>
        <tuv xml:lang="ar"><seg>وصلت تسع وعشرين حافلة إلى حماة.</seg></tuv><tuv xml:lang="en"><seg>92 buses arrived in Hama.</seg></tuv></tu>
        </body></tmx>
        """.write(to: tmx, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try TarjamaBinary.run(["tm", "import", tmx.path, "--db", db]).status == 0)
        let lookup = try TarjamaBinary.run(["tm", "lookup", "وصلت تسع وعشرين حافلة إلى حماة.", "--db", db, "--format", "jsonl"])
        let object = try #require(try JSONSerialization.jsonObject(with: lookup.stdoutData) as? [String: Any])
        let match = try #require((object["matches"] as? [[String: Any]])?.first)
        #expect(match["qaOverride"] as? String == "the source misprints the figure")
        let exported = directory.appendingPathComponent("out.tmx")
        #expect(try TarjamaBinary.run(["tm", "export", "--output", exported.path, "--db", db]).status == 0)
        #expect(
            try String(contentsOf: exported, encoding: .utf8).contains(
                "<prop type=\"x-qa-override\">the source misprints the figure</prop>"))
    }
}
