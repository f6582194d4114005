import Foundation
import Tarjama
import TestSupport
import Testing

@Suite("Glossary TSV files")
struct GlossaryTSVTests {
    static let header = "source\ttarget\tnote\ttype\tvariants\talternatives\tforbidden\n"

    func write(_ text: String, name: String = "g.tsv") throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a row keeps every column, lists split on the bar")
    func readsEveryColumn() throws {
        let path = try write(Self.header + "الفوعة\tFoua\tbesieged town\tplace\tالفوعا\tFuaa | al-Fouaa\tFou'a\n")
        let rows = try GlossaryTSV.read(path: path)
        #expect(rows.count == 1)
        let entry = rows[0].entry
        #expect(entry.source == "الفوعة" && entry.target == "Foua" && entry.note == "besieged town")
        #expect(entry.type == .place && entry.variants == ["الفوعا"])
        #expect(entry.alternatives == ["Fuaa", "al-Fouaa"] && entry.forbidden == ["Fou'a"])
        #expect(rows[0].line == 2)
    }

    @Test("OmegaT's three columns with a header are enough; columns may come in any order after them")
    func minimalAndReorderedHeaders() throws {
        let path = try write("source\ttarget\tforbidden\ttype\r\nحماة\tHama\tHamah\tplace\r\n\r\n")
        let rows = try GlossaryTSV.read(path: path)
        #expect(rows.map(\.entry.forbidden) == [["Hamah"]])
        #expect(rows.map(\.entry.type) == [.place])
    }

    @Test("writing sorts the rows and writes every column, and reads back the same entries")
    func writesSortedAndRoundTrips() throws {
        let path = try write("")
        let entries = [
            GlossaryEntry(source: "حماة", target: "Hama", type: .place, forbidden: ["Hamah"]),
            GlossaryEntry(source: "إدلب", target: "Idlib", note: "SANA: Idleb", type: .place, alternatives: ["Idleb"]),
            GlossaryEntry(source: "الفوعة", target: "Foua", type: .place, variants: ["الفوعا"]),
        ]
        try GlossaryTSV.write(entries, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(Self.header.dropLast() + "\tcontext\n"))
        let sources = try GlossaryTSV.read(path: path).map(\.entry.source)
        #expect(sources == ["إدلب", "الفوعة", "حماة"])
        #expect(Set(try GlossaryTSV.read(path: path).map(\.entry)) == Set(entries))
        try GlossaryTSV.write(entries.reversed(), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("a row with a missing column is refused naming file, line and column")
    func missingColumn() throws {
        let path = try write(Self.header + "حلب\tAleppo\t\tplace\t\t\t\nحمص\tHoms\n")
        #expect(throws: GlossaryError.missingColumn(file: path, line: 3, column: "note")) { try GlossaryTSV.read(path: path) }
    }

    @Test("unknown columns, bad types, empty targets and missing headers are refused")
    func badRows() throws {
        let unknown = try write("source\ttarget\tnotes\nحلب\tAleppo\tx\n")
        #expect(throws: GlossaryError.unknownColumn(file: unknown, column: "notes")) { try GlossaryTSV.read(path: unknown) }
        let type = try write("source\ttarget\ttype\nحلب\tAleppo\tcity-state\n")
        #expect(throws: GlossaryError.self) { try GlossaryTSV.read(path: type) }
        let empty = try write("source\ttarget\nحلب\t \n")
        #expect(throws: GlossaryError.emptyField(file: empty, line: 2, column: "target")) { try GlossaryTSV.read(path: empty) }
        let noHeader = try write("حلب\tAleppo\n")
        #expect(throws: GlossaryError.self) { try GlossaryTSV.read(path: noHeader) }
    }

    @Test("a conflicting duplicate in one file is an error naming both lines; a plain duplicate is an issue")
    func conflictsAndDuplicates() throws {
        let conflicting = try write(Self.header + "حماة\tHama\t\tplace\t\t\t\nحماه\tHamah\t\tplace\t\t\t\n")
        #expect(throws: GlossaryError.conflict(file: conflicting, line: 3, firstLine: 2)) { try Glossary.load(paths: [conflicting]) }
        let duplicate = try write(Self.header + "إدلب\tIdlib\t\tplace\t\t\t\nادلب\tIdlib\t\tplace\t\t\t\n")
        let glossary = try Glossary.load(paths: [duplicate])
        #expect(glossary.count == 1)
        #expect(glossary.issues.map(\.kind) == [.duplicate])
        #expect(glossary.issues.first?.description == "\(duplicate):3: duplicate of line 2; the first is kept")
    }

    @Test("the earlier file takes precedence and the override is reported")
    func precedence() throws {
        let project = try write(Self.header + "حلب\tHalab\t\tplace\t\t\t\n", name: "project.tsv")
        let shipped = try write(Self.header + "حلب\tAleppo\t\tplace\t\t\t\nحمص\tHoms\t\tplace\t\t\t\n", name: "shipped.tsv")
        let glossary = try Glossary.load(paths: [project, shipped])
        #expect(glossary.entries.map(\.target) == ["Halab", "Homs"])
        #expect(glossary.issues.map(\.kind) == [.overridden])
    }

    @Test("a refused write leaves the existing file byte-for-byte unchanged")
    func refusedWriteKeepsFile() throws {
        let original = Self.header + "حلب\tAleppo\t\tplace\t\t\t\n"
        let path = try write(original)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let bad = [GlossaryEntry(source: "حلب", target: "Aleppo"), GlossaryEntry(source: "حمص", target: "Homs\tcity")]
        #expect(throws: GlossaryError.self) { try GlossaryTSV.write(bad, to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["g.tsv"])
    }

    @Test("the shipped glossary loads cleanly with at least 300 entries, each typed")
    func shippedGlossary() throws {
        let path = SharedData.repositoryRoot.appendingPathComponent("Glossaries").path
        let glossary = try Glossary.load(paths: [path])
        #expect(glossary.count >= 300)
        #expect(glossary.issues.isEmpty, "\(glossary.issues)")
        let file = path + "/syria-news.tsv"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            try GlossaryTSV.text(of: GlossaryTSV.read(path: file).map(\.entry), file: file) == text, "the file is not in canonical order")
    }
}
