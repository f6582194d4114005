import Foundation
import Tarjama
import TarjamaText
import TestSupport
import Testing

@Suite("Project store: uploading documents")
struct ProjectStoreUploadTests {
    static let transcript = "samples/aleppo-radio-2016.ar.txt"

    /// The segments `tarjama segment` makes of `text`.
    static func expectedRanges(_ text: String) throws -> [Range<Int>] {
        try SentenceSegmenter(language: .arabic).segment(Document(name: "expected", text: text)).segments.map(\.range)
    }

    /// Checks that each segment points into `text`, in order, numbered 1...n, and that its
    /// source is the text of its range with hard wraps read as one space.
    static func expectConsistent(_ segments: [ProjectSegment], with text: String, name: String) {
        let units = Array(text.utf16)
        var previousEnd = 0
        for (offset, segment) in segments.enumerated() {
            #expect(segment.index == offset + 1)
            #expect(segment.segmentID == "\(name):\(offset + 1)")
            #expect(segment.start >= previousEnd && segment.start < segment.end && segment.end <= units.count)
            previousEnd = segment.end
            let original = String(decoding: units[segment.start..<segment.end], as: UTF16.self)
            let squeezed = original.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(segment.source.split(whereSeparator: \.isWhitespace).joined(separator: " ") == squeezed)
            #expect(!segment.source.contains("\n") && segment.source.first?.isWhitespace == false)
            #expect(segment.version == 1 && segment.status == .initial && segment.target.isEmpty)
        }
    }

    @Test(
        "the real transcript is segmented as tarjama segment does, with offsets into the text",
        .enabled(if: SharedData.has(transcript), Comment(rawValue: SharedData.missingReason(transcript))))
    func realTranscript() throws {
        let text = try String(contentsOf: SharedData.url(Self.transcript)!, encoding: .utf8)
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "aleppo-radio-2016", content: text, user: "huda")
        let segments = try store.segments(ofDocument: document.id)
        let expected = try Self.expectedRanges(text)
        #expect(segments.count == expected.count && segments.count > 5)
        #expect(document.segmentCount == segments.count && document.confirmedCount == 0)
        #expect(segments.map { $0.start..<$0.end } == expected)
        Self.expectConsistent(segments, with: text, name: "aleppo-radio-2016")
        #expect(segments.allSatisfy { $0.timeRange == nil && $0.changedBy == "huda" })
    }

    @Test("the bundled sample is segmented with its hard wraps re-flowed")
    func demoSample() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "demo", content: DemoSample.arabic)
        let segments = try store.segments(ofDocument: document.id)
        #expect(segments.map { $0.start..<$0.end } == (try Self.expectedRanges(DemoSample.arabic)))
        Self.expectConsistent(segments, with: DemoSample.arabic, name: "demo")
        // The first sentence is wrapped over two lines and reads as one.
        #expect(segments[0].source.hasSuffix("بعد اعمال صيانة استمرت ثلاثة اشهر."))
        #expect(try store.documents().map(\.name) == ["demo"])
    }

    @Test("SRT segments keep their cues' times; a sentence spanning two cues gets both")
    func srtTimes() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "bulletin", content: ProjectStoreFixtures.srt, format: .srt)
        let segments = try store.segments(ofDocument: document.id)
        #expect(segments.count == 3)
        #expect(
            segments.map(\.timeRange) == [
                TimeRange(start: 2000, end: 9000), TimeRange(start: 5600, end: 9000), TimeRange(start: 9100, end: 12250),
            ])
        #expect(segments[0].source.hasSuffix("صباح اليوم."))
        #expect(!segments[2].source.contains("<i>"))
        let cueText = TimedText(cues: try SubtitleReader.read(text: ProjectStoreFixtures.srt, name: "bulletin").cues).text
        Self.expectConsistent(segments, with: cueText, name: "bulletin")
        let items = try store.subtitleItems(ofDocument: document.id)
        #expect(items.map(\.time) == segments.compactMap(\.timeRange))
        #expect(items.map(\.text) == segments.map(\.source))
    }

    @Test("WebVTT segments keep their times and the speaker goes to the subtitle export")
    func webvttTimes() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let document = try store.addDocument(name: "news", content: ProjectStoreFixtures.webvtt, format: .webvtt)
        let segments = try store.segments(ofDocument: document.id)
        #expect(segments.map(\.timeRange) == [TimeRange(start: 1000, end: 3000), TimeRange(start: 3500, end: 6000)])
        #expect(try store.subtitleItems(ofDocument: document.id).map(\.speaker) == ["المذيع", nil])
        #expect(try store.document(document.id).format == .webvtt)
    }

    @Test("content that is not a transcript is refused with a reason naming the place, never the text")
    func invalidContent() throws {
        let store = try ProjectStoreFixtures.makeStore()
        func reason(_ body: () throws -> Void) -> String? {
            do { try body() } catch let ProjectStoreError.invalidInput(reason) { return reason } catch { return "other: \(error)" }
            return nil
        }
        let nul = reason { _ = try store.addDocument(name: "binary", content: "خبر عاجل\n\u{0}من حلب") }
        #expect(nul?.contains("NUL") == true && nul?.contains("line 2") == true && nul?.contains("حلب") == false)
        let empty = reason { _ = try store.addDocument(name: "blank", content: " \n\n\t") }
        #expect(empty?.contains("empty") == true)
        let badCue = reason { _ = try store.addDocument(name: "cut", content: "1\n00:00:01,000 --> 00:00:0x,000\nخبر\n", format: .srt) }
        #expect(badCue?.hasPrefix("cut:2:") == true && badCue?.contains("خبر") == false)
        let notVTT = reason { _ = try store.addDocument(name: "mislabelled", content: ProjectStoreFixtures.srt, format: .webvtt) }
        #expect(notVTT?.contains("WEBVTT") == true)
        #expect(reason { _ = try store.addDocument(name: " ", content: DemoSample.arabic) }?.contains("name") == true)
        #expect(reason { _ = try store.addDocument(name: "x", content: DemoSample.arabic, sourceLanguage: "fr") }?.contains("fr") == true)
        #expect(reason { _ = try store.addDocument(name: "x", content: DemoSample.arabic, targetLanguage: "en gb") } != nil)
        #expect(try store.documents().isEmpty)
    }

    @Test("a name another document has is refused, nothing written; free again once that document is deleted")
    func takenName() throws {
        let store = try ProjectStoreFixtures.makeStore()
        let first = try store.addDocument(name: "demo", content: DemoSample.arabic)
        #expect(throws: ProjectStoreError.nameTaken(existing: first.id)) {
            _ = try store.addDocument(name: " demo ", content: DemoSample.arabic)
        }
        #expect(try store.documents().count == 1)
        #expect(!ProjectStoreError.nameTaken(existing: first.id).description.contains("demo"), "user data stays out of messages")
        try store.deleteDocument(first.id)
        #expect(try store.addDocument(name: "demo", content: DemoSample.arabic).name == "demo")
    }

    @Test("unbalanced bidi controls are refused with their line and column, as in every text input; closed ones are kept")
    func unbalancedBidiRefused() throws {
        let store = try ProjectStoreFixtures.makeStore()
        #expect(
            throws: ProjectStoreError.invalidInput(
                reason: "rlo:1:13: RLO (U+202E) is not closed by a PDF before the end of the line; "
                    + "the rest of the line displays in forced order, not as stored; close or remove the bidi controls and upload it again")
        ) {
            try store.addDocument(name: "rlo", content: "قال المحافظ \u{202E}ان الطريق مفتوح.\n")
        }
        #expect(try store.documents().isEmpty)
        let document = try store.addDocument(name: "rlo", content: "قال المحافظ \u{202E}ان الطريق\u{202C} مفتوح.\n")
        #expect(document.segmentCount == 1)
    }

    @Test("unknown documents are not found; deleting one removes its segments")
    func notFoundAndDelete() throws {
        let store = try ProjectStoreFixtures.makeStore()
        #expect(throws: ProjectStoreError.notFound(kind: "document", id: 42)) { try store.document(42) }
        #expect(throws: ProjectStoreError.notFound(kind: "document", id: 42)) { try store.segments(ofDocument: 42) }
        #expect(throws: ProjectStoreError.notFound(kind: "segment", id: 42)) { try store.segment(42) }
        let document = try store.addDocument(name: "demo", content: DemoSample.arabic)
        let first = try store.segments(ofDocument: document.id)[0]
        try store.deleteDocument(document.id)
        #expect(throws: ProjectStoreError.notFound(kind: "segment", id: first.id)) { try store.segment(first.id) }
        #expect(throws: ProjectStoreError.notFound(kind: "document", id: document.id)) { try store.deleteDocument(document.id) }
        #expect(try store.integrityProblems().isEmpty)
    }
}
