import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("TMX 1.4b writing and reading")
struct TMXTests {
    static let dtd = "ref/specs/tmx/tmx14.dtd"
    static let kit = "ref/samples/tmx/lisa-tmx-compliance-kit"

    static func demoUnits() -> [TranslationUnit] {
        BilingualFileTests.demoRecords().map { TranslationUnit($0, sourceLanguage: "ar", targetLanguage: "en") }
    }

    static func write(_ units: [TranslationUnit], name: String = "out.tmx") throws -> (path: String, report: ExportReport) {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent(name).path
        let report = try TMXWriter.write(units, header: TMXHeader(sourceLanguage: "ar"), to: path)
        return (path, report)
    }

    @Test("units written and read back keep ids, texts, languages, dates, props and notes")
    func roundTrip() throws {
        var units = Self.demoUnits()
        units[0].creationDate = Date(timeIntervalSince1970: 1_479_000_000)
        units[0].changeDate = Date(timeIntervalSince1970: 1_479_086_399)
        units[0].notes = ["checked against the broadcast <15:02>", "second & last note"]
        units[1].speaker = "محافظ حلب"
        units[1].timeCode = "00:01:02.500-00:01:07.250"
        units[2].target.text = "tab\there, CR\rthere, \"quoted\" 'single' ]]> done"
        units[3].otherVariants = [TranslationVariant(language: "fr", text: "Le ministère")]
        let (path, report) = try Self.write(units)
        #expect(report.units == units.count)
        #expect(report.removedCharacters == 0)
        let (header, back) = try TMXReader.readAll(path: path)
        #expect(header.sourceLanguage == "ar")
        #expect(header.creationTool == "Tarjama")
        #expect(back == units)
    }

    @Test("dates are written in UTC as YYYYMMDDThhmmssZ")
    func dates() throws {
        #expect(UTCDate.string(from: Date(timeIntervalSince1970: 0), .basic) == "19700101T000000Z")
        #expect(UTCDate.string(from: Date(timeIntervalSince1970: 1_479_086_399), .basic) == "20161114T011959Z")
        #expect(UTCDate.string(from: Date(timeIntervalSince1970: 951_782_400), .basic) == "20000229T000000Z")
        #expect(UTCDate.date(from: "20000229T000000Z", .basic) == Date(timeIntervalSince1970: 951_782_400))
        #expect(UTCDate.date(from: "2000-02-29T00:00:00Z", .basic) == nil)
    }

    @Test("the stores' extended dates round-trip, and malformed ones are nil rather than a guess")
    func extendedDates() throws {
        let leapDay = Date(timeIntervalSince1970: 951_782_400)
        #expect(UTCDate.string(from: Date(timeIntervalSince1970: 1_479_086_399), .extended) == "2016-11-14T01:19:59Z")
        #expect(UTCDate.date(from: UTCDate.string(from: leapDay, .extended), .extended) == leapDay)
        #expect(UTCDate.string(from: Date(timeIntervalSince1970: -86_400), .extended) == "1969-12-31T00:00:00Z")
        for malformed in [
            "20000229T000000Z", "2000-13-01T00:00:00Z", "2000-02-29 00:00:00Z", "2000-02-29T24:00:00Z",
            "2000-02-29T00:00:00", "٢٠٠٠-02-29T00:00:00Z", "2000-2-29T00:00:00Z", "",
        ] {
            #expect(UTCDate.date(from: malformed, .extended) == nil, "\(malformed)")
        }
    }

    @Test("characters XML cannot carry are removed, counted and never written")
    func invalidCharactersRemoved() throws {
        var units = Self.demoUnits()
        units[4].source.text += "\u{01}\u{1B}"
        units[6].target.text = "bad \u{FFFF} end\u{0B}"
        let (path, report) = try Self.write(units)
        #expect(report.removedCharacters == 4)
        #expect(report.unitsWithRemovedCharacters == 2)
        #expect(report.exampleIds == ["demo:5", "demo:7"])
        let back = try TMXReader.readAll(path: path).units
        #expect(back[6].target.text == "bad  end")
        #expect(back[4].source.text == Self.demoUnits()[4].source.text)
    }

    @Test(
        "what the writer produces validates against the TMX 1.4b DTD",
        .enabled(if: XMLLint.canValidate(with: dtd), Comment(rawValue: XMLLint.skipReason(dtd))))
    func validatesAgainstDTD() throws {
        var units = Self.demoUnits()
        units[0].notes = ["a note"]
        units[0].creationDate = Date()
        units[1].target = TranslationVariant(language: "", text: "")
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("v.tmx").path
        let header = TMXHeader(
            sourceLanguage: "ar", notes: ["header note"], properties: [TranslationProperty(type: "x-desk", value: "Aleppo")])
        try TMXWriter.write(units, header: header, to: path)
        let result = try XMLLint.validateTMX(path)
        #expect(result.status == 0, "\(result.messages)")
    }

    @Test(
        "every file of the LISA TMX compliance kit is read with its units and texts",
        .enabled(if: SharedData.has(kit), Comment(rawValue: SharedData.missingReason(kit))))
    func complianceKit() throws {
        let folder = try #require(SharedData.url(Self.kit))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }.sorted()
        #expect(files.count == 23)
        for file in files {
            let (header, units) = try TMXReader.readAll(path: folder.appendingPathComponent(file).path)
            #expect(!units.isEmpty, "\(file)")
            #expect(!header.sourceLanguage.isEmpty, "\(file)")
            for unit in units { #expect(!unit.source.text.isEmpty || !unit.target.text.isEmpty, "\(file)") }
        }
        let multilingual = try TMXReader.readAll(path: folder.appendingPathComponent("ImportTest1C.tmx").path).units
        #expect(multilingual.count == 3)
        #expect(multilingual[2].source == TranslationVariant(language: "en-us", text: "Third entry in US English"))
        #expect(multilingual[2].variants.count == 5)
        let utf16 = try TMXReader.readAll(path: folder.appendingPathComponent("ImportTest1G.tmx").path).units
        #expect(!utf16.isEmpty)
        let references = try TMXReader.readAll(path: folder.appendingPathComponent("ImportTest1D.tmx").path).units
        #expect(references[0].source.text == "à=agrave, é=eacute, æ=aelig")
        #expect(references[0].source.text == references[0].target.text)
        let perUnitSource = try TMXReader.readAll(path: folder.appendingPathComponent("ImportTest1K.tmx").path).units
        #expect(perUnitSource.map(\.source.language) == ["de-de", "fr-ca"])
        let inline = try TMXReader.readAll(path: folder.appendingPathComponent("ImportTest2C.tmx").path).units
        #expect(inline[0].source.text == "{1/}{2}Click {3/} to {4}start{/4}.{/2}")
        #expect(inline[0].source.plainText == "Click to start.")
        #expect(inline[0].notes == ["Text of tu note 1", "Text of tu note 2"])
    }

    @Test(
        "every compliance-kit file rewritten by Tarjama validates against the DTD and reads back the same",
        .enabled(if: XMLLint.canValidate(with: dtd, kit), Comment(rawValue: XMLLint.skipReason(dtd, kit))))
    func kitRewritten() throws {
        let folder = try #require(SharedData.url(Self.kit))
        let directory = try TarjamaBinary.temporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".tmx") }).sorted() {
            let (header, units) = try TMXReader.readAll(path: folder.appendingPathComponent(file).path)
            let path = directory.appendingPathComponent(file).path
            try TMXWriter.write(
                units,
                header: TMXHeader(
                    sourceLanguage: header.sourceLanguage, notes: header.notes,
                    properties: header.properties), to: path)
            let result = try XMLLint.validateTMX(path)
            #expect(result.status == 0, "\(file): \(result.messages)")
            #expect(try TMXReader.readAll(path: path).units == units, "\(file)")
        }
    }

    @Test(
        "reading with a 16-byte buffer (every token straddling buffers) gives the same units",
        .enabled(if: SharedData.has(kit), Comment(rawValue: SharedData.missingReason(kit))))
    func tinyBuffer() throws {
        var limits = XMLLimits()
        limits.bufferBytes = 16
        var units = Self.demoUnits()
        units[2].target.text = "CR\r\nLF &amp; <tag> \"quoted\" \u{10348} end"
        units[3].notes = ["note with &"]
        let (written, _) = try Self.write(units)
        let folder = try #require(SharedData.url(Self.kit))
        let kitFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }
        for path in [written] + kitFiles.map({ folder.appendingPathComponent($0).path }) {
            let reader = try TMXReader(path: path, limits: limits)
            var small: [TranslationUnit] = []
            while let unit = try reader.read() { small.append(unit) }
            #expect(small == (try TMXReader.readAll(path: path).units), "\(path)")
        }
        #expect(try TMXReader.readAll(path: written).units == units)
    }

    @Test(
        "reading with odd buffer sizes (chunks cut inside Arabic letters, names and end tags) gives the same units",
        arguments: [17, 31, 33, 257, 4099])
    func oddBuffers(bufferBytes: Int) throws {
        var units = Self.demoUnits()
        units[1].target.text = "emoji \u{1F600} and CRLF\r\nthen & < > done"
        units[2].notes = ["ملاحظة فيها & و <وسم>"]
        let (written, _) = try Self.write(units)
        var limits = XMLLimits()
        limits.bufferBytes = bufferBytes
        let reader = try TMXReader(path: written, limits: limits)
        var read: [TranslationUnit] = []
        while let unit = try reader.read() { read.append(unit) }
        #expect(read == (try TMXReader.readAll(path: written).units))
        #expect(read.map(\.source.text) == units.map(\.source.text))
        // The writer escapes CR as &#13;, so even the CRLF comes back as written.
        #expect(read.map(\.target.text) == units.map(\.target.text))
    }
}
