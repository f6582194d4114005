internal import TarjamaText

/// The words of a stretch of text as matching keys (``MatchFold``), with the normaliser's offset
/// map: for each key unit the original units it came from, so a match found on the key is
/// reported at the exact original span.
struct FoldedWords {
    /// The matching key of the text, with its offset map.
    let key: NormalizedText
    /// The key units (words and what separates them).
    var folded: [UInt16] { key.units }
    /// For each key unit, the offset of its first original unit.
    var origins: [Int32] { key.originalStarts }
    /// For each key unit, the offset just past its original units (attached marks included).
    var ends: [Int32] { key.originalEnds }
    /// For each word, where it starts and ends in ``folded``.
    let starts: [Int32]
    let stops: [Int32]

    var count: Int { starts.count }

    @inline(__always)
    func range(of word: Int) -> Range<Int> { Int(starts[word])..<Int(stops[word]) }

    @inline(__always)
    func originalEnd(of word: Int) -> Int { Int(ends[Int(stops[word]) - 1]) }

    /// Normalises and splits `range` of `units`.
    init(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) {
        key = try MatchFold.normalizer.normalize(units, in: range)
        (starts, stops) = key.units.withUnsafeBufferPointer { MatchFold.scanner.wordUnitRuns(in: $0) }
    }
}

