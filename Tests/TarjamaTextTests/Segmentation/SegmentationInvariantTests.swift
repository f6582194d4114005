import Testing
import TarjamaText
import TestSupport

/// Random texts built from the characters the rules care about: whatever the input, segments
/// are in order, do not overlap, are trimmed, never empty, numbered 1...n, and
/// together hold every character that is not white space.
@Suite("Segmentation invariants on random awkward text")
struct SegmentationInvariantTests {

    static let pieces = [
        "قال", "د", "م", "ق", "ج", "ع", "وكالة", "سانا", "من", "في", "الى", "المحافظ", "2016", "3.5", "U.S", "Mr",
        ".", ".", "...", "؟", "!", "،", "؛", "\"", "»", ")", " ", " ", " ", "  ", "\n", "\n", "\r\n", "\n\n", "\r",
        "\u{2028}", "\u{2029}", "\u{85}", "\t", "\u{A0}", "🙂", "\u{202E}", "\u{064B}", "ـ",
    ]

    @Test("segments stay ordered, disjoint, trimmed, numbered and cover all the text for 3000 random texts in both languages")
    func invariants() throws {
        var generator = SplitMix64(state: 2016)
        let segmenters = [
            try SentenceSegmenter(language: .arabic), try SentenceSegmenter(language: .english),
            try SentenceSegmenter(language: .arabic, reflow: false),
        ]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...60, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let document = Document(name: "r", text: text)
            for segmenter in segmenters {
                let segments = try segmenter.segment(document).segments
                var previousEnd = 0
                var previousParagraph = 1
                for (index, segment) in segments.enumerated() {
                    #expect(segment.n == index + 1)
                    #expect(segment.range.lowerBound >= previousEnd && !segment.range.isEmpty, "text: \(text.debugDescription)")
                    #expect(segment.paragraph >= previousParagraph)
                    let first = document.units[segment.range.lowerBound], last = document.units[segment.range.upperBound - 1]
                    for unit in [first, last] {
                        #expect(![0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2028, 0x2029, 0x85].contains(unit), "text: \(text.debugDescription)")
                    }
                    previousEnd = segment.range.upperBound
                    previousParagraph = segment.paragraph
                }
                #expect(previousEnd <= document.count)
                // Every character that is not white space lands in exactly one segment.
                var covered = [Bool](repeating: false, count: document.count)
                for segment in segments { for offset in segment.range { covered[offset] = true } }
                let spaces: Set<UInt16> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x85]
                let lost = document.units.indices.filter { !covered[$0] && !spaces.contains(document.units[$0]) }
                #expect(lost.isEmpty, "text: \(text.debugDescription)")
            }
        }
    }
}
