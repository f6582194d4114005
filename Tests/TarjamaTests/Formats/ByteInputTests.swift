import Foundation
import Testing
import Tarjama
import TarjamaText

/// The readers' entry points over bytes already in memory (request bodies): the same results
/// and the same refusals as over files, with errors naming the label given, never a path.
@Suite("Readers over bytes in memory")
struct ByteInputTests {
    static let tmx = TMXBadInputTests.head + "</body>\n</tmx>\n"

    static func tmxUnits(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(FormatError) -> [TranslationUnit] {
        let reader = try TMXReader(name: "upload.tmx", bytes: bytes, limits: limits)
        var units: [TranslationUnit] = []
        while let unit = try reader.read() { units.append(unit) }
        return units
    }

    @Test("a TMX in memory reads as the same file does")
    func tmxBytes() throws {
        let fromFile = try TMXReader.readAll(path: TMXBadInputTests.file(Self.tmx)).units
        let fromBytes = try Self.tmxUnits(Array(Self.tmx.utf8))
        #expect(fromBytes == fromFile)
        #expect(fromBytes.first?.target.text == "The governor said")
    }

    @Test("a cut-off TMX in memory is refused naming its label, not a path")
    func tmxTruncated() throws {
        let cut = Array((TMXBadInputTests.head + "<tu tuid=\"a:2\"><tuv xml:lang=\"ar\"><seg>نص").utf8)
        #expect {
            try Self.tmxUnits(cut)
        } throws: { error in
            guard case let .truncated(file, line, column, _) = error as? FormatError else { return false }
            return file == "upload.tmx" && line == 6 && column == 42
        }
    }

    @Test("UTF-16 bytes in memory are decoded as a UTF-16 file is")
    func tmxUTF16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.tmx.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"").utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        #expect(try Self.tmxUnits(bytes).first?.source.text == "وقال محافظ حلب")
    }

    @Test("the depth limit holds for bytes in memory")
    func depthLimit() throws {
        var limits = XMLLimits()
        limits.maxDepth = 4
        #expect(throws: FormatError.self) { try Self.tmxUnits(Array(Self.tmx.utf8), limits: limits) }
    }

    @Test("an entity declaration in memory is refused as unsafe")
    func entity() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x \"y\">]>\n<tmx version=\"1.4\"/>"
        #expect {
            try Self.tmxUnits(Array(text.utf8))
        } throws: { error in
            guard case let .unsafe(file, line, _, _) = error as? FormatError else { return false }
            return file == "upload.tmx" && line == 2
        }
    }

    @Test("an XLIFF in memory reads as the file does")
    func xliffBytes() throws {
        let path = try XLIFFTests.write(.v2_1)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let fromFile = try XLIFFReader(path: path)
        let fromBytes = try XLIFFReader(name: "upload.xlf", bytes: bytes)
        var a: [BilingualRecord] = [], b: [BilingualRecord] = []
        while let record = try fromFile.read() { a.append(record) }
        while let record = try fromBytes.read() { b.append(record) }
        #expect(!b.isEmpty)
        #expect(a.map(\.jsonLine) == b.map(\.jsonLine))
    }

    @Test("a bilingual JSONL line that is not JSON is refused with the label, line and column")
    func jsonlBytes() throws {
        let reader = BilingualJSONLReader(name: "pairs", bytes: Array("{\"id\":\"a:1\",\"source\":\"x\",\"target\":\"y\"}\n{oops}\n".utf8))
        #expect(try reader.read()?.id == "a:1")
        #expect {
            try reader.read()
        } throws: { error in
            guard case let .malformed(file, line, _, _) = error as? FormatError else { return false }
            return file == "pairs" && line == 2
        }
    }

    @Test("a document from bytes is checked as a file is, naming its label")
    func documentBytes() throws {
        #expect(try Document.read(utf8: Array("قصف.\n".utf8), name: "doc", source: "\"source\"").name == "doc")
        #expect(throws: TextInputError.empty(file: "\"source\"")) {
            try Document.read(utf8: Array(" \n".utf8), name: "doc", source: "\"source\"")
        }
        #expect {
            try Document.read(utf8: [0x61, 0xC3], name: "doc", source: "\"source\"")
        } throws: { error in
            "\(error)".hasPrefix("\"source\": invalid UTF-8")
        }
    }

    @Test("a glossary TSV from bytes is decoded and parsed as the file is")
    func glossaryBytes() throws {
        let rows = try GlossaryTSV.parse(utf8: Array("\u{FEFF}source\ttarget\tnote\nحلب\tAleppo\t\n".utf8), file: "upload.tsv")
        #expect(rows.map(\.entry.target) == ["Aleppo"])
        #expect(throws: GlossaryError.self) { try GlossaryTSV.parse(utf8: [0x73, 0xFF, 0x0A], file: "upload.tsv") }
        #expect(throws: GlossaryError.empty(file: "upload.tsv")) { try GlossaryTSV.parse(utf8: Array("\n".utf8), file: "upload.tsv") }
    }
}
