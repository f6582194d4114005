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
    private let iterator: BreakIterator
    private let rules: BoundaryRules
    private let srx: SRXMatcher?

    /// Opens a segmenter for `language`.
    ///
    /// - Parameters:
    ///   - reflow: read line breaks inside a paragraph as spaces (blank lines still end paragraphs).
    ///   - srx: SRX 2.0 rules whose decisions override the built-in ones where they speak: a
    ///     `break="no"` rule removes a boundary, a `break="yes"` rule adds one.
    public init(language: SegmentationLanguage, reflow: Bool = true, srx: SRXRules? = nil) throws(SegmentationError) {
        self.language = language
        self.reflow = reflow
        self.rules = BoundaryRules(language: language)
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

    /// Segments `document` into sentences, numbered from 1, with paragraphs numbered from 1.
    ///
    /// Segment ranges point into the original text and exclude surrounding white space; a
    /// segment of a re-flowed paragraph may contain the original line breaks.
    ///
    /// - Complexity: O(n) in the document's length, plus O(n) per SRX rule when rules are set.
    public func segment(_ document: Document) throws(SegmentationError) -> SegmentedDocument {
        let layout = ReflowedText(document.units, reflow: reflow)
        let cuts: [Int]
        do {
            if let scratch = layout.scratch {
                cuts = try scratch.withUnsafeBufferPointer { text throws(ICUError) in try self.cuts(in: text, layout: layout) }
            } else {
                cuts = try document.units.withUnsafeBufferPointer { text throws(ICUError) in try self.cuts(in: text, layout: layout) }
            }
        } catch {
            throw .icu(error)
        }
        let segments = document.units.withUnsafeBufferPointer { text in
            Self.segments(of: layout.paragraphs, cutAt: cuts, in: text)
        }
        return SegmentedDocument(document: document, segments: segments)
    }

    /// The positions where segments end, in order: ICU's boundaries that survive the
    /// corrections, merged with the unpunctuated line ends that end a statement.
    private func cuts(in text: UnsafeBufferPointer<UInt16>, layout: ReflowedText) throws(ICUError) -> [Int] {
        try iterator.setText(unsafe: text)
        var icuCuts: [Int] = []
        icuCuts.reserveCapacity(text.count / 64)
        let count = text.count
        let rules = self.rules
        iterator.forEachBoundary { boundary, _ in
            if boundary < count && rules.keepsICUBoundary(boundary, in: text) { icuCuts.append(boundary) }
        }
        try iterator.setText(unsafe: UnsafeBufferPointer(start: nil, count: 0))
        var cuts = mergeLineEnds(layout.softBreaks, into: icuCuts, in: text)
        if let srx { cuts = try Self.apply(srx.decisions(in: text), to: cuts, in: text) }
        return cuts
    }

    private func mergeLineEnds(_ softBreaks: [ReflowedText.SoftBreak], into icuCuts: [Int],
                               in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        guard !softBreaks.isEmpty, language == .arabic else { return icuCuts }
        var merged: [Int] = []
        merged.reserveCapacity(icuCuts.count + 16)
        var next = 0
        for soft in softBreaks {
            while next < icuCuts.count, icuCuts[next] <= soft.lineEnd {
                merged.append(icuCuts[next])
                next += 1
            }
            // ICU already ends the sentence at this line end (it ends with a full stop).
            if next < icuCuts.count, icuCuts[next] <= soft.nextLineStart { continue }
            let start = merged.last ?? 0
            if rules.splitsAtLineEnd(soft, segmentStart: start, in: text) { merged.append(soft.nextLineStart) }
        }
        merged.append(contentsOf: icuCuts[next...])
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
