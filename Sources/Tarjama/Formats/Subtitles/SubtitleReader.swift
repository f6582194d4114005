/// The subtitle formats Tarjama reads and writes.
public enum SubtitleFormat: String, Sendable, CaseIterable {
    case srt
    case webvtt = "vtt"
}

/// Reads SRT and WebVTT files into cues, strictly: a cue whose timing line cannot be read, or
/// that ends before it starts, is refused with file and line rather than skipped.
public enum SubtitleReader {
    /// The cues of the file at `path`; WebVTT when the first line starts with `WEBVTT`, else SRT.
    public static func read(path: String) throws(FormatError) -> (format: SubtitleFormat, cues: [SubtitleCue]) {
        try read(try LineReader(path: path))
    }

    /// The cues of subtitle `text` already in memory (an upload); `name` stands for the file in errors.
    public static func read(text: String, name: String) throws(FormatError) -> (format: SubtitleFormat, cues: [SubtitleCue]) {
        try read(LineReader(name: name, bytes: Array(text.utf8)))
    }

    private static func read(_ lines: LineReader) throws(FormatError) -> (format: SubtitleFormat, cues: [SubtitleCue]) {
        let path = lines.path
        guard let first = try lines.nextLineString() else { return (.srt, []) }
        if first.hasPrefix("WEBVTT") {
            guard first == "WEBVTT" || first.dropFirst(6).first == " " || first.dropFirst(6).first == "\t" else {
                throw .malformed(file: path, line: 1, column: 7, reason: "a WebVTT file must start with WEBVTT and a space or line end")
            }
            return (.webvtt, try readBlocks(lines, firstLine: nil, format: .webvtt))
        }
        return (.srt, try readBlocks(lines, firstLine: first, format: .srt))
    }

    private static func readBlocks(_ lines: LineReader, firstLine: String?, format: SubtitleFormat) throws(FormatError) -> [SubtitleCue] {
        var cues: [SubtitleCue] = []
        var block: [(line: Int, text: String)] = []
        var pendingFirst = firstLine.map { (line: 1, text: $0) }
        var headerDone = format == .srt
        func finish() throws(FormatError) {
            defer { block.removeAll() }
            guard !block.isEmpty else { return }
            if !headerDone { headerDone = true; return }  // WebVTT header lines after WEBVTT
            if format == .webvtt, let first = block.first?.text,
                first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION")
            {
                if !first.contains("-->") { return }
            }
            cues.append(try cue(from: block, path: lines.path, format: format))
        }
        while true {
            let next: (line: Int, text: String)?
            if let first = pendingFirst {
                next = first
                pendingFirst = nil
            } else if let text = try lines.nextLineString() {
                next = (lines.lineNumber, text)
            } else {
                next = nil
            }
            guard let next else { break }
            if next.text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish()
                if !headerDone { headerDone = true }
            } else {
                block.append(next)
            }
        }
        try finish()
        return cues
    }

    private static func cue(from block: [(line: Int, text: String)], path: String, format: SubtitleFormat) throws(FormatError)
        -> SubtitleCue
    {
        guard let timingIndex = block.prefix(2).firstIndex(where: { $0.text.contains("-->") }) else {
            throw .malformed(
                file: path, line: block[0].line, column: 1,
                reason: "expected a cue timing line such as 00:00:01,000 --> 00:00:03,500")
        }
        let timing = block[timingIndex]
        let parts = timing.text.split(separator: " ", omittingEmptySubsequences: true)
        guard let arrow = parts.firstIndex(of: "-->"), arrow == 1, parts.count >= 3,
            let start = TimeRange.parse(parts[0]), let end = TimeRange.parse(parts[2])
        else {
            throw .malformed(
                file: path, line: timing.line, column: 1,
                reason: "unreadable cue timing (expected hh:mm:ss,mmm --> hh:mm:ss,mmm)")
        }
        guard end >= start else {
            throw .malformed(file: path, line: timing.line, column: 1, reason: "the cue ends before it starts")
        }
        var speaker: String?
        var lines: [String] = []
        for line in block[(timingIndex + 1)...] {
            let stripped = CueMarkup.strip(Substring(line.text))
            if speaker == nil { speaker = stripped.speaker }
            lines.append(stripped.text)
        }
        let identifier = timingIndex == 1 ? block[0].text : nil
        return SubtitleCue(
            identifier: identifier, time: TimeRange(start: start, end: end),
            text: lines.joined(separator: "\n"), speaker: speaker)
    }
}
