import Testing
import TarjamaText

@Suite("Splitting and merging segments")
struct SegmentEditingTests {
    static let text = "وفي ريف حماة ارسل الهلال الاحمر قوافل\nوكالة سانا\nنقلت ذلك.\n\nوعاد الهدوء."

    static func segmented() throws -> SegmentedDocument {
        try SentenceSegmenter(language: .arabic).segment(Document(name: "t", text: text))
    }

    @Test("a merge joins two segments and renumbers the rest; a split at the old boundary restores them")
    func mergeThenSplit() throws {
        var segmented = try Self.segmented()
        let before = segmented.segments
        #expect(before.count == 3)
        try segmented.merge(segment: 1)
        #expect(segmented.segments.map(\.n) == [1, 2])
        #expect(segmented.text(of: segmented.segments[0]) == "وفي ريف حماة ارسل الهلال الاحمر قوافل\nوكالة سانا\nنقلت ذلك.")
        #expect(segmented.segments[1].range == before[2].range)
        try segmented.split(segment: 1, at: before[1].range.lowerBound)
        #expect(segmented.segments == before)
    }

    @Test("ids follow the renumbering after a split")
    func ids() throws {
        var segmented = try Self.segmented()
        let last = segmented.segments.last!
        try segmented.split(segment: 1, at: 10)
        #expect(segmented.id(of: segmented.segments.last!) == "t:\(segmented.segments.count)")
        #expect(segmented.segments.last!.range == last.range)
    }

    @Test("splits outside the segment or inside a surrogate pair are refused")
    func refusedSplits() throws {
        var segmented = try Self.segmented()
        let range = segmented.segments[0].range
        #expect(throws: SegmentEditError.offsetOutsideSegment(id: "t:1", offset: range.upperBound, range: range)) {
            try segmented.split(segment: 1, at: range.upperBound)
        }
        #expect(throws: SegmentEditError.noSuchSegment(document: "t", n: 99)) { try segmented.split(segment: 99, at: 3) }
        var emoji = try SentenceSegmenter(language: .arabic).segment(Document(name: "e", text: "قال 🙂 ذلك."))
        #expect(throws: SegmentEditError.insideCharacter(id: "e:1", offset: 5)) { try emoji.split(segment: 1, at: 5) }
    }

    @Test("merging across a blank line or past the last segment is refused")
    func refusedMerges() throws {
        var segmented = try Self.segmented()
        let count = segmented.segments.count
        #expect(throws: SegmentEditError.differentParagraphs(first: "t:\(count - 1)", second: "t:\(count)")) {
            try segmented.merge(segment: count - 1)
        }
        #expect(throws: SegmentEditError.nothingToMergeWith(id: "t:\(count)")) { try segmented.merge(segment: count) }
    }
}
