extension SentenceSegmenter {
    /// `document` cut at ICU's own sentence boundaries for this segmenter's language and nothing
    /// else (no re-flow, corrections, list items, headlines or SRX): the baseline evaluations
    /// compare Tarjama's rules with. The whole text is paragraph 1; ICU breaks at every line
    /// break (UAX #29 rule SB4).
    public func segmentWithICUOnly(_ document: Document) throws(SegmentationError) -> SegmentedDocument {
        let boundaries: [Int]
        do {
            let iterator = try BreakIterator(.sentence, locale: language.icuLocale)
            try iterator.setText(document.units)
            boundaries = iterator.boundaries().filter { $0 > 0 && $0 < document.count }
        } catch {
            throw .icu(error)
        }
        let segments = document.units.withUnsafeBufferPointer { text in
            Self.segments(of: document.count > 0 ? [0..<document.count] : [], cutAt: boundaries, in: text)
        }
        return SegmentedDocument(document: document, segments: segments)
    }
}
