public import TarjamaText

/// What `tarjama suggest` runs once the file is read and segmented: every segment's suggestions,
/// written as the suggestion JSONL contract or the text report, in segment order.
///
/// The segments are cut into chunks that are worked on by ``workers`` threads at once, each
/// chunk's lines encoded into its own byte buffer (JSONL by hand, with no `String` per line),
/// and the buffers written in order as they are finished: the output is byte for byte what one
/// thread writes, and memory holds a few chunks, not the whole output.
public struct SuggestionJob: Sendable {
    /// The output format.
    public enum Format: String, Sendable, CaseIterable {
        /// `<id>  <text>` then one indented line per suggestion.
        case text
        /// One object per segment (the suggestion JSONL contract in ARCHITECTURE.md).
        case jsonl
    }

    public var suggester: GlossarySuggester
    public var format: Format
    /// How many threads find suggestions at once; 1 runs everything on the calling thread.
    public var workers: Int

    /// The UTF-16 units a chunk holds at least (about 64 kB of Arabic): large enough that
    /// handing a chunk to a thread costs nothing beside its work, small enough that two
    /// threads stay busy to the end of the file.
    static let chunkUnits = 1 << 15

    public init(suggester: GlossarySuggester, format: Format, workers: Int? = nil) {
        self.suggester = suggester
        self.format = format
        self.workers = max(1, workers ?? ParallelWork.defaultWorkers)
    }

    /// Writes the suggestions for every segment of `segmented` to `writer` (not committed).
    ///
    /// - Parameter times: per segment, the time span of its subtitle cues (nil for plain text).
    public func write(
        _ segmented: SegmentedDocument, times: [TimeRange?]?,
        to writer: AtomicFileWriter
    ) throws(SuggestionJobError) {
        let chunks = Self.chunks(of: segmented.segments)
        let idPrefix = TermSuggestion.jsonIDPrefix(documentName: segmented.document.name)
        let job = self
        try ParallelWork.run(count: chunks.count, workers: workers) { (_: Int, chunk: Int) throws(SuggestionJobError) -> [UInt8] in
            try job.lines(segmented, chunks[chunk], times: times, idPrefix: idPrefix)
        } consume: { (bytes: [UInt8]) throws(SuggestionJobError) in
            do throws(OutputError) { try writer.write(bytes: bytes) } catch { throw .output(error) }
        }
    }

    /// The output for `segments` of `segmented`.
    private func lines(
        _ segmented: SegmentedDocument, _ segments: Range<Int>, times: [TimeRange?]?,
        idPrefix: [UInt8]
    ) throws(SuggestionJobError) -> [UInt8] {
        var output: [UInt8] = []
        let all = segmented.segments
        // JSONL is about three bytes per unit of segment text; reserving avoids regrowth.
        if let first = segments.first, let last = segments.last {
            output.reserveCapacity((all[last].range.upperBound - all[first].range.lowerBound) * 3)
        }
        do throws(NormalizationError) {
            try segmented.document.units.withUnsafeBufferPointer { units throws(NormalizationError) in
                for index in segments {
                    let segment = all[index]
                    let time = times.flatMap { index < $0.count ? $0[index] : nil }
                    let suggestions = try suggester.suggestions(in: units, range: segment.range)
                    switch format {
                    case .jsonl:
                        TermSuggestion.appendJSONLine(
                            idPrefix: idPrefix, n: segment.n, units: units, range: segment.range,
                            time: time, suggestions: suggestions, to: &output)
                    case .text:
                        let text = segmented.text(of: segment)
                        let shownTime = time.map { "[\($0.displayText)]  " } ?? ""
                        let line =
                            "\(segmented.id(of: segment))  \(shownTime)\(text.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
                        output.append(contentsOf: line.utf8)
                        for suggestion in suggestions {
                            output.append(contentsOf: suggestion.textLine.utf8)
                            output.append(0x0A)
                        }
                    }
                }
            }
        } catch {
            throw .text(error)
        }
        return output
    }

    /// `segments` cut into runs of whole segments of at least ``chunkUnits`` units each.
    static func chunks(of segments: [Segment]) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0
        var units = 0
        for (index, segment) in segments.enumerated() {
            units += segment.range.count
            if units >= chunkUnits {
                chunks.append(start..<(index + 1))
                start = index + 1
                units = 0
            }
        }
        if start < segments.count { chunks.append(start..<segments.count) }
        return chunks
    }
}

/// Why a suggestion run stopped.
public enum SuggestionJobError: Error, CustomStringConvertible, Sendable {
    /// A segment's text could not be normalised.
    case text(NormalizationError)
    /// The output could not be written.
    case output(OutputError)

    public var description: String {
        switch self {
        case let .text(error): error.description
        case let .output(error): error.description
        }
    }
}
