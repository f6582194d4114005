import Foundation
import Testing
import Tarjama
import TestSupport

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
    @Test("an abandoned write leaves the existing file byte-for-byte unchanged")
    func abandonedWriteLeavesFile() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("glossary.tsv").path
        try AtomicFileWriter.write("old\n", to: path)
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write(String(repeating: "new\n", count: 100_000))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["glossary.tsv"])
    }

    @Test("a committed write replaces the file")
    func committedWriteReplaces() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let path = directory.appendingPathComponent("out.txt").path
        try AtomicFileWriter.write("one", to: path)
        try AtomicFileWriter.write("two", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    }

    @Test("a missing directory is refused with the file named")
    func missingDirectory() {
        #expect(throws: OutputError.self) { try AtomicFileWriter(path: "/nonexistent-dir/x.tmx") }
    }
}
