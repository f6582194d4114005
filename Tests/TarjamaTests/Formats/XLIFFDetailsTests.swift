import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("XLIFF details other tools rely on: translate=\"no\", approved units, gettext headers")
struct XLIFFDetailsTests {
    static func path(_ name: String) throws -> String {
        try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
    }

    static func file12(_ units: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="bulletin" source-language="ar" target-language="en" datatype="plaintext"><body>
        \(units)
        </body></file></xliff>
        """
    }

    @Test("translate=\"no\" is read from 1.2 and 2.x and written back in both")
    func translateNo() throws {
        let input = try Self.path("in.xlf")
        try Self.file12(
            """
            <trans-unit id="1" resname="b:1"><source>قال مراسل BBC</source><target>the BBC correspondent said</target></trans-unit>
            <trans-unit id="2" resname="b:2" translate="no"><source>BBC Arabic</source></trans-unit>
            """
        ).write(toFile: input, atomically: true, encoding: .utf8)
        let records = try XLIFFReader.readAll(path: input)
        #expect(records.map(\.isTranslatable) == [true, false])
        for version in XLIFFVersion.allCases {
            let output = try Self.path("out-\(version.rawValue).xlf")
            try XLIFFWriter.write(records, to: output, version: version, sourceLanguage: "ar", targetLanguage: "en", original: "b")
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(text.components(separatedBy: "translate=\"no\"").count == 2, "\(version.rawValue)")
            #expect(try XLIFFReader.readAll(path: output).map(\.isTranslatable) == [true, false], "\(version.rawValue)")
        }
    }

    @Test("the flag survives JSONL as \"translate\": false")
    func translateNoInJSONL() throws {
        var record = BilingualRecord(id: "b:2", source: "BBC Arabic", target: "")
        record.isTranslatable = false
        let path = try Self.path("pairs.jsonl")
        try BilingualJSONLWriter.write([record], to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"translate\":false"))
        #expect(try BilingualJSONLReader.readAll(path: path).map(\.isTranslatable) == [false])
        record.isTranslatable = true
        #expect(record.extra["translate"] == nil)
    }

    @Test("1.2 approved=\"yes\" reads as final and a final or confirmed pair writes approved=\"yes\" with state final")
    func approvedMapsBothWays() throws {
        let input = try Self.path("in.xlf")
        try Self.file12(
            """
            <trans-unit id="1" approved="yes"><source>حلب</source><target state="translated">Aleppo</target></trans-unit>
            <trans-unit id="2"><source>حمص</source><target state="translated">Homs</target></trans-unit>
            <trans-unit id="3" approved="yes"><source>حماة</source><target state="signed-off">Hama</target></trans-unit>
            <trans-unit id="4" approved="yes"><source>إدلب</source><target>Idlib</target></trans-unit>
            """
        ).write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try XLIFFReader.readAll(path: input).map(\.status) == [.final, .translated, .reviewed, .final])
        var confirmed = BilingualRecord(id: "b:1", source: "حلب", target: "Aleppo")
        confirmed.status = .confirmed
        let output = try Self.path("out.xlf")
        try XLIFFWriter.write([confirmed], to: output, version: .v1_2, sourceLanguage: "ar", targetLanguage: "en", original: "b")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("approved=\"yes\"") && text.contains("<target state=\"final\">"))
    }

    @Test("po2xliff's gettext header unit is not a segment")
    func gettextHeaderSkipped() throws {
        let input = try Self.path("po.xlf")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
          <file original="news.po" source-language="ar" datatype="po"><body>
            <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header">
              <source>Project-Id-Version: desk
        Content-Type: text/plain; charset=UTF-8
        </source>
              <target state="translated">Project-Id-Version: desk
        </target>
            </trans-unit>
            <trans-unit xml:space="preserve" id="3" approved="yes"><source>وقف إطلاق النار</source><target state="translated">ceasefire</target></trans-unit>
          </body></file></xliff>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let records = try XLIFFReader.readAll(path: input)
        #expect(records.map(\.source) == ["وقف إطلاق النار"])
        #expect(records.map(\.status) == [.final])
    }

    static let translateToolkit = Python.canImport("translate.storage.xliff")

    @Test(
        "translate-toolkit counts confirmed 1.2 units as translated, machine-aligned ones as fuzzy, translate=\"no\" as untranslatable",
        .enabled(if: translateToolkit, "needs translate-toolkit (pip install translate-toolkit)"))
    func translateToolkitView() throws {
        var records = [
            BilingualRecord(id: "b:1", source: "حلب", target: "Aleppo"),
            BilingualRecord(id: "b:2", source: "حمص", target: "Homs"),
            BilingualRecord(id: "b:3", source: "BBC", target: ""),
        ]
        records[0].status = .confirmed
        records[1].status = .translated
        records[2].isTranslatable = false
        let output = try Self.path("out.xlf")
        try XLIFFWriter.write(records, to: output, version: .v1_2, sourceLanguage: "ar", targetLanguage: "en", original: "b")
        let script = """
            import sys
            from translate.storage import xliff
            for unit in xliff.xlifffile.parsefile(sys.argv[1]).units:
                print(unit.istranslated(), unit.isfuzzy(), unit.istranslatable())
            """
        let result = try Python.run(script: script, [output])
        try #require(result.status == 0)
        #expect(
            result.output.split(separator: "\n") == [
                "True False True", "False True True", "False False False",
            ])
    }
}
