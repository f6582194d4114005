import Foundation
import GRDB
import Testing
@testable import Tarjama
import TarjamaText
import TestSupport

@Suite("Exchange metadata: users, dates, usage, props and notes come back out")
struct ExchangeMetadataTests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="3.6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="AR" datatype="plaintext"/>
        <body>
        <tu tuid="desk-7" creationid="hana" creationdate="20160101T120000Z" changeid="omar" changedate="20160102T120000Z" usagecount="3" lastusagedate="20160103T120000Z" datatype="html" segtype="sentence">
          <prop type="x-client">Aleppo desk</prop>
          <note>checked on air</note>
          <tuv xml:lang="AR" creationid="hana"><prop type="x-tuv">one</prop><note>source note</note><seg>وصل الوفد</seg></tuv>
          <tuv xml:lang="EN"><seg>The delegation arrived</seg></tuv>
          <tuv xml:lang="FR"><seg>La délégation est arrivée</seg></tuv>
        </tu>
        <tu creationdate="2016-01-01 12:00"><tuv xml:lang="AR"><seg>غادر الوفد</seg></tuv><tuv xml:lang="EN"><seg>The delegation left</seg></tuv></tu>
        </body></tmx>
        """

    static func file() throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("meta.tmx").path
        try tmx.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the reader keeps creationid, changeid, usage, other attributes, tuv props and notes; a bad date is counted and kept")
    func reads() throws {
        let reader = try TMXReader(path: try Self.file())
        let unit = try #require(try reader.read())
        #expect(unit.metadata.creationId == "hana" && unit.metadata.changeId == "omar")
        #expect(unit.metadata.usageCount == 3)
        #expect(unit.metadata[attribute: "lastusagedate"] == "20160103T120000Z")
        #expect(unit.metadata[attribute: "datatype"] == "html")
        #expect(unit.source.metadata?.notes == ["source note"])
        #expect(unit.source.metadata?.properties == [TranslationProperty(type: "x-tuv", value: "one")])
        #expect(unit.source.metadata?.attributes == [MarkupAttribute(name: "creationid", value: "hana")])
        let second = try #require(try reader.read())
        #expect(second.creationDate == nil)
        #expect(second.metadata[attribute: "creationdate"] == "2016-01-01 12:00")
        #expect(reader.invalidDates == 1)
    }

    @Test(
        "TMX → TMX keeps every attribute, prop, note and variant, and validates against the DTD",
        .enabled(if: XMLLint.canValidate(with: TMXTests.dtd), Comment(rawValue: XMLLint.skipReason(TMXTests.dtd))))
    func tmxRoundTrip() throws {
        let (header, units) = try TMXReader.readAll(path: try Self.file())
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("back.tmx").path
        try TMXWriter.write(units, header: header, to: path)
        #expect(try TMXReader.readAll(path: path).units == units)
        let result = try XMLLint.validateTMX(path)
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test("tm import → tm export gives back the users as creationid/changeid, the tuid, usage, props, notes and the third language")
    func memoryRoundTrip() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        _ = try memory.importTMX(path: try Self.file())
        var found: [MemoryUnit] = []
        try memory.forEachUnit { found.append($0) }
        #expect(found.count == 2)
        #expect(found[0].createdBy == "hana" && found[0].changedBy == "omar")
        #expect(found[0].sourceLanguage == "ar" && found[0].targetLanguage == "en")
        let exported = directory.appendingPathComponent("out.tmx").path
        _ = try memory.exportTMX(to: exported)
        let original = try TMXReader.readAll(path: try Self.file()).units[0]
        let unit = try TMXReader.readAll(path: exported).units[0]
        #expect(unit.tuid == "desk-7")
        #expect(unit.metadata.creationId == "hana" && unit.metadata.changeId == "omar")
        #expect(unit.metadata.usageCount == 3 && unit.metadata[attribute: "datatype"] == "html")
        #expect(unit.creationDate == original.creationDate && unit.changeDate == original.changeDate)
        #expect(unit[property: "x-client"] == "Aleppo desk")
        #expect(unit.notes == ["checked on air"])
        #expect(unit.otherVariants == original.otherVariants)
        #expect(unit.source.metadata == original.source.metadata)
        #expect(!unit.properties.contains { $0.type == "x-created-by" })
    }

    @Test("a store made before inline codes and exchange metadata opens, migrates and reads its units as before")
    func olderStoreOpens() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try TranslationMemory.migrator.migrate(queue, upTo: "v3 qa override")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO unit (contentHash, sourceLang, targetLang, source, target, sourceKey, targetKey, origin)
                        VALUES (1, 'ar', 'en', 'نص قديم', 'old text', 'نص قديم', 'old text', 'imported')
                        """)
            }
        }
        let memory = try TranslationMemory(path: path, create: false)
        var units: [MemoryUnit] = []
        try memory.forEachUnit { units.append($0) }
        #expect(units.count == 1)
        #expect(units.first?.sourceCodes == [] && units.first?.exchange == nil)
        let exported = directory.appendingPathComponent("old.tmx").path
        _ = try memory.exportTMX(to: exported)
        #expect(try TMXReader.readAll(path: exported).units.first?.source.text == "نص قديم")
    }
}
