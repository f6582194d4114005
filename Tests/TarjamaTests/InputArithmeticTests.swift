import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

/// Values from input that once reached a trapping conversion or overflowing arithmetic: each is
/// now refused with a message, or read without the operation that trapped.
@Suite("Input values that once could trap")
struct InputArithmeticTests {
    @Test("a bead label with huge counts is not a bead, and its counts are never added")
    func beadLabels() {
        #expect(BeadKind("9223372036854775807-1") == nil)
        #expect(BeadKind("1-9223372036854775807") == nil)
        #expect(BeadKind("2-1") == BeadKind(source: 2, target: 1))
        #expect(BeadKind("0-0") == nil)
    }

    @Test("an alignment parameter must be finite, and the band a width from 2 to 100,000")
    func alignmentParameters() {
        var parameters = AlignmentParameters()
        func set(_ value: Double, _ name: String) -> Bool { parameters.setValue(value, forName: name) }
        #expect(!set(1e300, "initialBand"))
        #expect(!set(.nan, "initialBand"))
        #expect(!set(.infinity, "mergePenalty"))
        #expect(!set(.nan, "numberWeight"))
        #expect(set(40, "initialBand"))
        #expect(parameters.initialBand == 40)
    }

    @Test("a score of 1e400 in a segment file is refused with its line, not read as infinity")
    func infiniteScore() throws {
        let url = try TarjamaBinary.temporaryDirectory().appendingPathComponent("pairs.jsonl")
        try Data(
            #"""
            {"id":"a:1","source":"حلب","target":"Aleppo","score":0.5}
            {"id":"a:2","source":"حماة","target":"Hama","score":1e400}

            """#.utf8
        ).write(to: url)
        #expect(throws: FormatError.self) { try BilingualJSONLReader.readAll(path: url.path) }
        do {
            _ = try BilingualJSONLReader.readAll(path: url.path)
        } catch {
            #expect(error.description.contains("pairs.jsonl"))
            #expect(error.description.contains("2"))
            #expect(error.description.contains("finite"))
        }
    }

    @Test("ICU is never handed a length that does not fit its int32_t: the call throws instead")
    func icuLengths() throws {
        let iterator = try BreakIterator(.sentence, locale: "ar")
        let units: [UInt16] = [0x0627]
        try units.withUnsafeBufferPointer { real in
            // Never read: the length is refused before ICU sees the pointer.
            let oversized = UnsafeBufferPointer(start: real.baseAddress, count: Int(Int32.max) + 1)
            #expect(throws: ICUError.self) { try iterator.setText(unsafe: oversized) }
        }
        #expect(iterator.following(Int.max) == nil, "an offset past int32_t is clamped, not trapped")
    }

    @Test("a normalisation range outside its buffer is refused, not read")
    func normalizerRange() throws {
        let units: [UInt16] = Array("حلب".utf16)
        try units.withUnsafeBufferPointer { buffer in
            #expect(throws: NormalizationError.rangeOutOfBounds(lower: 0, upper: 9, count: 3)) {
                try ArabicNormalizer.matching.normalize(buffer, in: 0..<9)
            }
        }
    }
}
