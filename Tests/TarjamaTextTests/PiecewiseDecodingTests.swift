import Foundation
import Testing
import TarjamaText
import TestSupport

/// A large file is UTF-8 decoded in pieces on several threads: the units and every error must be
/// those of the one-pass decoder (which `[UInt8]` input, never cut into pieces, still runs).
@Suite("Piecewise UTF-8 decoding")
struct PiecewiseDecodingTests {
    /// About 6 MB of mixed text: Arabic, ASCII, three- and four-byte characters, every line end.
    static func text(seed: UInt64) -> [UInt8] {
        var generator = SplitMix64(state: seed)
        let pieces = ["حلب ودمشق", "Aleppo", " ", "، ", "٢٠١٦", "€", "😀", "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "ـ", "\u{200F}"]
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(6_400_000)
        while bytes.count < 6_000_000 { bytes += Array(pieces[generator.below(pieces.count)].utf8) }
        return bytes
    }

    @Test("a large file's units are the one-pass decoder's")
    func sameUnits() throws {
        let bytes = Self.text(seed: 25)
        let piecewise = try Document(name: "t", utf8: Data(bytes))
        let onePass = try Document(name: "t", utf8: bytes)
        #expect(piecewise.units.count > 3_000_000)
        #expect(piecewise.units == onePass.units)
    }

    @Test("an invalid byte, a NUL or a line too long far into a large file is reported as the one-pass decoder reports it")
    func sameErrors() {
        let bytes = Self.text(seed: 26)
        var broken: [[UInt8]] = []
        for (offset, replacement) in [(5_000_001, [UInt8(0xD8), 0x41]), (4_200_003, [0x00]), (5_999_000, [0xF4, 0x90, 0x80, 0x80])] {
            var copy = bytes
            copy.replaceSubrange(offset..<(offset + replacement.count), with: replacement)
            broken.append(copy)
        }
        // A line of over 2,000 units, late in the file, over a limit of 1,000.
        var long = bytes
        let lineStart = (long[5_500_000...].firstIndex(of: 0x0A) ?? 5_500_000) + 1
        long.insert(contentsOf: [UInt8](repeating: 0x61, count: 2_000), at: lineStart)
        for input in broken {
            let expected = #expect(throws: TextInputError.self) { try Document(name: "t", source: "t.txt", utf8: input) }
            let found = #expect(throws: TextInputError.self) { try Document(name: "t", source: "t.txt", utf8: Data(input)) }
            #expect(found == expected)
        }
        let expected = #expect(throws: TextInputError.self) {
            try Document(name: "t", source: "t.txt", utf8: long, maxLineLength: 1_000)
        }
        let found = #expect(throws: TextInputError.self) {
            try Document(name: "t", source: "t.txt", utf8: Data(long), maxLineLength: 1_000)
        }
        #expect(found == expected)
        if case .lineTooLong = found {} else { Issue.record("expected a line too long, got \(String(describing: found))") }
    }
}
