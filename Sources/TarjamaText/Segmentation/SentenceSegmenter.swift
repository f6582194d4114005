/// Cuts documents into sentence segments: ICU's sentence break iterator for the language, with
/// hard-wrapped lines re-flowed, Tarjama's corrections for news transcripts, and optional SRX
/// rules on top.
///
/// Open one per language and reuse it: the ICU iterator (and any SRX patterns) are compiled
/// once. Not thread-safe; open one per thread.
///
/// ```swift
/// let segmenter = try SentenceSegmenter(language: .arabic)
/// let segmented = try segmenter.segment(document)
/// for segment in segmented.segments { print(segmented.id(of: segment), segmented.text(of: segment)) }
/// ```
public final class SentenceSegmenter {
    /// The language whose rules apply.
    public let language: SegmentationLanguage
    /// Whether line breaks inside a paragraph are read as spaces (the default); without re-flow
    /// every line break ends a segment.
    public let reflow: Bool
    let iterator: BreakIterator
    let rules: BoundaryRules
    let srx: SRXMatcher?
    /// The re-flowed copy of the chunk ICU is reading, reused between calls.
    var scratch: [UInt16] = []

    /// Opens a segmenter for `language`.
    ///
    /// - Parameters:
    ///   - reflow: read line breaks inside a paragraph as spaces (blank lines still end paragraphs).
    ///   - srx: SRX 2.0 rules whose decisions override the built-in ones where they speak: a
    ///     `break="no"` rule removes a boundary, a `break="yes"` rule adds one.
    ///   - tuning: the rule choices that data can set (see ``SegmentationTuning``).
    public init(
        language: SegmentationLanguage, reflow: Bool = true, srx: SRXRules? = nil,
        tuning: SegmentationTuning = .shipped
    ) throws(SegmentationError) {
        self.language = language
        self.reflow = reflow
        self.rules = BoundaryRules(language: language, tuning: tuning)
        do {
            self.iterator = try BreakIterator(.sentence, locale: language.icuLocale)
        } catch {
            throw .icu(error)
        }
        if let srx {
            do {
                self.srx = try SRXMatcher(rules: try srx.rules(for: language.rawValue), source: srx.source)
            } catch {
                throw .srx(error)
            }
        } else {
            self.srx = nil
        }
    }

    /// A copy for another thread: the same language, re-flow and rules over its own ICU
    /// iterator, without SRX rules (a segmenter with them works on one thread).
    init(copying language: SegmentationLanguage, reflow: Bool, rules: BoundaryRules, iterator: sending BreakIterator) {
        self.language = language
        self.reflow = reflow
        self.rules = rules
        self.iterator = iterator
        self.srx = nil
    }

    /// Segments `document` into sentences, numbered from 1, with paragraphs numbered from 1.
    ///
    /// Segment ranges point into the original text and exclude surrounding white space; a
    /// segment of a re-flowed paragraph may contain the original line breaks. Bidi controls
    /// (LRM, RLE, PDF, isolates …) do not take part in the decisions.
    ///
    /// - Parameter workers: how many threads read runs of paragraphs with ICU at once (each
    ///   with its own iterator); the segments are the same for any number. A segmenter with
    ///   SRX rules uses one.
    /// - Complexity: O(n) in the document's length, plus O(n) per SRX rule when rules are set.
    public func segment(_ document: Document, workers: Int = 1) throws(SegmentationError) -> SegmentedDocument {
        // Boundaries are decided on the text as read: bidi controls pasted around a full stop
        // (`د‪.‬ ديفيد`) would hide the abbreviation from the rules, so they are set aside.
        if let (stripped, offsets) = Self.withoutBidiControls(document) {
            return Self.restoringBidiControls(try segmentText(stripped, workers: workers), offsets: offsets, in: document)
        }
        return try segmentText(document, workers: workers)
    }

    private func segmentText(_ document: Document, workers: Int) throws(SegmentationError) -> SegmentedDocument {
        let layout = ParagraphLayout(document.units, reflow: reflow)
        var cuts: [Int]
        do {
            cuts = try self.cuts(in: document.units, layout: layout, workers: workers)
        } catch {
            throw .icu(error)
        }
        let segments = document.units.withUnsafeBufferPointer { text in
            if language == .arabic { cuts = Self.merging(BoundaryRules.listItemStarts(in: text), into: cuts) }
            if language == .english {
                cuts = Self.merging(rules.englishParagraphStarts(in: text), into: cuts)
                if rules.englishRunInHeadings { cuts = Self.merging(BoundaryRules.englishRunInHeadingStarts(in: text), into: cuts) }
            }
            return Self.segments(of: layout.paragraphs, cutAt: cuts, in: text)
        }
        return SegmentedDocument(document: document, segments: segments)
    }

    /// How much text ICU reads per call: large enough that the calls cost nothing, small enough
    /// that the scratch copy stays in cache.
    static let chunkLength = 1 << 15

    /// Appends the positions where segments end in `text` (one chunk starting at `offset` in
    /// the document), in order: ICU's boundaries that survive the corrections, merged with the
    /// unpunctuated line ends that end a statement and the ends of unpunctuated headlines, then
    /// the SRX decisions.
    func appendCuts(
        in text: UnsafeBufferPointer<UInt16>, offset: Int, softBreaks: [ParagraphLayout.SoftBreak],
        paragraphs: ArraySlice<Range<Int>>, to cuts: inout [Int]
    ) throws(ICUError) {
        try iterator.setText(unsafe: text)
        let count = text.count
        let rules = self.rules
        let direct = (softBreaks.isEmpty || !readsLineEnds) && srx == nil
        var icuCuts: [Int] = []
        if direct {
            // The common case of running text: ICU's corrected boundaries are the cuts.
            let first = cuts.count
            iterator.forEachBoundary { boundary, _ in
                if boundary < count && rules.keepsICUBoundary(boundary, in: text) { cuts.append(offset + boundary) }
            }
            if language == .arabic {
                insertHeadlineEnds(
                    in: paragraphs, chunkOffset: offset, softBreaks: softBreaks, into: &cuts,
                    from: first, cutOffset: offset, text: text)
            }
        } else {
            iterator.forEachBoundary { boundary, _ in
                if boundary < count && rules.keepsICUBoundary(boundary, in: text) { icuCuts.append(boundary) }
            }
        }
        try iterator.setText(unsafe: UnsafeBufferPointer(start: nil, count: 0))
        guard !direct else { return }
        var local = mergeLineEnds(softBreaks, into: icuCuts, in: text)
        if language == .arabic {
            insertHeadlineEnds(
                in: paragraphs, chunkOffset: offset, softBreaks: softBreaks, into: &local,
                from: 0, cutOffset: 0, text: text)
        }
        if let srx { local = try Self.apply(srx.decisions(in: text), to: local, in: text) }
        for cut in local { cuts.append(offset + cut) }
    }

    /// Whether unpunctuated line ends are judged (Arabic always, English unless tuned off).
    private var readsLineEnds: Bool { language == .arabic || rules.englishLineEnds }

    private func mergeLineEnds(
        _ softBreaks: [ParagraphLayout.SoftBreak], into icuCuts: [Int],
        in text: UnsafeBufferPointer<UInt16>
    ) -> [Int] {
        guard !softBreaks.isEmpty, readsLineEnds else { return icuCuts }
        var merged: [Int] = []
        merged.reserveCapacity(icuCuts.count + 16)
        var next = 0
        for (index, soft) in softBreaks.enumerated() {
            while next < icuCuts.count, icuCuts[next] <= soft.lineEnd {
                merged.append(icuCuts[next])
                next += 1
            }
            // ICU already ends the sentence at this line end (it ends with a full stop).
            if next < icuCuts.count, icuCuts[next] <= soft.nextLineStart { continue }
            let start = merged.last ?? 0
            let splits =
                language == .arabic
                ? rules.splitsAtLineEnd(soft, segmentStart: start, in: text)
                : rules.splitsEnglishLineEnd(softBreaks, at: index, segmentStart: start, in: text)
            if splits { merged.append(soft.nextLineStart) }
        }
        merged.append(contentsOf: icuCuts[next...])
        return merged
    }

    /// Inserts into `cuts` (sorted; those from index `first` on belong to this chunk, each
    /// `cutOffset` more than its chunk offset) the end of the unpunctuated headline that opens a
    /// paragraph, if any (see ``BoundaryRules/headlineEnd(in:of:)``). Only the first sentence
    /// of each paragraph is read, and only when it has no soft line break: in hard-wrapped text
    /// a headline ends at a line end, which ``BoundaryRules/splitsAtLineEnd`` judges.
    private func insertHeadlineEnds(
        in paragraphs: ArraySlice<Range<Int>>, chunkOffset: Int, softBreaks: [ParagraphLayout.SoftBreak],
        into cuts: inout [Int], from first: Int, cutOffset: Int, text: UnsafeBufferPointer<UInt16>
    ) {
        var next = first
        var nextSoftBreak = 0
        for paragraph in paragraphs {
            let start = paragraph.lowerBound - chunkOffset
            let end = paragraph.upperBound - chunkOffset
            while next < cuts.count, cuts[next] - cutOffset <= start { next += 1 }
            let sentenceEnd = next < cuts.count && cuts[next] - cutOffset < end ? cuts[next] - cutOffset : end
            while nextSoftBreak < softBreaks.count, softBreaks[nextSoftBreak].lineEnd < start { nextSoftBreak += 1 }
            if nextSoftBreak < softBreaks.count, softBreaks[nextSoftBreak].lineEnd < sentenceEnd { continue }
            if let lead = rules.headlineEnd(in: start..<sentenceEnd, of: text) {
                cuts.insert(lead + cutOffset, at: next)
                next += 1
            }
        }
    }

    /// `extra` cuts merged into the sorted `cuts`, without duplicates.
    static func merging(_ extra: [Int], into cuts: [Int]) -> [Int] {
        guard !extra.isEmpty else { return cuts }
        var merged: [Int] = []
        merged.reserveCapacity(cuts.count + extra.count)
        var next = 0
        for cut in cuts {
            while next < extra.count, extra[next] < cut {
                if merged.last != extra[next] { merged.append(extra[next]) }
                next += 1
            }
            if merged.last != cut { merged.append(cut) }
        }
        for cut in extra[next...] where merged.last != cut { merged.append(cut) }
        return merged
    }

    private static func apply(_ decisions: [Int: Bool], to cuts: [Int], in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        guard !decisions.isEmpty else { return cuts }
        var keyed: [Int: Int] = [:]
        for cut in cuts where decisions[SRXMatcher.key(cut, in: text)] != false {
            keyed[SRXMatcher.key(cut, in: text)] = cut
        }
        for (key, breaks) in decisions where breaks && keyed[key] == nil { keyed[key] = key }
        return keyed.values.sorted()
    }

    /// Cuts each paragraph at the cuts inside it and trims white space off each piece.
    static func segments(of paragraphs: [Range<Int>], cutAt cuts: [Int], in text: UnsafeBufferPointer<UInt16>) -> [Segment] {
        var segments: [Segment] = []
        segments.reserveCapacity(cuts.count + paragraphs.count)
        var next = 0
        for (index, paragraph) in paragraphs.enumerated() {
            var start = paragraph.lowerBound
            while next < cuts.count, cuts[next] <= paragraph.lowerBound { next += 1 }
            while next < cuts.count, cuts[next] < paragraph.upperBound {
                append(start..<cuts[next], paragraph: index + 1)
                start = cuts[next]
                next += 1
            }
            append(start..<paragraph.upperBound, paragraph: index + 1)
        }
        return segments

        func append(_ range: Range<Int>, paragraph: Int) {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, TextUnits.isSpace(text[lower]) { lower += 1 }
            while upper > lower, TextUnits.isSpace(text[upper - 1]) { upper -= 1 }
            guard lower < upper else { return }
            segments.append(Segment(n: segments.count + 1, range: lower..<upper, paragraph: paragraph))
        }
    }
}
