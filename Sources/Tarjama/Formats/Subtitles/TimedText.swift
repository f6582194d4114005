/// The text of a subtitle file as one document, with each cue's place in it, so sentence
/// segments found in the text can be given the time range of the cues they came from.
///
/// Cues are joined with a line feed (and keep their own line breaks), as a hard-wrapped
/// transcript would be; offsets are UTF-16 code units, as everywhere in Tarjama.
public struct TimedText: Sendable {
    /// The cues in order.
    public let cues: [SubtitleCue]
    /// The cue texts joined by LF.
    public let text: String
    /// UTF-16 range of each cue's text in ``text``, parallel to ``cues``.
    public let cueRanges: [Range<Int>]

    /// Joins `cues` into one text.
    public init(cues: [SubtitleCue]) {
        self.cues = cues
        var text = ""
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(cues.count)
        var offset = 0
        for (index, cue) in cues.enumerated() {
            if index > 0 {
                text += "\n"
                offset += 1
            }
            let length = cue.text.utf16.count
            ranges.append(offset..<(offset + length))
            text += cue.text
            offset += length
        }
        self.text = text
        cueRanges = ranges
    }

    /// Reads an SRT or WebVTT file.
    public init(contentsOf path: String) throws(FormatError) {
        self.init(cues: try SubtitleReader.read(path: path).cues)
    }

    /// The time range of each segment: from the start of the first cue it overlaps to the end
    /// of the last, so a sentence spanning cues spans their times. Segments must be in text
    /// order and not overlap; a segment touching no cue text (only the joining line feeds)
    /// gets the nearest preceding cue's range (nil if there is none).
    /// - Complexity: O(segments + cues).
    public func timeRanges(of segments: [Range<Int>]) -> [TimeRange?] {
        var result: [TimeRange?] = []
        result.reserveCapacity(segments.count)
        var cue = 0
        for segment in segments {
            // Skip cues that end before the segment starts.
            while cue < cueRanges.count && cueRanges[cue].upperBound <= segment.lowerBound { cue += 1 }
            var last = cue
            var range: TimeRange?
            while last < cueRanges.count && cueRanges[last].lowerBound < max(segment.upperBound, segment.lowerBound + 1) {
                range = range.map { $0.union(cues[last].time) } ?? cues[last].time
                last += 1
            }
            if range == nil, cue > 0 { range = cues[cue - 1].time }
            result.append(range)
            // The next segment may start inside the last cue this one touched.
            cue = max(cue, last - 1)
        }
        return result
    }

    /// The speaker of the first cue a range overlaps, when WebVTT named one.
    public func speaker(at range: Range<Int>) -> String? {
        guard let index = cueRanges.firstIndex(where: { $0.upperBound > range.lowerBound }) else { return nil }
        return cues[index].speaker
    }
}
