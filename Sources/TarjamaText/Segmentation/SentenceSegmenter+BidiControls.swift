extension SentenceSegmenter {
    /// Whether `unit` is a bidi formatting control (marks, embeddings, overrides, isolates):
    /// invisible characters web pages and word processors wrap around punctuation and Latin
    /// runs, which say nothing about where a sentence ends.
    @inline(__always)
    static func isBidiControl(_ unit: UInt16) -> Bool { BidiControl(unit: unit) != nil }

    /// Whether `units` hold a bidi control, read 16 units at a time (the pass runs on every
    /// document, and nearly all have none).
    static func containsBidiControl(_ units: [UInt16]) -> Bool {
        var found = false
        units.withUnsafeBufferPointer { text in
            TextUnits.forEachCandidateBlock(
                in: text,
                mayHold: { block in
                    // U+200E...U+2069 (marks, embeddings, isolates and their neighbours) or ALM.
                    (block &- SIMD16(repeating: 0x200E)) .<= SIMD16(repeating: 0x5B) .| (block .== SIMD16(repeating: 0x061C))
                }
            ) { range in
                found = text[range].contains(where: isBidiControl)
                return !found
            }
        }
        return found
    }

    /// The document without its bidi controls, and for each unit kept its offset in the
    /// original (one entry more, for the end); nil when the text has none, the common case.
    static func withoutBidiControls(_ document: Document) -> (document: Document, offsets: [Int])? {
        guard containsBidiControl(document.units) else { return nil }
        var kept: [UInt16] = []
        var offsets: [Int] = []
        kept.reserveCapacity(document.count)
        offsets.reserveCapacity(document.count + 1)
        for (offset, unit) in document.units.enumerated() where !isBidiControl(unit) {
            kept.append(unit)
            offsets.append(offset)
        }
        offsets.append(document.count)
        var stripped = Document(name: document.name, text: String(decoding: kept, as: UTF16.self))
        stripped.source = document.source
        return (stripped, offsets)
    }

    /// `segmented`'s segments moved back onto `original`: each range runs from its first kept
    /// unit to its last, plus the controls right after it (the PDF closing an embedding that
    /// wraps a full stop belongs to the sentence the stop ends). Controls left between
    /// segments go to the segment after them (an RLE opening a sentence), those after the last
    /// segment to it, so every character still lands in a segment.
    static func restoringBidiControls(_ segmented: SegmentedDocument, offsets: [Int], in original: Document) -> SegmentedDocument {
        let units = original.units
        var segments: [Segment] = []
        segments.reserveCapacity(segmented.segments.count)
        var gapStart = 0
        for segment in segmented.segments {
            guard !segment.range.isEmpty, segment.range.upperBound < offsets.count else { continue }
            var start = offsets[segment.range.lowerBound]
            if let firstControl = (gapStart..<start).first(where: { isBidiControl(units[$0]) }) { start = firstControl }
            var end = offsets[segment.range.upperBound - 1] + 1
            while end < units.count, isBidiControl(units[end]) { end += 1 }
            segments.append(Segment(n: segments.count + 1, range: start..<end, paragraph: segment.paragraph))
            gapStart = end
        }
        if let lastControl = (gapStart..<units.count).last(where: { isBidiControl(units[$0]) }) {
            if let last = segments.indices.last {
                segments[last].range = segments[last].range.lowerBound..<(lastControl + 1)
            } else if let firstControl = (0..<units.count).first(where: { isBidiControl(units[$0]) }) {
                segments.append(Segment(n: 1, range: firstControl..<(lastControl + 1), paragraph: 1))
            }
        }
        return SegmentedDocument(document: original, segments: segments)
    }
}
