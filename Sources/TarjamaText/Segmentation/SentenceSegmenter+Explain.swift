extension SentenceSegmenter {
    /// The rule behind the start of each segment of `segmented` (as this segmenter cut it), in
    /// segment order: each start is matched, in turn, against paragraph starts, list-item starts,
    /// ICU's corrected boundaries on the re-flowed text, and re-flowed line ends; a start none of
    /// them made came from the headline rules (Arabic headlines run into their lead, English
    /// sentence openers after an unpunctuated heading) or, with SRX rules set, from SRX.
    ///
    /// Reads the document again, so it costs about one more segmentation; nothing is decided here.
    public func explain(_ segmented: SegmentedDocument) throws(SegmentationError) -> [BoundaryRule] {
        let document = segmented.document
        let layout = ParagraphLayout(document.units, reflow: reflow)
        var reflowed = document.units
        for soft in layout.softBreaks {
            for offset in soft.lineEnd..<soft.nextLineStart { reflowed[offset] = 0x20 }
        }
        var punctuation = Set<Int>()
        var listItems = Set<Int>()
        let boundaries: [Int]
        do {
            let iterator = try BreakIterator(.sentence, locale: language.icuLocale)
            try iterator.setText(reflowed)
            boundaries = iterator.boundaries()
        } catch {
            throw .icu(error)
        }
        let lineStarts: Set<Int> = reflowed.withUnsafeBufferPointer { text in
            func opening(_ offset: Int) -> Int {
                var index = offset
                while index < text.count, TextUnits.isSpace(text[index]) || Self.isBidiControl(text[index]) { index += 1 }
                return index
            }
            for boundary in boundaries where boundary > 0 && boundary < text.count && rules.keepsICUBoundary(boundary, in: text) {
                punctuation.insert(opening(boundary))
            }
            let items: [Int]
            switch language {
            case .arabic: items = BoundaryRules.listItemStarts(in: text)
            case .english: items = rules.englishParagraphStarts(in: text)
            }
            for item in items { listItems.insert(opening(item)) }
            return Set(layout.softBreaks.map { opening($0.nextLineStart) })
        }
        var result: [BoundaryRule] = []
        result.reserveCapacity(segmented.segments.count)
        var previousParagraph = 0
        for (index, segment) in segmented.segments.enumerated() {
            let start = segment.range.lowerBound
            let rule: BoundaryRule
            if index == 0 {
                rule = .start
            } else if segment.paragraph != previousParagraph {
                rule = .paragraph
            } else if listItems.contains(start) {
                rule = .listItem
            } else if punctuation.contains(start) {
                rule = .punctuation
            } else if lineStarts.contains(start) {
                rule = .lineEnd
            } else {
                rule = srx == nil ? .headline : .srx
            }
            result.append(rule)
            previousParagraph = segment.paragraph
        }
        return result
    }
}
