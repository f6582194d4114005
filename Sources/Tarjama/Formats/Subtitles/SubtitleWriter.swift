/// Writes translated segments as SRT or WebVTT cues through an ``AtomicFileWriter``.
///
/// Each segment becomes one cue in its time range. Segments that share a range (two sentences
/// from one cue) divide it in proportion to their length; a cue never starts before the
/// previous one ends, so players show one at a time. Text is wrapped at word boundaries to
/// ``maxLineLength`` characters.
public enum SubtitleWriter {
    /// One translated segment and when it is spoken.
    public struct Item: Sendable, Hashable {
        public var text: String
        public var time: TimeRange
        public var speaker: String?

        public init(text: String, time: TimeRange, speaker: String? = nil) {
            self.text = text
            self.time = time
            self.speaker = speaker
        }
    }

    /// The cues `items` become (times shared out and made sequential, text wrapped).
    public static func cues(for items: [Item], maxLineLength: Int = 42) -> [SubtitleCue] {
        var cues: [SubtitleCue] = []
        var index = 0
        var previousEnd = 0
        while index < items.count {
            var runEnd = index + 1
            while runEnd < items.count && items[runEnd].time == items[index].time { runEnd += 1 }
            let run = items[index..<runEnd]
            let range = items[index].time
            let weights = run.map { max(1, $0.text.count) }
            let total = weights.reduce(0, +)
            var start = range.start
            var consumed = 0
            for (item, weight) in zip(run, weights) {
                consumed += weight
                let end = range.start + (range.end - range.start) * consumed / total
                let cueStart = max(start, previousEnd)
                let cueEnd = max(end, cueStart)
                cues.append(
                    SubtitleCue(
                        identifier: String(cues.count + 1), time: TimeRange(start: cueStart, end: cueEnd),
                        text: wrap(item.text, maxLineLength: maxLineLength), speaker: item.speaker))
                previousEnd = cueEnd
                start = end
            }
            index = runEnd
        }
        return cues
    }

    /// The file text for `cues` in `format`.
    public static func render(_ cues: [SubtitleCue], format: SubtitleFormat) -> String {
        var output = format == .webvtt ? "WEBVTT\n\n" : ""
        for (index, cue) in cues.enumerated() {
            switch format {
            case .srt:
                output +=
                    "\(index + 1)\n" + TimeRange.format(cue.time.start, separator: ",") + " --> "
                    + TimeRange.format(cue.time.end, separator: ",") + "\n" + blankLinesRemoved(cue.text) + "\n\n"
            case .webvtt:
                let voice = cue.speaker.map { "<v \(CueMarkup.escapeForWebVTT($0))>" } ?? ""
                output +=
                    "\(index + 1)\n" + TimeRange.format(cue.time.start, separator: ".") + " --> "
                    + TimeRange.format(cue.time.end, separator: ".") + "\n" + voice
                    + CueMarkup.escapeForWebVTT(blankLinesRemoved(cue.text)) + "\n\n"
            }
        }
        return output
    }

    /// Writes `items` as cues to `path` (`-` for standard output).
    public static func write(_ items: [Item], format: SubtitleFormat, to path: String, maxLineLength: Int = 42) throws(OutputError) {
        try AtomicFileWriter.write(render(cues(for: items, maxLineLength: maxLineLength), format: format), to: path)
    }

    /// `text` broken at spaces into lines of at most `maxLineLength` characters (a longer word
    /// stays whole).
    static func wrap(_ text: String, maxLineLength: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if !line.isEmpty && line.count + 1 + word.count > maxLineLength {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    // A blank line would end the cue early in both formats.
    private static func blankLinesRemoved(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }
}
