import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("TBX 2008 export and strict TBX language selection")
struct TBXEditionTests {
    static let entries = GlossaryExchangeTests.entries.map { entry in
        var entry = entry
        entry.note = entry.note.replacingOccurrences(of: "\n", with: " ")
        return entry
    }

    func path(_ name: String) throws -> String {
        try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
    }

    @Test("a TBX 2008 glossary is martif with termEntry, langSet and tig, and reads back entry for entry")
    func roundTrip2008() throws {
        let file = try path("g.tbx")
        try TBXWriter.write(Self.entries, to: file, edition: .v2008)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("<martif type=\"TBX-Basic\" xml:lang=\"ar\">"))
        #expect(text.contains("<termEntry id=\"c1\">") && text.contains("<langSet xml:lang=\"en\">") && text.contains("<tig>"))
        #expect(!text.contains("conceptEntry") && !text.contains("langSec"))
        #expect(Set(try TBXReader.read(path: file).map(\.entry)) == Set(Self.entries))
    }

    static let dtd = "ref/specs/tbx/TBXcoreStructV02.dtd"

    @Test(
        "the TBX 2008 written, with the shipped glossary, validates against the 2008 core structure DTD",
        .enabled(if: XMLLint.canValidate(with: dtd), Comment(rawValue: SharedData.missingReason(dtd) + "; " + XMLLint.missingReason)))
    func validates2008() throws {
        let file = try path("g.tbx")
        let shipped = try Glossary.load(paths: [SharedData.repositoryRoot.appendingPathComponent("Glossaries").path])
        try TBXWriter.write(shipped.entries + Self.entries, to: file, edition: .v2008)
        let result = try XMLLint.validate(file, ["--dtdvalid", SharedData.url(Self.dtd)!.path])
        #expect(result.status == 0, "\(result.messages)")
    }

    static let translateToolkit = Python.canImport("translate.storage.tbx")

    @Test(
        "translate-toolkit's TBX reader sees every term and rendering of Tarjama's TBX 2008",
        .enabled(if: translateToolkit, "needs translate-toolkit (pip install translate-toolkit)"))
    func translateToolkitReads2008() throws {
        let file = try path("g.tbx")
        try TBXWriter.write(Self.entries, to: file, edition: .v2008)
        let script = """
            import sys
            from translate.storage import tbx
            store = tbx.tbxfile.parsefile(sys.argv[1])
            for unit in store.units:
                print(unit.source + "\\t" + unit.target)
            """
        let result = try Python.run(script: script, [file])
        try #require(result.status == 0)
        let pairs = Set(result.output.split(separator: "\n").map(String.init))
        let expected = Set(Glossary(entries: Self.entries).sortedEntries.map { "\($0.source)\t\($0.target)" })
        #expect(pairs == expected)
    }

    static let enHu = """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
        <text><body>
        <termEntry id="a"><langSet xml:lang="en"><tig><term>ceasefire</term></tig></langSet>
        <langSet xml:lang="hu"><tig><term>tűzszünet</term></tig></langSet></termEntry>
        <termEntry id="b"><langSet xml:lang="en"><tig><term>convoy</term></tig></langSet></termEntry>
        </body></text></martif>
        """

    @Test("a TBX without the requested languages is refused, naming the languages it has")
    func missingLanguageRefused() throws {
        #expect(throws: GlossaryError.languageNotInFile(file: "en-hu.tbx", language: "ar", found: ["en", "hu"])) {
            try TBXReader.parse(Data(Self.enHu.utf8), file: "en-hu.tbx")
        }
        let arHu = Self.enHu.replacingOccurrences(of: "\"en\"", with: "\"ar\"")
        #expect(throws: GlossaryError.languageNotInFile(file: "ar-hu.tbx", language: "en", found: ["ar", "hu"])) {
            try TBXReader.parse(Data(arHu.utf8), file: "ar-hu.tbx")
        }
        let error = GlossaryError.languageNotInFile(file: "en-hu.tbx", language: "ar", found: ["en", "hu"])
        #expect(error.description.contains("en, hu") && error.description.contains("--source-lang"))
    }

    @Test("concepts lacking one side are counted, not imported half")
    func skippedCounted() throws {
        let reading = try TBXReader.reading(utf8: Array(Self.enHu.utf8), file: "en-hu.tbx", sourceLanguage: "en", targetLanguage: "hu")
        #expect(reading.rows.map(\.entry.target) == ["tűzszünet"])
        #expect(reading.skipped == 1)
        #expect(reading.languages == ["en", "hu"])
    }

    @Test("a first row of two or three cells that names no column is OmegaT's headerless glossary")
    func headerlessDetected() {
        #expect(GlossaryTSV.isHeaderless("إدلب\tIdlib\tprovince\nحلب\tAleppo\n"))
        #expect(GlossaryTSV.isHeaderless("# OmegaT glossary\n\nإدلب\tIdlib\n"))
        #expect(!GlossaryTSV.isHeaderless("source\ttarget\tnote\nإدلب\tIdlib\t\n"))
        #expect(!GlossaryTSV.isHeaderless("Source\tTarget\nإدلب\tIdlib\n"))
        #expect(!GlossaryTSV.isHeaderless("إدلب\tIdlib\tprovince\tplace\n"))
        #expect(!GlossaryTSV.isHeaderless("إدلب Idlib\n"))
    }
}
