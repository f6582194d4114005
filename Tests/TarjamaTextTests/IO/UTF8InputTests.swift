import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("UTF-8 input checks")
struct UTF8InputTests {
    @Test("a byte order mark is three bytes at the start and nothing elsewhere")
    func byteOrderMark() {
        #expect(UTF8Input.byteOrderMarkLength(of: [0xEF, 0xBB, 0xBF, 0x41]) == 3)
        #expect(UTF8Input.byteOrderMarkLength(of: [0xEF, 0xBB]) == 0)
        #expect(UTF8Input.byteOrderMarkLength(of: Array("ما".utf8)) == 0)
        #expect(UTF8Input.byteOrderMarkLength(of: [UInt8]()) == 0)
    }

    @Test("valid Arabic and ASCII have no invalid position")
    func validText() {
        #expect(UTF8Input.firstInvalidPosition(in: Array("قال الوزير إن 29 حافلة".utf8)) == nil)
        #expect(UTF8Input.firstInvalidPosition(in: Array("plain ASCII\n".utf8)) == nil)
    }

    @Test("a bad byte is placed by offset, line and scalar column")
    func invalidPosition() throws {
        // "سلام\nيا" then a lone continuation byte: line 2, after two Arabic letters.
        let bytes = Array("سلام\nيا".utf8) + [0x80, 0x41]
        let position = try #require(UTF8Input.firstInvalidPosition(in: bytes))
        #expect(position.byteOffset == 13)
        #expect(position.line == 2)
        #expect(position.column == 3)
    }

    @Test("the fast check refuses exactly what Swift's own decoder refuses, at any alignment")
    func agreesWithTheStandardLibrary() {
        // Every edge of RFC 3629 (overlong forms, surrogates, above U+10FFFF, truncation), set
        // after 0 to 9 ASCII bytes so that it falls on either side of an eight-byte block.
        let edges: [[UInt8]] = [
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFF], [0x80], [0xD8], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xD8, 0x41], [0xE2, 0x41, 0x80],
        ]
        var generator = SplitMix64(state: 2026)
        var cases: [[UInt8]] = []
        for edge in edges {
            for padding in 0..<10 {
                cases.append(Array(repeating: 0x61, count: padding) + edge + Array("ما".utf8))
            }
        }
        let alphabet: [UInt8] = [0x41, 0x80, 0xA0, 0xBF, 0xC2, 0xD8, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xF5]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 24)
            cases.append((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
        let disagreements = cases.filter { bytes in
            (UTF8Input.firstInvalidPosition(in: bytes) == nil) != (String(validating: bytes, as: UTF8.self) != nil)
        }
        #expect(disagreements.isEmpty, "first disagreement: \(disagreements.first ?? [])")
    }

    @Test("a truncated sequence at the end is invalid where it starts")
    func truncatedSequence() throws {
        let bytes = Array("ab".utf8) + [0xD8]
        let position = try #require(UTF8Input.firstInvalidPosition(in: bytes[...]))
        #expect(position.byteOffset == 2 && position.line == 1 && position.column == 3)
    }
}

@Suite("File input")
struct FileInputTests {
    @Test("reads a file to its end in chunks")
    func readsInChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fileinput-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(repeating: "نص عربي ", count: 1000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let input = try FileInput(path: path)
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 777)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 { break }
            collected += chunk[..<count]
        }
        #expect(collected == Array(text.utf8))
    }

    @Test("a missing file is refused with its path and the system's reason")
    func missingFile() {
        #expect {
            _ = try FileInput(path: "/nonexistent/tarjama/input.txt")
        } throws: { error in
            let failure = error as? FileInput.Failure
            return failure?.path == "/nonexistent/tarjama/input.txt" && failure?.reason.isEmpty == false
        }
    }
}
