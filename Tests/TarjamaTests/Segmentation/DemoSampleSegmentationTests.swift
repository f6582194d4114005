import Foundation
import Testing
import Tarjama
import TarjamaText

@Suite("Segmenting the bundled demo sample")
struct DemoSampleSegmentationTests {
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Splits `line` after the first `mark` followed by a space, as a translator would.
    static func split(_ line: String, after mark: String) -> [String] {
        let parts = line.components(separatedBy: mark + " ")
        return [parts[0] + mark, parts.dropFirst().joined(separator: mark + " ")]
    }

    @Test(
        "the Arabic transcript gives ten sentences: wraps joined, ؟ splits, د. does not, the unpunctuated statement ends before وكالة سانا")
    func arabic() throws {
        let document = Document(name: "demo.ar", text: DemoSample.arabic)
        let segmented = try SentenceSegmenter(language: .arabic).segment(document)
        let lines = Self.lines(DemoSample.arabic)
        let expected =
            [
                lines[0] + "\n" + lines[1], lines[2], lines[3] + "\n" + lines[4], lines[5],
                lines[7], lines[8] + "\n" + lines[9],
            ] + Self.split(lines[10], after: "؟") + [lines[11], lines[12] + "\n" + lines[13]]
        #expect(segmented.segments.map { segmented.text(of: $0) } == expected)
        #expect(segmented.segments.map(\.paragraph) == [1, 1, 1, 1, 2, 2, 2, 2, 2, 2])
        #expect(segmented.segments.map { segmented.id(of: $0) }.first == "demo.ar:1")
        #expect(segmented.segments.map { segmented.id(of: $0) }.last == "demo.ar:10")
    }

    @Test("the English translation gives the same ten sentences: Dr. does not split, the question does")
    func english() throws {
        let document = Document(name: "demo.en", text: DemoSample.english)
        let segmented = try SentenceSegmenter(language: .english).segment(document)
        let lines = Self.lines(DemoSample.english)
        let expected = Array(lines[0...3]) + [lines[5], lines[6]] + Self.split(lines[7], after: "?") + [lines[8], lines[9]]
        #expect(segmented.segments.map { segmented.text(of: $0) } == expected)
        #expect(segmented.segments.map(\.paragraph) == [1, 1, 1, 1, 2, 2, 2, 2, 2, 2])
    }
}
