import Foundation
import Testing
import TestSupport

@Suite("tarjama xliff (end to end)")
struct XliffCommandTests {
    @Test("export to XLIFF 2.1 and import back gives the same records, glossary suggestions included")
    func roundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try TmxCommandTests.pairs(in: directory)
        var lines = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] =
            #"{"id":"news:3","source":"وفي مدينة حماة ارتفعت الحركة التجارية","target":"In Hama, trade rose","sourceLang":"ar","targetLang":"en","status":"reviewed","score":0.75,"bead":"1-1","suggestions":[{"source":"حماة","rendering":"Hama","alternatives":["Hamah"],"type":"place"}]}"#
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let xliff = directory.appendingPathComponent("pairs.xlf").path
        let export = try TarjamaBinary.run(["xliff", "export", input, "-o", xliff])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote 4 units (XLIFF 2.1)"))
        let back = directory.appendingPathComponent("back.jsonl").path
        let result = try TarjamaBinary.run(["xliff", "import", xliff, "-o", back])
        #expect(result.status == 0, "\(result.stderr)")
        let roundTripped = try String(contentsOfFile: back, encoding: .utf8).split(separator: "\n").map(String.init)
        // XLIFF always carries a state, so records without a status come back with the derived one.
        lines[1] = lines[1].replacingOccurrences(of: #""targetLang":"en","score""#, with: #""targetLang":"en","status":"initial","score""#)
        lines[3] = lines[3].replacingOccurrences(
            of: #""targetLang":"en","score""#, with: #""targetLang":"en","status":"translated","score""#)
        #expect(roundTripped == lines)
    }

    @Test("an unknown XLIFF version is a usage error; a malformed XLIFF is refused and nothing is written")
    func refusals() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let usage = try TarjamaBinary.run(["xliff", "export", "x.jsonl", "-o", "x.xlf", "--xliff-version", "3.0"])
        #expect(usage.status == 2)
        let bad = directory.appendingPathComponent("bad.xlf").path
        try #"<xliff version="2.1" srcLang="ar"><file id="f"><unit id="u"><segment><source>نص</target>"#.write(
            toFile: bad, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.jsonl").path
        let result = try TarjamaBinary.run(["xliff", "import", bad, "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.xlf:1:80: end tag </target> does not match <source>"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
