import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("Glossary import and export")
struct GlossaryExchangeTests {
    static let entries = [
        GlossaryEntry(
            source: "الفوعة", target: "Foua", note: "besieged, with Kafraya", type: .place,
            variants: ["الفوعا"], alternatives: ["Fuaa", "al-Fouaa"], forbidden: ["Fou'a"]),
        GlossaryEntry(
            source: "حزب الله", target: "Hezbollah", note: "says \"resistance\"; Lebanese", type: .organisation,
            forbidden: ["Hizballah"]),
        GlossaryEntry(
            source: "مجلس الشعب", target: "People's Assembly", note: "parliament,\nnot a council", type: .organisation,
            alternatives: ["parliament"]),
        GlossaryEntry(source: "وقف إطلاق النار", target: "ceasefire & truce <talks>", type: .term),
    ]

    func path(_ name: String) throws -> String {
        try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
    }

    @Test("CSV round trip keeps quotes, commas and line breaks inside fields")
    func csvRoundTrip() throws {
        let file = try path("g.csv")
        try GlossaryCSV.write(Self.entries, to: file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\"says \"\"resistance\"\"; Lebanese\""))
        #expect(text.contains("\"parliament,\nnot a council\""))
        #expect(Set(try GlossaryCSV.read(path: file).map(\.entry)) == Set(Self.entries))
    }

    @Test("CSV without a header is source, target, note; records say on which line they start")
    func csvPositional() throws {
        let rows = try GlossaryCSV.parse("حلب,Aleppo,\"city,\nnorth\"\r\nحمص,Homs\r\n", file: "x.csv")
        #expect(rows.map(\.entry.target) == ["Aleppo", "Homs"])
        #expect(rows.map(\.line) == [1, 3])
        #expect(rows[0].entry.note == "city,\nnorth")
    }

    @Test("broken CSV quoting is refused with line and column")
    func csvBroken() {
        #expect(throws: GlossaryError.malformed(file: "x.csv", line: 2, column: 5, reason: "a quoted field is never closed")) {
            try GlossaryCSV.parse("source,target\nحلب,\"Aleppo\n", file: "x.csv")
        }
        #expect(throws: GlossaryError.self) { try GlossaryCSV.parse("حلب,\"Aleppo\"x\n", file: "x.csv") }
    }

    @Test("CSV rows are checked as TSV rows are: a bad type, an empty target, a source with nothing to match")
    func csvRowChecks() {
        #expect(throws: GlossaryError.emptyField(file: "x.csv", line: 2, column: "target")) {
            try GlossaryCSV.parse("source,target\nحلب,\n", file: "x.csv")
        }
        #expect(throws: GlossaryError.invalidValue(file: "x.csv", line: 2, column: "source", reason: "it has no letters or digits")) {
            try GlossaryCSV.parse("source,target\n--,Aleppo\n", file: "x.csv")
        }
        #expect(throws: GlossaryError.self) { try GlossaryCSV.parse("source,target,type\nحلب,Aleppo,planet\n", file: "x.csv") }
    }

    @Test("OmegaT TSV round trip keeps source, target and note")
    func omegatRoundTrip() throws {
        let file = try path("g.txt")
        let simple = Self.entries.filter { !$0.note.contains("\n") }
        try OmegaTGlossary.write(simple, to: file)
        let read = try OmegaTGlossary.read(path: file).map(\.entry)
        #expect(read.map(\.source) == Glossary(entries: simple).sortedEntries.map(\.source))
        #expect(read.map(\.note) == Glossary(entries: simple).sortedEntries.map(\.note))
        #expect(throws: GlossaryError.missingColumn(file: file, line: 1, column: "target")) {
            try OmegaTGlossary.parse("حلب Aleppo\n", file: file)
        }
    }

    @Test("TBX round trip keeps type, note, variants, alternatives and forbidden renderings")
    func tbxRoundTrip() throws {
        let file = try path("g.tbx")
        // XML white space inside a note is not significant: a line break reads as a space.
        let entries = Self.entries.map { entry in
            var entry = entry
            entry.note = entry.note.replacingOccurrences(of: "\n", with: " ")
            return entry
        }
        try TBXWriter.write(entries, to: file)
        #expect(Set(try TBXReader.read(path: file).map(\.entry)) == Set(entries))
    }

    static let schema = "ref/specs/tbx/TBXcoreStructV03.rng"
    static let hasXmllint = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")

    @Test(
        "the TBX written validates against the TBX v3 core schema (xmllint --relaxng)",
        .enabled(if: SharedData.has(schema), Comment(rawValue: SharedData.missingReason(schema))),
        .enabled(if: hasXmllint, "needs xmllint (apt-get install libxml2-utils)"))
    func tbxValidates() throws {
        let file = try path("g.tbx")
        let shipped = try Glossary.load(paths: [SharedData.repositoryRoot.appendingPathComponent("Glossaries").path])
        try TBXWriter.write(shipped.entries + Self.entries, to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--relaxng", SharedData.url(Self.schema)!.path, file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test(
        "the TBX-Basic v3 sample reads the 39 of its 45 concepts that have both en and es",
        .enabled(
            if: SharedData.has("ref/samples/tbx/Example_Astronomy_DCA_VALID.tbx"),
            Comment(rawValue: SharedData.missingReason("ref/samples/tbx/Example_Astronomy_DCA_VALID.tbx"))))
    func tbxV3Sample() throws {
        let rows = try TBXReader.read(
            path: SharedData.url("ref/samples/tbx/Example_Astronomy_DCA_VALID.tbx")!.path,
            sourceLanguage: "en", targetLanguage: "es")
        #expect(rows.count == 39)
        let cluster = try #require(rows.first { $0.entry.source == "open cluster" })
        #expect(cluster.entry.variants.contains("galactic cluster"))
        #expect(!cluster.entry.target.isEmpty)
    }

    @Test(
        "the TBX 2008 martif sample (with a BOM and a DOCTYPE) reads en → hu",
        .enabled(
            if: SharedData.has("ref/samples/tbx/sampleTBXfile.tbx"),
            Comment(rawValue: SharedData.missingReason("ref/samples/tbx/sampleTBXfile.tbx"))))
    func tbx2008Sample() throws {
        let rows = try TBXReader.read(
            path: SharedData.url("ref/samples/tbx/sampleTBXfile.tbx")!.path,
            sourceLanguage: "en", targetLanguage: "hu")
        #expect(rows.map(\.entry.source) == ["alpha smoothing factor"])
        #expect(rows.map(\.entry.target) == ["hu translation"])
    }

    @Test("a truncated TBX is refused with line and column, whatever XMLParser's return value")
    func tbxTruncated() throws {
        let full = TBXWriter.text(of: Self.entries)
        let cut = String(full.prefix(full.count * 2 / 3))
        #expect(throws: GlossaryError.self) { try TBXReader.parse(Data(cut.utf8), file: "cut.tbx") }
        do {
            _ = try TBXReader.parse(Data(cut.utf8), file: "cut.tbx")
        } catch {
            guard case let .truncated(file, line, _) = error else { Issue.record("expected truncated, got \(error)"); return }
            #expect(file == "cut.tbx" && line > 1)
        }
    }

    @Test("a TBX declaring an external entity is refused and nothing is read")
    func tbxExternalEntity() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <tbx type="TBX-Basic" style="dca" xml:lang="ar"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
            <text><body><conceptEntry id="c1"><langSec xml:lang="ar"><termSec><term>حلب</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """
        #expect {
            try TBXReader.parse(Data(xml.utf8), file: "evil.tbx")
        } throws: { error in
            guard case let GlossaryError.unsafe(file, line, _, _) = error else { return false }
            return file == "evil.tbx" && line == 2
        }
    }

    static let csv2tbxTool: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return (path.split(separator: ":").map { "\($0)/csv2tbx" } + ["/root/.pyenv/shims/csv2tbx"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(
        "what translate-toolkit's csv2tbx writes reads back as the CSV's entries",
        .enabled(if: csv2tbxTool != nil, "needs translate-toolkit's csv2tbx (pip install translate-toolkit)"))
    func csv2tbx() throws {
        let tool = try #require(Self.csv2tbxTool)
        let directory = try TarjamaBinary.temporaryDirectory()
        let csv = directory.appendingPathComponent("in.csv").path
        let tbx = directory.appendingPathComponent("out.tbx").path
        try "\"source\",\"target\"\n\"حلب\",\"Aleppo\"\n\"مجلس الشعب\",\"People's Assembly\"\n\"حزب الله\",\"Hezbollah & allies\"\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [csv, tbx]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "csv2tbx failed")
        // csv2tbx tags its columns en and xx whatever they hold; the import names them.
        #expect(throws: GlossaryError.self) { try TBXReader.read(path: tbx) }
        let rows = try TBXReader.read(path: tbx, sourceLanguage: "en", targetLanguage: "xx")
        #expect(rows.map(\.entry.source) == ["حلب", "مجلس الشعب", "حزب الله"])
        #expect(rows.map(\.entry.target) == ["Aleppo", "People's Assembly", "Hezbollah & allies"])
    }
}
