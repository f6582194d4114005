import Foundation
import Tarjama
import TarjamaText

extension Demo {
    /// Writes the Arabic transcript as SRT, one cue per transcript line three seconds apart, as
    /// a transcription tool exports it, then reads it back as `tarjama segment cues.srt` does:
    /// sentences are found across cue boundaries and each keeps the times of its cues.
    static func subtitleStep(arabic: Document, in directory: URL) throws {
        let lines = arabic.text.split(whereSeparator: \.isNewline).map(String.init)
        let cues = lines.enumerated().map { index, line in
            SubtitleCue(time: TimeRange(start: index * 3000, end: index * 3000 + 2900), text: line)
        }
        let path = directory.appendingPathComponent("demo.ar.srt").path
        try AtomicFileWriter.write(SubtitleWriter.render(cues, format: .srt), to: path)
        let transcript = try TranscriptFile.read(contentsOf: path)
        let segmented = try SentenceSegmenter(language: .arabic).segment(transcript.document)
        let times = transcript.times(of: segmented) ?? []
        let plainCount = try SentenceSegmenter(language: .arabic).segment(arabic).segments.count
        let difference =
            segmented.segments.count == plainCount
            ? "the same as the text"
            : "the text with its blank lines gave \(plainCount); cues carry no paragraph breaks, so a paragraph "
                + "ending without a full stop runs into the next"
        print(
            "   As subtitles (demo.ar.srt, one cue per transcript line): \(lines.count) cues give "
                + "\(segmented.segments.count) sentences (\(difference)), each with the span of the cues it runs across:")
        for (segment, time) in zip(segmented.segments, times).prefix(3) {
            let text = segmented.text(of: segment).split(whereSeparator: \.isNewline).joined(separator: " ")
            print("   [\(time?.displayText ?? "no time")]  \(text.prefix(60))…")
        }
    }
}
