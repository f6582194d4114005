import Foundation
import Testing
import TestSupport

@Suite("tarjama demo (end to end)")
struct DemoCommandTests {
    @Test("the demo runs every step of the pipeline on the bundled sample, in order")
    func demoRunsEveryStep() throws {
        let result = try TarjamaBinary.run(["demo"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let steps = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.map { String($0.prefix(12)) }
        #expect(
            steps == [
                "1. Decoded t", "2. Text serv", "3. Segmented", "4. Aligned t",
                "5. Glossary ", "6. Wrote the", "7. Translati", "8. Served th",
            ])
        #expect(result.stdout.contains("Segmented the Arabic transcript into 10 sentences"))
        #expect(result.stdout.contains("13 cues give 9 sentences"))
        #expect(result.stdout.contains("   [00:00:00.000 → 00:00:05.900]  أعلنت محافظة حلب"))
        #expect(
            result.stdout.contains(
                "news forms: 76.000 = 76000, 2020 = 2020, 000 228 = 228000, التاسعة والستين = 69 (ordinal), ٢٫٥ = 2.5, يومين = 2 (dual), 19 = 19, 30 = 30 (minutes), ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ = too large, flagged"
            ))
        #expect(result.stdout.contains("left out): سلمية → Salamiyah; العقوبات → sanctions"))
        #expect(
            result.stdout.contains(
                "وقف لإطلاق النار → ceasefire (split); 15 كانون الأول 2016 → 15 December 2016 (date); غارات جوية → air strikes (indefinite); لاجئين → refugees (contracted)"
            ))
        #expect(result.stdout.contains("1-1  score 1.00  demo.ar:10 ↔ demo.en:10"))
        #expect(result.stdout.contains("The glossary went out as TBX 2008 (demo-glossary.tbx,"))
        #expect(result.stdout.contains("then aligns again with them): حماه ↔ hama, حلب ↔ aleppo, نقل ↔ transport, طريق ↔ road\n"))
        #expect(result.stdout.contains("term: \"Hamah\" at 15–20 of the draft → \"Hama\""))
        #expect(result.stdout.contains("number: \"200\" at 115–118 of the draft → \"20\""))
        // QA stops the confirmation of the wrong draft with 422 and its errors; the fixed draft confirms.
        #expect(result.stdout.contains("POST …/confirm?qa=block → 422 qa_errors: forbidden-rendering"))
        #expect(result.stdout.contains("number-mismatch (number عشرين = 20 in the source, but 200 in the target)"))
        #expect(result.stdout.contains("POST …/confirm?qa=block → status confirmed, version 5, 0 QA error(s)"))
        let stop = try #require(result.stdout.range(of: "→ 422 qa_errors"))
        let confirm = try #require(result.stdout.range(of: "→ status confirmed"))
        #expect(stop.lowerBound < confirm.lowerBound)
        #expect(result.stdout.contains("GET /v1/memory/lookup → 100%: In the city of Hama,"))
        #expect(result.stdout.contains("had risen by 20 percent"))
        #expect(!result.stderr.contains("error"), "the embedded service shuts down cleanly: \(result.stderr)")
    }

    @Test(
        "the demo writes a TMX that validates, an XLIFF 2.1 that validates, and a memory, to --output",
        .enabled(if: XMLLint.canValidate(with: "ref/specs/tmx/tmx14.dtd"), Comment(rawValue: XMLLint.skipReason("ref/specs/tmx/tmx14.dtd")))
    )
    func demoWritesFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demo-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try TarjamaBinary.run(["demo", "--output", directory.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let tmx = directory.appendingPathComponent("demo.tmx").path
        let tmxCheck = try XMLLint.validateTMX(tmx)
        #expect(tmxCheck.status == 0, "\(tmxCheck.messages)")
        let tmxText = try String(contentsOfFile: tmx, encoding: .utf8)
        #expect(tmxText.components(separatedBy: "<tu ").count - 1 == 10)
        if SharedData.has("ref/specs/xliff-2.1/xliff_core_2.0.xsd") {
            let xliffCheck = try XMLLint.validateXLIFF2(directory.appendingPathComponent("demo.xlf").path)
            #expect(xliffCheck.status == 0, "\(xliffCheck.messages)")
        }
        let stats = try TarjamaBinary.run(["tm", "stats", "--db", directory.appendingPathComponent("demo.sqlite").path])
        #expect(stats.status == 0, "stderr: \(stats.stderr)")
        #expect(stats.stdout.contains("10"))
    }

    @Test("the demo runs again into the same --output directory and shows the same steps (its stores start empty)")
    func demoRunsTwice() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let first = try TarjamaBinary.run(["demo", "--output", directory.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let second = try TarjamaBinary.run(["demo", "--output", directory.path])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains("stored 10 aligned pairs in demo.sqlite"))
        #expect(second.stdout.contains("8. Served th"))
    }

    @Test("an unknown subcommand is a usage error (exit 64 from ArgumentParser is mapped to 2)")
    func unknownSubcommand() throws {
        let result = try TarjamaBinary.run(["no-such-command"])
        #expect(result.status == 2)
    }
}
