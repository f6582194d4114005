/// Bidi services over whole documents, line by line (each line is a bidi paragraph): base
/// directions and runs, visual order for a terminal without bidi support, and isolation of
/// opposite-direction runs for safe display.
///
/// Owns one ICU bidi engine, reused for every line; not thread-safe.
public final class BidiLayout {
    private let bidi: Bidi

    /// Opens the bidi engine.
    public init() throws(ICUError) {
        bidi = try Bidi()
    }

    /// The bidi paragraphs (non-empty lines) of `units` with their directions and runs.
    public func paragraphs(of units: [UInt16]) throws(ICUError) -> [BidiParagraph] {
        var result: [BidiParagraph] = []
        for line in Self.lines(of: units) where !line.isEmpty {
            try bidi.setParagraph(Array(units[line]))
            let base: Bidi.Direction = bidi.paragraphLevel % 2 == 1 ? .rightToLeft : .leftToRight
            let runs = try bidi.visualRuns()
                .map {
                    BidiParagraph.Run(range: line.lowerBound + $0.start..<line.lowerBound + $0.start + $0.length, direction: $0.direction)
                }
                .sorted { $0.range.lowerBound < $1.range.lowerBound }
            result.append(BidiParagraph(range: line, baseDirection: base, direction: bidi.direction, runs: runs))
        }
        return result
    }

    /// `units` in visual (left-to-right display) order, line by line, with mirrored brackets and
    /// bidi controls removed: what a plain terminal should print.
    public func visualOrder(of units: [UInt16]) throws(ICUError) -> [UInt16] {
        try transformLines(of: units) { line throws(ICUError) in
            try bidi.setParagraph(line)
            return try bidi.reordered(options: [.mirror, .removeControls])
        }
    }

    /// `units` with every run that goes against its line's direction (a Latin name or a number
    /// inside Arabic, Arabic inside English) wrapped in an isolate (LRI or RLI … PDI), so that
    /// it cannot reorder the text around it when displayed.
    public func isolatingOppositeRuns(in units: [UInt16]) throws(ICUError) -> [UInt16] {
        try transformLines(of: units) { line throws(ICUError) in
            try bidi.setParagraph(line)
            let base = bidi.paragraphLevel
            var output: [UInt16] = []
            output.reserveCapacity(line.count + 8)
            var index = 0
            while index < line.count {
                guard bidi.level(at: index) > base else {
                    output.append(line[index])
                    index += 1
                    continue
                }
                var end = index
                var lowest = UInt8.max
                while end < line.count {
                    let level = bidi.level(at: end)
                    if level <= base { break }
                    lowest = min(lowest, level)
                    end += 1
                }
                let opener: BidiControl = lowest % 2 == 0 ? .leftToRightIsolate : .rightToLeftIsolate
                output.append(opener.rawValue)
                output.append(contentsOf: line[index..<end])
                output.append(BidiControl.popDirectionalIsolate.rawValue)
                index = end
            }
            return output
        }
    }

    /// Applies `transform` to each non-empty line, keeping line breaks as they are.
    private func transformLines(of units: [UInt16], _ transform: ([UInt16]) throws(ICUError) -> [UInt16]) throws(ICUError) -> [UInt16] {
        var output: [UInt16] = []
        output.reserveCapacity(units.count + units.count / 16)
        var previousEnd = 0
        for line in Self.lines(of: units) {
            output.append(contentsOf: units[previousEnd..<line.lowerBound])
            if !line.isEmpty { output.append(contentsOf: try transform(Array(units[line]))) }
            previousEnd = line.upperBound
        }
        output.append(contentsOf: units[previousEnd...])
        return output
    }

    /// The ranges of the lines of `units`, line breaks excluded.
    static func lines(of units: [UInt16]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if TextUnits.isLineBreak(unit) {
                lines.append(start..<index)
                if unit == 0x0D && index + 1 < units.count && units[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < units.count { lines.append(start..<units.count) }
        return lines
    }
}
