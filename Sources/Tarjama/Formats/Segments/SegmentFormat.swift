public import TarjamaText

/// The formats `tarjama segment` writes.
///
/// - `jsonl`: one object per segment, `{"id","doc","n","text","start","end","paragraph","dir"}`.
/// - `tsv`: the same fields in that order under a header line.
/// - `text`: one segment per line, a blank line between paragraphs and between documents.
///
/// In every format `text` shows hard wraps inside a segment as one space; `start`/`end` are
/// UTF-16 offsets into the original file, where the line breaks still are. For a subtitle
/// file they count into its cue text, and each segment carries the time span of the cues it
/// came from: `startTime`/`endTime` in seconds (`1.500`) in JSONL, two TSV columns before
/// `text`, and `[hh:mm:ss.mmm → hh:mm:ss.mmm]` before the text lines.
public enum SegmentFormat: String, Sendable, CaseIterable {
    case jsonl, tsv, text

    /// The format called `name`, or an error listing the formats there are.
    public static func named(_ name: String) throws(SegmentFormatError) -> SegmentFormat {
        guard let format = SegmentFormat(rawValue: name.lowercased()) else {
            throw .unknownFormat(name, known: allCases.map(\.rawValue))
        }
        return format
    }

    /// Writes the segments of `segmented` to `writer` (after a header line when `isFirst` and
    /// the format has one), in chunks so memory stays flat on large files.
    ///
    /// - Complexity: O(n) in the text of the segments.
    public func write(_ segmented: SegmentedDocument, to writer: AtomicFileWriter, isFirst: Bool) throws(OutputError) {
        try write(segmented, times: nil, to: writer, isFirst: isFirst, timeColumns: false)
    }

    /// Writes the segments of `segmented` with the time span of each (`times` parallel to its
    /// segments, as ``TranscriptFile/times(of:)`` gives them). `timeColumns` puts the TSV time
    /// columns in the header and every row (empty where a segment has no time), so a run over
    /// text and subtitle files together writes one table.
    ///
    /// - Complexity: O(n) in the text of the segments.
    ///
    /// `rules` (parallel to the segments, from ``SentenceSegmenter/explain(_:)``) adds a `rule`
    /// field to each JSONL record and `[rule]` before each text line; TSV leaves them out.
    public func write(
        _ segmented: SegmentedDocument, times: [TimeRange?]?, to writer: AtomicFileWriter,
        isFirst: Bool, timeColumns: Bool, rules: [BoundaryRule]? = nil
    ) throws(OutputError) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 17)
        if isFirst, self == .tsv {
            buffer.append(contentsOf: "id\tdoc\tn\tstart\tend\tparagraph\tdir\t".utf8)
            if timeColumns { buffer.append(contentsOf: "startTime\tendTime\t".utf8) }
            buffer.append(contentsOf: "text\n".utf8)
        }
        if !isFirst, self == .text, !segmented.segments.isEmpty { buffer.append(0x0A) }
        var idPrefix: [UInt8] = []
        var docField: [UInt8] = []
        if self == .jsonl {
            JSONStringEscaper.append(segmented.document.name, to: &idPrefix, quoted: false)
            JSONStringEscaper.append(segmented.document.name, to: &docField, quoted: true)
        } else {
            idPrefix = Array(Self.tsvSafe(segmented.document.name).utf8)
            docField = idPrefix
        }
        var previousParagraph = segmented.segments.first?.paragraph ?? 0
        try segmented.document.units.withUnsafeBufferPointer { (units) throws(OutputError) in
            for (index, segment) in segmented.segments.enumerated() {
                let text = UnsafeBufferPointer(rebasing: units[segment.range])
                let time = times.flatMap { index < $0.count ? $0[index] : nil }
                let rule = rules.flatMap { index < $0.count ? $0[index] : nil }
                let direction = Bidi.baseDirection(of: text).description
                switch self {
                case .jsonl:
                    buffer.append(contentsOf: #"{"id":""#.utf8)
                    buffer.append(contentsOf: idPrefix)
                    buffer.append(contentsOf: ":\(segment.n)\",\"doc\":".utf8)
                    buffer.append(contentsOf: docField)
                    buffer.append(contentsOf: ",\"n\":\(segment.n),\"text\":".utf8)
                    JSONStringEscaper.appendQuoted(text, to: &buffer, joiningLineBreaks: true)
                    buffer.append(
                        contentsOf:
                            ",\"start\":\(segment.range.lowerBound),\"end\":\(segment.range.upperBound),\"paragraph\":\(segment.paragraph),\"dir\":\"\(direction)\""
                            .utf8)
                    if let time {
                        buffer.append(
                            contentsOf: ",\"startTime\":\(TimeRange.seconds(time.start)),\"endTime\":\(TimeRange.seconds(time.end))".utf8)
                    }
                    if let rule { buffer.append(contentsOf: ",\"rule\":\"\(rule.rawValue)\"".utf8) }
                    buffer.append(contentsOf: "}\n".utf8)
                case .tsv:
                    buffer.append(contentsOf: idPrefix)
                    buffer.append(contentsOf: ":\(segment.n)\t".utf8)
                    buffer.append(contentsOf: docField)
                    buffer.append(
                        contentsOf:
                            "\t\(segment.n)\t\(segment.range.lowerBound)\t\(segment.range.upperBound)\t\(segment.paragraph)\t\(direction)\t"
                            .utf8)
                    if timeColumns {
                        if let time {
                            buffer.append(contentsOf: "\(TimeRange.seconds(time.start))\t\(TimeRange.seconds(time.end))".utf8)
                        } else {
                            buffer.append(0x09)
                        }
                        buffer.append(0x09)
                    }
                    Self.appendPlain(text, to: &buffer)
                    buffer.append(0x0A)
                case .text:
                    if segment.paragraph != previousParagraph { buffer.append(0x0A) }
                    if let time { buffer.append(contentsOf: "[\(time.displayText)] ".utf8) }
                    if let rule { buffer.append(contentsOf: "[\(rule.rawValue)] ".utf8) }
                    Self.appendPlain(text, to: &buffer)
                    buffer.append(0x0A)
                }
                previousParagraph = segment.paragraph
                if buffer.count >= 1 << 16 {
                    try writer.write(bytes: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        try writer.write(bytes: buffer)
    }

    /// Text for TSV and plain lines: wraps, tabs and control characters become spaces.
    private static func appendPlain(_ units: UnsafeBufferPointer<UInt16>, to output: inout [UInt8]) {
        JSONStringEscaper.append(units, to: &output, joiningLineBreaks: true, escaping: false)
    }

    private static func tsvSafe(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
