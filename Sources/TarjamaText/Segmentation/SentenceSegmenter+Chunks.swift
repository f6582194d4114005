import Synchronization

/// ICU reads a document in runs of whole paragraphs; each run's cuts depend on its own text
/// alone, so the runs can be read on several threads, each with its own iterator, and their cuts
/// joined in order give what one thread gives.
extension SentenceSegmenter {
    /// A run of whole paragraphs of about ``chunkLength`` units that ICU reads in one call.
    struct Chunk: Sendable {
        /// Where the run starts and ends in the document.
        var units: Range<Int>
        /// Its paragraphs: indices into the layout's paragraphs.
        var paragraphs: Range<Int>
        /// The soft breaks inside it: indices into the layout's soft breaks.
        var softBreaks: Range<Int>
    }

    /// The document's paragraphs cut into runs for ICU: each takes paragraphs while they fit
    /// in ``chunkLength`` units (at least one, however long).
    static func chunks(of layout: ParagraphLayout) -> [Chunk] {
        let paragraphs = layout.paragraphs
        var chunks: [Chunk] = []
        var next = 0
        var nextSoftBreak = 0
        while next < paragraphs.count {
            let start = paragraphs[next].lowerBound
            var last = next
            while last + 1 < paragraphs.count, paragraphs[last + 1].upperBound - start <= chunkLength { last += 1 }
            let end = paragraphs[last].upperBound
            let firstSoftBreak = nextSoftBreak
            while nextSoftBreak < layout.softBreaks.count, layout.softBreaks[nextSoftBreak].lineEnd < end { nextSoftBreak += 1 }
            chunks.append(Chunk(units: start..<end, paragraphs: next..<(last + 1), softBreaks: firstSoftBreak..<nextSoftBreak))
            next = last + 1
        }
        return chunks
    }

    /// The positions where segments end, from ICU and the corrections, read by up to `workers`
    /// threads.
    func cuts(in units: [UInt16], layout: ParagraphLayout, workers: Int) throws(ICUError) -> [Int] {
        let chunks = Self.chunks(of: layout)
        let threads = srx == nil ? min(max(1, workers), chunks.count) : 1
        guard threads > 1 else {
            var cuts: [Int] = []
            cuts.reserveCapacity(units.count / 128)
            try units.withUnsafeBufferPointer { original throws(ICUError) in
                for chunk in chunks { try appendCuts(of: chunk, layout: layout, in: original, to: &cuts) }
            }
            return cuts
        }
        // Each worker opens its own iterator (ICU keeps the compiled rules, so this is cheap).
        var made: [Lane] = []
        for _ in 0..<threads {
            let iterator = try BreakIterator(.sentence, locale: language.icuLocale)
            made.append(Lane(SentenceSegmenter(copying: language, reflow: reflow, rules: rules, iterator: iterator)))
        }
        let lanes = made
        let pieces = try ParallelWork.map(chunks.count, workers: threads) { (worker: Int, index: Int) throws(ICUError) -> [Int] in
            try lanes[worker].segmenter.withLock { (segmenter: inout SentenceSegmenter) throws(ICUError) -> [Int] in
                var cuts: [Int] = []
                try units.withUnsafeBufferPointer { original throws(ICUError) in
                    try segmenter.appendCuts(of: chunks[index], layout: layout, in: original, to: &cuts)
                }
                return cuts
            }
        }
        return Array(pieces.joined())
    }

    /// Appends the cuts of `chunk`, handing ICU the original text when the run has no soft
    /// break, otherwise the scratch copy (reused from call to call, so it stays in cache) with
    /// the soft breaks blanked; offsets inside the run are mapped back to the document.
    private func appendCuts(
        of chunk: Chunk, layout: ParagraphLayout, in original: UnsafeBufferPointer<UInt16>,
        to cuts: inout [Int]
    ) throws(ICUError) {
        let start = chunk.units.lowerBound
        let local = layout.softBreaks[chunk.softBreaks].map {
            ParagraphLayout.SoftBreak(lineEnd: $0.lineEnd - start, nextLineStart: $0.nextLineStart - start)
        }
        let paragraphs = layout.paragraphs[chunk.paragraphs]
        let slice = UnsafeBufferPointer(rebasing: original[chunk.units])
        if local.isEmpty {
            try appendCuts(in: slice, offset: start, softBreaks: local, paragraphs: paragraphs, to: &cuts)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: slice)
        try scratch.withUnsafeMutableBufferPointer { copy throws(ICUError) in
            for soft in local {
                for offset in soft.lineEnd..<soft.nextLineStart { copy[offset] = 0x20 }
            }
            try appendCuts(in: UnsafeBufferPointer(copy), offset: start, softBreaks: local, paragraphs: paragraphs, to: &cuts)
        }
    }

    /// One worker's segmenter, used by that worker's thread alone (the lock is never contended).
    final class Lane: Sendable {
        let segmenter: Mutex<SentenceSegmenter>

        init(_ segmenter: sending SentenceSegmenter) {
            self.segmenter = Mutex(segmenter)
        }
    }
}
