import Foundation
import Testing
@testable import Tarjama
import TarjamaText
import TestSupport

@Suite("Inline codes: read, carried as placeholders, written back")
struct InlineCodeTests {
    /// A TMX 1.4b file with every inline element: it, bpt/ept (paired by i), ph with a <sub>,
    /// ut, hi, and an ept whose bpt is missing.
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
        <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="html"/>
        <body>
        <tu tuid="a">
          <tuv xml:lang="en"><seg><it pos="begin" x="1">&lt;i></it><bpt i="7" type="bold">&lt;b></bpt>Click <ph x="3" type="image">&lt;img alt="<sub>Start</sub>"></ph> to <hi type="verb">start</hi>.<ept i="7">&lt;/b></ept></seg></tuv>
          <tuv xml:lang="ar"><seg><bpt i="7">&lt;b></bpt>انقر <ph x="3">&lt;img></ph> للبدء<ept i="7">&lt;/b></ept><ut>{\\f1}</ut><ept i="9">&lt;/u></ept></seg></tuv>
        </tu>
        <tu tuid="plain"><tuv xml:lang="en"><seg>No codes {1} here</seg></tuv><tuv xml:lang="ar"><seg>بلا رموز</seg></tuv></tu>
        </body>
        </tmx>
        """

    static func kitFile() throws -> String {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("inline.tmx").path
        try tmx.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("TMX bpt/ept/it/ph/ut/hi become numbered placeholders and codes with their original content")
    func readsTMXCodes() throws {
        let (header, units) = try TMXReader.readAll(path: try Self.kitFile())
        #expect(header.dataType == "html")
        let source = units[0].source
        #expect(source.text == "{1/}{2}Click {3/} to {4}start{/4}.{/2}")
        #expect(source.plainText == "Click to start.")
        #expect(source.codes.map(\.element) == ["it", "bpt", "ph", "hi", "hi", "ept"])
        #expect(source.codes[1].content == "&lt;b&gt;")
        #expect(source.codes[1][attribute: "i"] == "7")
        #expect(source.codes[2].content == "&lt;img alt=\"<sub>Start</sub>\"&gt;")
        #expect(source.codes[5].role == .closing && source.codes[5].id == 2)
        let target = units[0].target
        // Numbered like the source: the bpt/ept is the source's {2}, the image its {3/}.
        #expect(target.text == "{2}انقر {3/} للبدء{/2}{5/}{6/}")
        // An ept without its bpt stands alone rather than closing something else.
        #expect(target.codes[4].element == "ept" && target.codes[4].role == .standalone)
        #expect(units[1].source.text == "No codes {1} here")
        #expect(units[1].source.codes.isEmpty)
        #expect(units[1].source.parts == [.text("No codes {1} here")])
    }

    @Test("a segment's parts are its runs and codes, and text plus codes is the same segment again")
    func partsRoundTrip() throws {
        let units = try TMXReader.readAll(path: try Self.kitFile()).units
        let parts = units[0].source.parts
        #expect(parts.count == 10)
        #expect(parts[2] == .text("Click "))
        let (text, codes) = InlinePart.text(of: parts)
        #expect(text == units[0].source.text && codes == units[0].source.codes)
        // A placeholder naming no code, or of the wrong role, is text.
        let stray = InlinePart.parts(of: "a {/3} b {2/} c", codes: units[0].source.codes)
        #expect(stray == [.text("a {/3} b {2/} c")])
    }

    @Test(
        "written back as TMX the codes keep their elements, attributes and content, and validate against the DTD",
        .enabled(if: XMLLint.canValidate(with: TMXTests.dtd), Comment(rawValue: XMLLint.skipReason(TMXTests.dtd))))
    func tmxRoundTripValidates() throws {
        let (header, units) = try TMXReader.readAll(path: try Self.kitFile())
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("back.tmx").path
        let report = try TMXWriter.write(units, header: header, to: path)
        #expect(report.inlineCodes == 11)
        let result = try XMLLint.validateTMX(path)
        #expect(result.status == 0, "\(result.messages)")
        let back = try TMXReader.readAll(path: path)
        #expect(back.units.map(\.source) == units.map(\.source))
        #expect(back.units.map(\.target.text) == units.map(\.target.text))
        #expect(back.units[0].target.codes.map(\.content) == units[0].target.codes.map(\.content))
        // The ept without its bpt is written as the isolated code TMX has for it.
        #expect(back.units[0].target.codes[4].element == "it")
        #expect(back.header.dataType == "html")
    }

    @Test(
        "placeholders a translator broke still give valid TMX: a lone half becomes <it>, a crossed <hi> becomes bpt/ept",
        .enabled(if: XMLLint.canValidate(with: TMXTests.dtd), Comment(rawValue: XMLLint.skipReason(TMXTests.dtd))))
    func brokenPlaceholdersStayValid() throws {
        let codes = [
            InlineCode(id: 1, role: .opening, element: "hi"), InlineCode(id: 2, role: .opening, element: "hi"),
            InlineCode(id: 1, role: .closing, element: "hi"), InlineCode(id: 2, role: .closing, element: "hi"),
            InlineCode(id: 3, role: .opening, element: "bpt", attributes: [MarkupAttribute(name: "i", value: "3")], content: "&lt;u&gt;"),
            InlineCode(id: 4, role: .standalone, element: "x", attributes: [MarkupAttribute(name: "id", value: "4")]),
        ]
        let variant = TranslationVariant(language: "en", text: "{1}a{2}b{/1}c{/2} {3}d{4/}", codes: codes)
        let unit = TranslationUnit(tuid: "t", source: variant, target: TranslationVariant(language: "ar", text: "أ"))
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("broken.tmx").path
        try TMXWriter.write([unit], header: TMXHeader(sourceLanguage: "en"), to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("<it pos=\"begin\" x=\"3\">&lt;u&gt;</it>"))
        #expect(written.contains("<bpt i=\"1\" x=\"1\"></bpt>a<hi>b<ept i=\"1\"></ept>c</hi>"))
        #expect(written.contains("<ph x=\"4\"></ph>"))
        let result = try XMLLint.validateTMX(path)
        #expect(result.status == 0, "\(result.messages)")
        let back = try TMXReader.readAll(path: path).units[0].source
        #expect(back.text == "{1}a{2}b{/1}c{/2} {3/}d{4/}")
        #expect(back.plainText == "abc d")
    }

    @Test("JSONL carries placeholders in the text and the codes in sourceCodes/targetCodes, and reads them back")
    func jsonlRoundTrip() throws {
        let units = try TMXReader.readAll(path: try Self.kitFile()).units
        let record = BilingualRecord(units[0], fallbackId: "x")
        #expect(record.source == units[0].source.text)
        #expect(record.extra["sourceCodes"]?.arrayValue?.count == 6)
        let line = record.jsonLine
        #expect(line.contains("\"role\":\"opening\""))
        let reader = BilingualJSONLReader(name: "t.jsonl", bytes: Array((line + "\n").utf8))
        let read = try #require(try reader.read())
        #expect(read.sourceCodes == units[0].source.codes)
        #expect(read.targetCodes == units[0].target.codes)
        let unit = TranslationUnit(read, sourceLanguage: "en", targetLanguage: "ar")
        #expect(unit.source == units[0].source)
        // Plain records gain no fields.
        #expect(!BilingualRecord(units[1], fallbackId: "y").jsonLine.contains("Codes"))
    }

    @Test("a JSONL record whose codes are not codes is refused with the field named")
    func badCodesRefused() throws {
        let line = #"{"id":"a","source":"x {1/}","target":"y","sourceCodes":[{"id":0,"role":"opening","element":"g"}]}"# + "\n"
        let reader = BilingualJSONLReader(name: "bad.jsonl", bytes: Array(line.utf8))
        let error = #expect(throws: FormatError.self) { try reader.read() }
        #expect(error?.description.contains("sourceCodes") == true)
        #expect(error?.description.contains("x {1/}") == false)
    }

    @Test("convert to TSV keeps the placeholders and counts the codes it drops; to TMX it keeps them and the datatype")
    func convertReportsDrops() throws {
        let input = try Self.kitFile()
        let directory = try TarjamaBinary.temporaryDirectory()
        let tsv = TranslationMemoryJob(inputs: [(input, .tmx)], output: directory.appendingPathComponent("o.tsv").path, outputFormat: .tsv)
        let tsvReport = try tsv.run()
        #expect(tsvReport.export.droppedCodes == 11)
        #expect(tsvReport.export.unitsWithDroppedCodes == 1)
        #expect(tsvReport.export.droppedCodesSummary?.contains("11 inline code(s)") == true)
        let tmxPath = directory.appendingPathComponent("o.tmx").path
        let tmx = TranslationMemoryJob(inputs: [(input, .tmx)], output: tmxPath, outputFormat: .tmx)
        let tmxReport = try tmx.run()
        #expect(tmxReport.export.droppedCodes == 0 && tmxReport.export.inlineCodes == 11)
        let back = try TMXReader.readAll(path: tmxPath)
        #expect(back.header.dataType == "html")
        #expect(back.units[0].source.codes.count == 6)
    }

    @Test("TM matching ignores codes but charges a point for them; export gives the codes back")
    func memoryMatchesWithoutCodes() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        let tmx = try Self.kitFile()
        let report = try memory.importTMX(path: tmx)
        #expect(report.unitsAdded == 2)
        let plain = try memory.lookup("Click to start.", sourceLanguage: "en")
        #expect(plain.first?.percentage == 99)
        let source = try TMXReader.readAll(path: tmx).units[0].source
        let withCodes = try memory.lookup(source.text, codes: source.codes, sourceLanguage: "en")
        #expect(withCodes.first?.percentage == 100)
        let exported = directory.appendingPathComponent("export.tmx").path
        _ = try memory.exportTMX(to: exported)
        let units = try TMXReader.readAll(path: exported).units
        #expect(units.first { $0.source.text.hasPrefix("{1/}") }?.source.codes == source.codes)
    }

    @Test(
        "ImportTest2C of the LISA kit: every code of every variant comes back through TMX, JSONL and the memory",
        .enabled(if: SharedData.has(TMXTests.kit), Comment(rawValue: SharedData.missingReason(TMXTests.kit))))
    func lisaInline() throws {
        let folder = try #require(SharedData.url(TMXTests.kit))
        let path = folder.appendingPathComponent("ImportTest2C.tmx").path
        let units = try TMXReader.readAll(path: path).units
        #expect(units[0].source.text == "{1/}{2}Click {3/} to {4}start{/4}.{/2}")
        #expect(units[0].variants.allSatisfy { $0.codes.count == 6 })
        #expect(!units[0].variants.contains { $0.plainText.contains("  ") })
        let records = units.map { BilingualRecord($0, fallbackId: "u") }
        for (record, unit) in zip(records, units) {
            #expect(record.sourceCodes == unit.source.codes && record.targetCodes == unit.target.codes)
        }
    }

    @Test("QA reports the source's codes missing from the target, and is silent when all are there")
    func qaMissingCodes() throws {
        let units = try TMXReader.readAll(path: try Self.kitFile()).units
        var record = BilingualRecord(units[0], fallbackId: "a")
        var checker = SegmentChecker()
        // The kit's own target has no <it> and no <hi>.
        #expect(try checker.check(record, line: 1).filter { $0.kind == .missingInlineCode }.first?.found == "{1/} {4} {/4}")
        // The translator typed the target by hand and left out the image and the closing tag.
        record.target = "{1/}{2}انقر للبدء"
        record.targetCodes = []
        let findings = try checker.check(record, line: 2).filter { $0.kind == .missingInlineCode }
        #expect(findings.count == 1)
        #expect(findings.first?.found == "{3/} {4} {/4} {/2}")
        #expect(findings.first?.severity == .error)
        var plain = BilingualRecord(units[1], fallbackId: "b")
        plain.target = "no placeholders"
        #expect(try checker.check(plain, line: 3).allSatisfy { $0.kind != .missingInlineCode })
    }
}
