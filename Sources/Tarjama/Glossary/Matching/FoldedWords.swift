internal import TarjamaText

/// The words of a stretch of text as matching keys (``MatchFold``), with the normaliser's offset
/// map: for each key unit the original units it came from, so a match found on the key is
/// reported at the exact original span.
///
/// Each word also carries the running hashes (``WordTable/rawHash(_:prefix:)``) of its suffixes
/// from offsets 0 to 4, made in one backward pass: the word itself and every clitic-stripped
/// stem is then one table probe, for the matcher, the number prefilter and the name spotter.
struct FoldedWords {
    /// The matching key of the text, with its offset map.
    let key: NormalizedText
    /// For each word, where it starts and ends in the key.
    let starts: [Int32]
    let stops: [Int32]
    /// Per word, ``hashStride`` values: the running hashes of the suffixes from offsets 0 to
    /// 4 (0 where the word is shorter), then 1 when the word holds an ASCII digit, else 0.
    private let hashes: [UInt32]
    static let hashStride = 6
    /// The largest suffix offset with a hash: conjunction + preposition + article.
    static let maximumHashedOffset = 4

    /// The key units (words and what separates them).
    var folded: [UInt16] { key.units }
    /// For each key unit, the offset of its first original unit.
    var origins: [Int32] { key.originalStarts }
    /// For each key unit, the offset just past its original units (attached marks included).
    var ends: [Int32] { key.originalEnds }

    var count: Int { starts.count }

    @inline(__always)
    func range(of word: Int) -> Range<Int> { Int(starts[word])..<Int(stops[word]) }

    @inline(__always)
    func originalEnd(of word: Int) -> Int { Int(ends[Int(stops[word]) - 1]) }

    /// The finished hash of word `word` from unit `offset` on (at most ``maximumHashedOffset``).
    @inline(__always)
    func hash(of word: Int, from offset: Int = 0) -> UInt32 { WordTable.finished(hashes[word &* Self.hashStride &+ offset]) }

    /// The finished hash of `prefix` + word `word` from unit `offset` on.
    @inline(__always)
    func hash(of word: Int, from offset: Int, prefix: UInt16) -> UInt32 {
        WordTable.finished(WordTable.step(hashes[word &* Self.hashStride &+ offset], prefix))
    }

    /// Whether word `word` holds an ASCII digit (the key has Arabic-Indic digits as ASCII).
    @inline(__always)
    func hasDigit(_ word: Int) -> Bool { hashes[word &* Self.hashStride &+ Self.hashStride &- 1] != 0 }

    /// Normalises and splits `range` of `units`.
    init(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) {
        key = try MatchFold.normalizer.normalize(units, in: range)
        let (starts, stops) = key.units.withUnsafeBufferPointer { MatchFold.scanner.wordUnitRuns(in: $0) }
        self.starts = starts
        self.stops = stops
        hashes = key.units.withUnsafeBufferPointer { folded in
            Self.hashes(folded, starts: starts, stops: stops)
        }
    }

    private static func hashes(_ folded: UnsafeBufferPointer<UInt16>, starts: [Int32], stops: [Int32]) -> [UInt32] {
        let count = starts.count
        guard count > 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count * hashStride) { output in
            for word in 0..<count {
                let start = Int(starts[word]), stop = Int(stops[word])
                let base = word * hashStride
                var hash = WordTable.seed
                var digit: UInt32 = 0
                var index = stop
                var unused = min(stop - start, maximumHashedOffset + 1)
                while unused <= maximumHashedOffset {
                    output[base + unused] = 0
                    unused += 1
                }
                while index > start {
                    index &-= 1
                    let unit = folded[index]
                    hash = WordTable.step(hash, unit)
                    digit |= unit &- 0x30 < 10 ? 1 : 0
                    let offset = index &- start
                    if offset <= maximumHashedOffset { output[base + offset] = hash }
                }
                output[base + hashStride - 1] = digit
            }
            return Array(output)
        }
    }
}
