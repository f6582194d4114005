import Foundation
import Testing
import Tarjama
import TarjamaText
import TestSupport

@Suite("SRT and WebVTT import and export")
struct SubtitleTests {
    static let srt = """
        1
        00:00:01,000 --> 00:00:04,200
        أعلنت محافظة حلب صباح اليوم اعادة افتتاح
        الطريق الدولي بين حلب ودمشق

        2
        00:00:04,300 --> 00:00:07,900
        امام حركة المسافرين. وقال محافظ حلب

        3
        00:00:08,000 --> 00:00:11,500
        <i>ان اكثر من الفين سيارة عبرت الطريق.</i>

        """

    static let vtt = """
        WEBVTT - radio bulletin

        NOTE recorded at the desk

        intro
        00:01.000 --> 00:04.200 align:start
        <v المذيع>أعلنت محافظة حلب صباح اليوم

        00:04.300 --> 01:00:07.900
        &lt;خبر عاجل&gt; وكالة سانا

        """

    static func file(_ text: String, _ name: String) throws -> String {
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// UTF-16 ranges of the sentences of `text` (ending in `.`), as a segmenter would give them.
    static func sentences(in text: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, unit) in units.enumerated() where unit == 0x2E {
            while start < index && (units[start] == 0x20 || units[start] == 0x0A) { start += 1 }
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        return ranges
    }

    @Test("SRT cues are read with times, markup removed and lines kept")
    func readSRT() throws {
        let (format, cues) = try SubtitleReader.read(path: try Self.file(Self.srt, "news.srt"))
        #expect(format == .srt)
        #expect(cues.count == 3)
        #expect(cues[0].identifier == "1")
        #expect(cues[0].time == TimeRange(start: 1000, end: 4200))
        #expect(cues[0].text == "أعلنت محافظة حلب صباح اليوم اعادة افتتاح\nالطريق الدولي بين حلب ودمشق")
        #expect(cues[2].text == "ان اكثر من الفين سيارة عبرت الطريق.")
    }

    @Test("WebVTT header, NOTE blocks, short times, settings, voices and references are handled")
    func readWebVTT() throws {
        let (format, cues) = try SubtitleReader.read(path: try Self.file(Self.vtt, "news.vtt"))
        #expect(format == .webvtt)
        #expect(cues.count == 2)
        #expect(cues[0].identifier == "intro")
        #expect(cues[0].speaker == "المذيع")
        #expect(cues[0].text == "أعلنت محافظة حلب صباح اليوم")
        #expect(cues[1].time == TimeRange(start: 4300, end: 3_607_900))
        #expect(cues[1].text == "<خبر عاجل> وكالة سانا")
    }

    @Test("a sentence spanning cues gets their joint time range; two sentences in one cue share it")
    func segmentTimes() throws {
        let timed = try TimedText(contentsOf: try Self.file(Self.srt, "news.srt"))
        let segments = Self.sentences(in: timed.text)
        #expect(segments.count == 2)
        let times = timed.timeRanges(of: segments)
        // Sentence 1 runs from cue 1 into cue 2; sentence 2 from cue 2 into cue 3.
        #expect(times == [TimeRange(start: 1000, end: 7900), TimeRange(start: 4300, end: 11500)])
        #expect(timed.timeRanges(of: [0..<5]) == [TimeRange(start: 1000, end: 4200)])
        #expect(timed.document(name: "news").count == timed.text.utf16.count)
        let cue3 = timed.cueRanges[2]
        #expect(timed.timeRanges(of: [cue3.lowerBound..<(cue3.lowerBound + 3)]) == [TimeRange(start: 8000, end: 11500)])
    }

    @Test("translated segments become sequential cues; a shared range is divided by length")
    func export() throws {
        let items = [
            SubtitleWriter.Item(
                text: "Aleppo governorate announced this morning that the international highway has reopened.",
                time: TimeRange(start: 1000, end: 7900)),
            SubtitleWriter.Item(text: "The governor said", time: TimeRange(start: 8000, end: 12000)),
            SubtitleWriter.Item(text: "that 2,500 cars used it.", time: TimeRange(start: 8000, end: 12000)),
        ]
        let cues = SubtitleWriter.cues(for: items)
        #expect(
            cues.map(\.time) == [TimeRange(start: 1000, end: 7900), TimeRange(start: 8000, end: 9658), TimeRange(start: 9658, end: 12000)])
        #expect(cues[0].text.split(separator: "\n").allSatisfy { $0.count <= 42 })
        let srt = SubtitleWriter.render(cues, format: .srt)
        #expect(srt.hasPrefix("1\n00:00:01,000 --> 00:00:07,900\nAleppo governorate announced this morning\n"))
        let path = try TarjamaBinary.temporaryDirectory().appendingPathComponent("en.vtt").path
        try SubtitleWriter.write(items, format: .webvtt, to: path)
        let back = try SubtitleReader.read(path: path)
        #expect(back.format == .webvtt)
        #expect(back.cues.map(\.time) == cues.map(\.time))
        #expect(back.cues.map { $0.text.replacingOccurrences(of: "\n", with: " ") } == items.map(\.text))
    }

    @Test(
        "a cue with an unreadable timing line or ending before it starts is refused with its line",
        arguments: [
            ("1\n00:00:01,000 -> 00:00:02,000\nنص\n", 1, "expected a cue timing line such as 00:00:01,000 --> 00:00:03,500"),
            ("1\n00:00:01,000 --> 00:00:02\nنص\n", 2, "unreadable cue timing (expected hh:mm:ss,mmm --> hh:mm:ss,mmm)"),
            ("1\n00:00:03,000 --> 00:00:02,000\nنص\n", 2, "the cue ends before it starts"),
        ])
    func refusals(text: String, line: Int, reason: String) throws {
        let path = try Self.file(text, "bad.srt")
        #expect(throws: FormatError.malformed(file: path, line: line, column: 1, reason: reason)) {
            try SubtitleReader.read(path: path)
        }
    }
}
