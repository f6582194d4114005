/// A segment's source as the workstation shows it: the document text of the segment's range with
/// every hard wrap (a run of white space holding a line break) read as one space, as the segment
/// JSONL shows it. Because the stored source is always derived from the range, splitting a
/// segment and merging the parts again gives back the same source.
struct SegmentSource {
    /// The document text the range points into, as UTF-16.
    let units: [UInt16]

    /// The shown source of `range`.
    func text(of range: Range<Int>) -> String {
        var shown: [UInt16] = []
        shown.reserveCapacity(range.count)
        units.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                guard TextWraps.isSpace(buffer[index]) else {
                    shown.append(buffer[index])
                    index += 1
                    continue
                }
                let run = TextWraps.whiteSpaceRun(in: UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), at: index)
                if run.wraps {
                    shown.append(0x20)
                } else {
                    shown.append(contentsOf: buffer[index..<run.end])
                }
                index = run.end
            }
        }
        return String(decoding: shown, as: UTF16.self)
    }

    /// The document offset of UTF-16 offset `offset` in the shown source of `range`; nil when
    /// `offset` falls outside it.
    func documentOffset(of offset: Int, in range: Range<Int>) -> Int? {
        guard offset >= 0 else { return nil }
        var shown = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if shown == offset { return index }
            if TextWraps.isSpace(units[index]) {
                let run = units.withUnsafeBufferPointer { buffer in
                    TextWraps.whiteSpaceRun(in: UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), at: index)
                }
                if run.wraps {
                    shown += 1
                    index = run.end
                    continue
                }
            }
            shown += 1
            index += 1
        }
        return shown == offset ? range.upperBound : nil
    }

    /// `range` without white space at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, TextWraps.isSpace(units[lower]) { lower += 1 }
        while upper > lower, TextWraps.isSpace(units[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether `offset` falls between the two halves of a surrogate pair.
    func splitsSurrogatePair(at offset: Int) -> Bool {
        offset > 0 && offset < units.count && UTF16.isTrailSurrogate(units[offset]) && UTF16.isLeadSurrogate(units[offset - 1])
    }
}
