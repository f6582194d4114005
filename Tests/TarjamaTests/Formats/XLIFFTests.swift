import Foundation
import Testing
import Tarjama
import TestSupport

@Suite("XLIFF 2.1 and 1.2 export and import")
struct XLIFFTests {
    static let schema2 = "ref/specs/xliff-2.1/xliff_core_2.0.xsd"
    static let schema1 = "ref/specs/xliff-1.2/xliff-core-1.2-strict.xsd"
    /// The W3C schema for xml:lang and xml:space, which the 1.2 schema imports.
    static let xmlSchema = "ref/specs/w3c/xml.xsd"

    /// The demo pairs with statuses across the workflow and glossary suggestions on two.
    static func records() -> [BilingualRecord] {
        var records = BilingualFileTests.demoRecords()
        let statuses: [BilingualStatus?] = [.initial, .translated, .reviewed, .final, "aligned", nil]
        for index in records.indices { records[index].status = statuses[index % statuses.count] }
        records[0].target = ""
        records[0].suggestions = .array([
            BilingualSuggestion(start: 4, end: 10, source: "محافظة حلب", rendering: "Aleppo governorate", type: "place", match: "exact")
                .json
        ])
        records[4].suggestions = .array([
            BilingualSuggestion(source: "حماة", rendering: "Hama", alternatives: ["Hamah"], type: "place").json,
            BilingualSuggestion(source: "د.", rendering: "Dr.").json,
        ])
        records[5].target += " <b>&amp;</b>"
        return records
    }

    static func write(_ version: XLIFFVersion, _ records: [BilingualRecord] = records()) throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("out.xlf").path
        try XLIFFWriter.write(records, to: path, version: version, sourceLanguage: "ar", targetLanguage: "en", original: "demo.ar.txt")
        return path
    }

    @Test("XLIFF 2.1 round trip keeps ids, texts, status, score, bead, segment ids and glossary")
    func roundTrip2() throws {
        let records = Self.records()
        let back = try XLIFFReader.readAll(path: try Self.write(.v2_1))
        #expect(back.count == records.count)
        for (original, read) in zip(records, back) {
            #expect(read.id == original.id)
            #expect(read.source == original.source)
            #expect(read.target == original.target)
            // A record without status is exported as translated (it has a target).
            #expect(read.status == (original.status ?? .translated))
            #expect(read.score == original.score)
            #expect(read.bead == original.bead)
            #expect(read.sourceIds == original.sourceIds)
            #expect(read.sourceLang == "ar" && read.targetLang == "en")
        }
        #expect(back[4].typedSuggestions.map(\.rendering) == ["Hama", "Dr."])
        #expect(back[4].typedSuggestions[0].alternatives == ["Hamah"])
        #expect(back[4].typedSuggestions[0].type == "place")
    }

    @Test("segment states follow the bilingual status; an untranslated initial segment has no target")
    func states() throws {
        let text = try String(contentsOfFile: try Self.write(.v2_1), encoding: .utf8)
        let states = text.components(separatedBy: "<segment state=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(states == ["initial", "translated", "reviewed", "final", "translated", "translated", "initial", "translated", "reviewed"])
        let firstUnit = text.components(separatedBy: "</unit>")[0]
        #expect(!firstUnit.contains("<target"))
        #expect(firstUnit.contains("<gls:term source=\"tarjama\">محافظة حلب</gls:term>"))
        #expect(firstUnit.contains("<gls:translation>Aleppo governorate</gls:translation>"))
    }

    @Test(
        "XLIFF 2.1 output validates against the XLIFF 2 core schema",
        .enabled(if: XMLLint.canValidate(with: schema2), Comment(rawValue: XMLLint.skipReason(schema2))))
    func validates2() throws {
        var records = Self.records()
        records.append(BilingualRecord(id: "has space:1", source: "نص", target: "text", status: .final))
        records.append(BilingualRecord(id: "has space:1", source: "نص\u{01}", target: "text", status: .final))
        let path = try Self.write(.v2_1, records)
        let result = try XMLLint.validateXLIFF2(path)
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test(
        "XLIFF 1.2 output validates against the strict 1.2 schema",
        .enabled(if: XMLLint.canValidate(with: schema1, xmlSchema), Comment(rawValue: XMLLint.skipReason(schema1, xmlSchema))))
    func validates1() throws {
        // The 1.2 schema imports xml.xsd by URL; point it at the local copy for offline checks.
        let directory = try TarjamaBinary.temporaryDirectory()
        let schema = try String(contentsOf: try #require(SharedData.url(Self.schema1)), encoding: .utf8)
            .replacingOccurrences(of: "http://www.w3.org/2001/xml.xsd", with: try #require(SharedData.url(Self.xmlSchema)).path)
        let schemaPath = directory.appendingPathComponent("xliff12.xsd").path
        try schema.write(toFile: schemaPath, atomically: true, encoding: .utf8)
        let result = try XMLLint.validate(try Self.write(.v1_2), ["--schema", schemaPath])
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test("XLIFF 1.2 round trip keeps ids, texts and states; glossary suggestions become notes")
    func roundTrip1() throws {
        let records = Self.records()
        let path = try Self.write(.v1_2)
        let back = try XLIFFReader.readAll(path: path)
        #expect(back.map(\.id) == records.map(\.id))
        #expect(back.map(\.source) == records.map(\.source))
        #expect(back.map(\.target) == records.map(\.target))
        #expect(
            back.map { $0.status?.rawValue } == [
                "initial", "translated", "reviewed", "final", "translated", "translated", "initial", "translated", "reviewed",
            ])
        #expect(back[4].extra["notes"] == .array([.string("Glossary: حماة = Hama / Hamah (place)"), .string("Glossary: د. = Dr.")]))
    }

    @Test(
        "the shared XLIFF samples (2.0 with modules, 1.2) are read",
        .enabled(if: SharedData.has("ref/samples/xliff"), Comment(rawValue: SharedData.missingReason("ref/samples/xliff"))))
    func sharedSamples() throws {
        let folder = try #require(SharedData.url("ref/samples/xliff"))
        let openXLIFF = try XLIFFReader.readAll(path: folder.appendingPathComponent("OpenXLIFF_Java_es.xlf").path)
        #expect(openXLIFF.count > 100)
        #expect(openXLIFF[0].source == "Wrong XLIFF version")
        #expect(openXLIFF[0].target == "Versión de XLIFF incorrecta")
        #expect(openXLIFF[0].status == .final)
        #expect(openXLIFF[0].sourceLang == "en" && openXLIFF[0].targetLang == "es")
        let glossary = try XLIFFReader.readAll(path: folder.appendingPathComponent("ex.14.5.xlf").path)
        #expect(glossary.count == 2)
        #expect(glossary[0].typedSuggestions.map(\.rendering) == ["Schnabel"])
        #expect(glossary[0].source.hasPrefix("It was a unique"))
        #expect(glossary[0].source.contains("bill."))
        let old = try XLIFFReader.readAll(path: folder.appendingPathComponent("en-xx.xlf").path)
        #expect(old.first?.id == "example_01")
        #expect(old.contains { $0.target == "Satisfaite?" })
        _ = try XLIFFReader.readAll(path: folder.appendingPathComponent("ex.9.5.xlf").path)
    }

    @Test("a truncated XLIFF is refused with its position")
    func truncated() throws {
        let path = try Self.write(.v2_1)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        #expect {
            try XLIFFReader.readAll(path: path)
        } throws: { error in
            if case .truncated(path, _, _, _)? = error as? FormatError { return true }
            return false
        }
    }
}
