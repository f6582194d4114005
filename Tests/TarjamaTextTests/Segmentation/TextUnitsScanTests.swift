import Testing

@testable import TarjamaText

/// The block scans the whole-document passes run on: they must find every candidate a
/// unit-by-unit loop finds, wherever it falls in a 16-unit block or in the tail.
@Suite("Segmentation's block scans")
struct TextUnitsScanTests {
    /// Arabic filler with `mark` at each of `positions` (lengths cover whole blocks and tails).
    static func text(length: Int, mark: UInt16, at positions: [Int]) -> [UInt16] {
        var units = (0..<length).map { UInt16(0x0627 + $0 % 20) }
        for position in positions where position < length { units[position] = mark }
        return units
    }

    @Test("forEachCandidate visits exactly the candidate positions, in order, in full blocks and in the tail")
    func candidatesInBlocksAndTail() {
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 50] {
            let positions = [0, 3, 15, 16, 17, 30, 31, 32, 40, 49].filter { $0 < length }
            for mark: UInt16 in [0x060C, 0x2D] {
                let units = Self.text(length: length, mark: mark, at: positions)
                var visited: [Int] = []
                units.withUnsafeBufferPointer { text in
                    TextUnits.forEachCandidate(
                        in: text,
                        mayHold: { ($0 .== SIMD16(repeating: 0x060C)) .| ($0 .== SIMD16(repeating: 0x2D)) },
                        isCandidate: { $0 == 0x060C || $0 == 0x2D }
                    ) { visited.append($0) }
                }
                #expect(visited == positions, "length \(length), mark \(mark)")
            }
        }
    }

    @Test("skipToPossibleLineBreak never skips a line break, whatever its kind and place")
    func lineBreaksAreNeverSkipped() {
        for length in [1, 4, 15, 16, 17, 33, 64, 70] {
            for breakUnit: UInt16 in [0x0A, 0x0D, 0x0B, 0x85, 0x2028, 0x2029] {
                for position in 0..<length {
                    let units = Self.text(length: length, mark: breakUnit, at: [position])
                    let found = units.withUnsafeBufferPointer { TextUnits.skipToPossibleLineBreak(in: $0, from: 0) }
                    #expect(found <= position, "length \(length), break \(breakUnit) at \(position): skipped to \(found)")
                }
                let plain = Self.text(length: length, mark: 0, at: [])
                let end = plain.withUnsafeBufferPointer { TextUnits.skipToPossibleLineBreak(in: $0, from: 0) }
                #expect(end > length - 4, "a text without breaks is skipped to its last few units")
            }
        }
    }
}
