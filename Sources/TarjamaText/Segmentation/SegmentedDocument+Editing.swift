extension SegmentedDocument {
    /// Splits segment `n` into two at the document offset `offset`; the parts are trimmed of
    /// white space and every later segment is renumbered (ids follow their numbers).
    public mutating func split(segment n: Int, at offset: Int) throws(SegmentEditError) {
        let index = try index(of: n)
        let segment = segments[index]
        let id = id(of: segment)
        guard offset > segment.range.lowerBound, offset < segment.range.upperBound else {
            throw .offsetOutsideSegment(id: id, offset: offset, range: segment.range)
        }
        let units = document.units
        if (0xDC00...0xDFFF).contains(units[offset]) && (0xD800...0xDBFF).contains(units[offset - 1]) {
            throw .insideCharacter(id: id, offset: offset)
        }
        // Both parts keep a character: the segment starts and ends with one.
        let first = trimmed(segment.range.lowerBound..<offset)
        let second = trimmed(offset..<segment.range.upperBound)
        segments[index].range = first
        segments.insert(Segment(n: n + 1, range: second, paragraph: segment.paragraph), at: index + 1)
        renumber(from: index + 1)
    }

    /// Merges segment `n` with the one after it (both in the same paragraph); later segments are
    /// renumbered.
    public mutating func merge(segment n: Int) throws(SegmentEditError) {
        let index = try index(of: n)
        guard index + 1 < segments.count else { throw .nothingToMergeWith(id: id(of: segments[index])) }
        let first = segments[index]
        let second = segments[index + 1]
        guard first.paragraph == second.paragraph else {
            throw .differentParagraphs(first: id(of: first), second: id(of: second))
        }
        segments[index].range = first.range.lowerBound..<second.range.upperBound
        segments.remove(at: index + 1)
        renumber(from: index + 1)
    }

    private func index(of n: Int) throws(SegmentEditError) -> Int {
        guard n >= 1, n <= segments.count, segments[n - 1].n == n else {
            throw .noSuchSegment(document: document.name, n: n)
        }
        return n - 1
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, TextUnits.isSpace(document.units[lower]) { lower += 1 }
        while upper > lower, TextUnits.isSpace(document.units[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private mutating func renumber(from index: Int) {
        for position in index..<segments.count { segments[position].n = position + 1 }
    }
}
