import Foundation
import Testing
@testable import Tarjama
import TarjamaText
import TestSupport

@Suite("Inline codes through XLIFF 2.1 and 1.2")
struct XLIFFInlineTests {
    static let xliff12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.html" source-language="en" target-language="ar" datatype="html"><body>
        <trans-unit id="1"><source>Press <g id="1" ctype="bold">Start</g><x id="2"/> now <bpt id="3">&lt;u></bpt>here<ept id="3">&lt;/u></ept><ph id="4">&lt;br/></ph></source>
        <target>اضغط <g id="1" ctype="bold">ابدأ</g><x id="2"/> الآن <bpt id="3">&lt;u></bpt>هنا<ept id="3">&lt;/u></ept><ph id="4">&lt;br/></ph></target></trans-unit>
        </body></file></xliff>
        """

    static let xliff2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
        <file id="f1"><unit id="u1">
        <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;img/&gt;</data></originalData>
        <segment><source>Go <sc id="1" dataRef="d1"/>now<ec startRef="1" dataRef="d2"/><ph id="2" dataRef="d3"/> and <pc id="3">here</pc></source>
        <target>اذهب <sc id="1" dataRef="d1"/>الآن<ec startRef="1" dataRef="d2"/><ph id="2" dataRef="d3"/> و<pc id="3">هنا</pc></target></segment>
        </unit></file></xliff>
        """

    static func file(_ text: String, _ name: String) throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("XLIFF 1.2 g/x/bpt/ept/ph and XLIFF 2 sc/ec/ph/pc become placeholders, with originalData as content")
    func reads() throws {
        let one = try XLIFFReader.readAll(path: try Self.file(Self.xliff12, "a.xlf"))[0]
        #expect(one.source == "Press {1}Start{/1}{2/} now {3}here{/3}{4/}")
        #expect(one.target == "اضغط {1}ابدأ{/1}{2/} الآن {3}هنا{/3}{4/}")
        #expect(one.sourceCodes.map(\.element) == ["g", "g", "x", "bpt", "ept", "ph"])
        #expect(one.sourceCodes[0][attribute: "ctype"] == "bold")
        #expect(one.sourceCodes[3].content == "&lt;u&gt;")
        let two = try XLIFFReader.readAll(path: try Self.file(Self.xliff2, "b.xlf"))[0]
        #expect(two.source == "Go {1}now{/1}{2/} and {3}here{/3}")
        #expect(two.sourceCodes[0].content == "&lt;b&gt;")
        #expect(two.sourceCodes[2].content == "&lt;img/&gt;")
        #expect(two.targetCodes.count == 5)
    }

    @Test(
        "written as XLIFF 2.1 and 1.2 and read back, the placeholders and markup are the same",
        arguments: [XLIFFVersion.v2_1, .v1_2])
    func roundTrip(version: XLIFFVersion) throws {
        for (input, name) in [(Self.xliff12, "a.xlf"), (Self.xliff2, "b.xlf")] {
            let records = try XLIFFReader.readAll(path: try Self.file(input, name))
            let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("out.xlf").path
            let report = try XLIFFWriter.write(
                records, to: path, version: version, sourceLanguage: "en", targetLanguage: "ar", original: name)
            #expect(report.inlineCodes == records[0].sourceCodes.count + records[0].targetCodes.count)
            let back = try XLIFFReader.readAll(path: path)
            #expect(back.map(\.source) == records.map(\.source), "\(name)")
            #expect(back.map(\.target) == records.map(\.target), "\(name)")
            #expect(back[0].sourceCodes.map(\.content) == records[0].sourceCodes.map(\.content), "\(name)")
            #expect(back[0].sourceCodes.map(\.role) == records[0].sourceCodes.map(\.role), "\(name)")
        }
    }

    @Test(
        "XLIFF with codes validates against the XLIFF 2 core schema",
        .enabled(if: XMLLint.canValidate(with: XLIFFTests.schema2), Comment(rawValue: XMLLint.skipReason(XLIFFTests.schema2))))
    func validates2() throws {
        var records = try XLIFFReader.readAll(path: try Self.file(Self.xliff12, "a.xlf"))
        records += try XLIFFReader.readAll(path: try Self.file(Self.xliff2, "b.xlf")).map { record in
            var record = record
            record.id = "b"
            // A closing half deleted by a translator: the opening is written isolated.
            record.target = record.target.replacingOccurrences(of: "{/1}", with: "")
            return record
        }
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("v.xlf").path
        try XLIFFWriter.write(records, to: path, version: .v2_1, sourceLanguage: "en", targetLanguage: "ar", original: "a")
        let result = try XMLLint.validateXLIFF2(path)
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test(
        "XLIFF 1.2 with codes validates against the strict 1.2 schema",
        .enabled(
            if: XMLLint.canValidate(with: XLIFFTests.schema1, XLIFFTests.xmlSchema),
            Comment(rawValue: XMLLint.skipReason(XLIFFTests.schema1, XLIFFTests.xmlSchema))))
    func validates1() throws {
        let tmx = try InlineCodeTests.kitFile()
        let records =
            try TMXReader.readAll(path: tmx).units.map { BilingualRecord($0, fallbackId: "u") }
            + XLIFFReader.readAll(path: try Self.file(Self.xliff2, "b.xlf"))
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("v.xlf").path
        try XLIFFWriter.write(
            records.enumerated().map { index, record in
                var record = record
                record.id = "r\(index)"
                return record
            }, to: path, version: .v1_2, sourceLanguage: "en", targetLanguage: "ar", original: "a")
        let schema = try String(contentsOf: try #require(SharedData.url(XLIFFTests.schema1)), encoding: .utf8)
            .replacingOccurrences(of: "http://www.w3.org/2001/xml.xsd", with: try #require(SharedData.url(XLIFFTests.xmlSchema)).path)
        let schemaPath = directory.appendingPathComponent("xliff12.xsd").path
        try schema.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        let result = try XMLLint.validate(path, ["--schema", schemaPath])
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test("TMX codes survive TMX → XLIFF → TMX with the same placeholders")
    func tmxThroughXLIFF() throws {
        let tmx = try InlineCodeTests.kitFile()
        let directory = try TarjamaBinary.temporaryDirectory()
        let xliff = directory.appendingPathComponent("k.xlf").path
        _ = try XLIFFConversion.export(input: tmx, output: xliff, version: .v2_1)
        let back = directory.appendingPathComponent("k.tmx").path
        _ = try XLIFFConversion.import(input: xliff, output: back, format: .tmx)
        let original = try TMXReader.readAll(path: tmx).units
        let units = try TMXReader.readAll(path: back).units
        #expect(units.map(\.source.text) == original.map(\.source.text))
        #expect(units.map(\.target.text) == original.map(\.target.text))
        #expect(units[0].source.codes.map(\.content) == original[0].source.codes.map(\.content).map(XLIFFWriter.unwrapped))
    }
}
