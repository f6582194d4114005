import Foundation
import Testing
import TarjamaText
import TestSupport

@Suite("Segmenting the Aleppo radio transcript")
struct TranscriptSegmentationTests {
    /// The nine sentences a translator marks on the transcript, as line numbers of the file
    /// (first line, last line): wrapped lines joined, the unpunctuated "…في ريف ادلب" statement
    /// ended before "وكالة سانا", and "وكالة سانا" kept with the line it heads.
    static let expectedLines: [ClosedRange<Int>] = [1...1, 2...2, 3...3, 4...4, 5...6, 7...7, 8...10, 11...14, 15...15]

    @Test(
        "gives the nine sentences a translator would mark, none cut by a line wrap",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func nineSentences() throws {
        let path = SharedData.url(SharedData.transcriptPath)!.path
        let document = try Document.read(contentsOf: path)
        let segmented = try SentenceSegmenter(language: .arabic).segment(document)
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = Self.expectedLines.map { lines[($0.lowerBound - 1)...($0.upperBound - 1)].joined(separator: "\n") }
        let actual = segmented.segments.map { segmented.text(of: $0) }
        #expect(actual == expected)
        #expect(segmented.segments.map(\.n) == Array(1...9))
        #expect(segmented.segments.allSatisfy { $0.paragraph == 1 })
    }
}
