extension SentenceSegmenter {
    /// Whether `unit` is a bidi formatting control (marks, embeddings, overrides, isolates):
    /// invisible characters web pages and word processors wrap around punctuation and Latin
    /// runs, which say nothing about where a sentence ends.
    static func isBidiControl(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The document without its bidi controls, and for each unit kept its offset in the
    /// original (one entry more, for the end); nil when the text has none, the common case.
    static func withoutBidiControls(_ document: Document) -> (document: Document, offsets: [Int])? {
        guard document.units.contains(where: isBidiControl) else { return nil }
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
    /// unit to its last, plus the controls right before it (an RLE opening the sentence) and
    /// right after it (the PDF closing an embedding that wraps a full stop belongs to the
    /// sentence the stop ends).
    static func restoringBidiControls(_ segmented: SegmentedDocument, offsets: [Int], in original: Document) -> SegmentedDocument {
        let units = original.units
        var previousEnd = 0
        let segments = segmented.segments.map { segment in
            var mapped = segment
            guard !segment.range.isEmpty, segment.range.upperBound < offsets.count else { return mapped }
            var start = offsets[segment.range.lowerBound]
            while start > previousEnd, isBidiControl(units[start - 1]) { start -= 1 }
            var end = offsets[segment.range.upperBound - 1] + 1
            while end < units.count, isBidiControl(units[end]) { end += 1 }
            mapped.range = start..<end
            previousEnd = end
            return mapped
        }
        return SegmentedDocument(document: original, segments: segments)
    }
}
