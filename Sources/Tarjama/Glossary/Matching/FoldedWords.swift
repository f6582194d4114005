internal import TarjamaText

/// The words of a stretch of text as matching keys (``MatchFold``), with the normaliser's offset
/// map: for each key unit the original units it came from, so a match found on the key is
/// reported at the exact original span.
///
/// Each word also carries the running hashes (``WordTable/rawHash(_:prefix:)``) of its suffixes
/// from offsets 0 to 4, made in one backward pass while the word is in cache: the word itself
/// and every clitic-stripped stem is then one table probe, for the matcher, the number
/// prefilter and the name spotter.
///
/// Everything lives in scratch space for the length of one call of ``with(_:range:_:)``: a
/// segment costs no allocation for its key, offset map or words.
struct FoldedWords {
    /// The key units (words and what separates them).
    let folded: UnsafeBufferPointer<UInt16>
    /// For each key unit, the offset of its first original unit.
    let origins: UnsafeBufferPointer<Int32>
    /// For each key unit, the offset just past its original units (attached marks included).
    let ends: UnsafeBufferPointer<Int32>
    /// Per word, ``stride`` values: start and end in the key, the running hashes of the suffixes
    /// from offsets 0 to 4 (0 where the word is shorter), 1 when it holds an ASCII digit.
    private let layout: UnsafeBufferPointer<UInt32>
    static let stride = 8
    /// The largest suffix offset with a hash: conjunction + preposition + article.
    static let maximumHashedOffset = 4
    /// The number of words.
    let count: Int

    /// Where word `word` starts in the key.
    @inline(__always)
    func start(of word: Int) -> Int { Int(layout[word &* Self.stride]) }

    /// Where word `word` ends in the key.
    @inline(__always)
    func stop(of word: Int) -> Int { Int(layout[word &* Self.stride &+ 1]) }

    @inline(__always)
    func range(of word: Int) -> Range<Int> { start(of: word)..<stop(of: word) }

    @inline(__always)
    func originalEnd(of word: Int) -> Int { Int(ends[stop(of: word) - 1]) }

    /// The finished hash of word `word` from unit `offset` on (at most ``maximumHashedOffset``).
    @inline(__always)
    func hash(of word: Int, from offset: Int = 0) -> UInt32 { WordTable.finished(layout[word &* Self.stride &+ 2 &+ offset]) }

    /// The finished hash of `prefix` + word `word` from unit `offset` on.
    @inline(__always)
    func hash(of word: Int, from offset: Int, prefix: UInt16) -> UInt32 {
        WordTable.finished(WordTable.step(layout[word &* Self.stride &+ 2 &+ offset], prefix))
    }

    /// The finished hash of the article ال + word `word` from unit `offset` on.
    @inline(__always)
    func hash(of word: Int, from offset: Int, article: Void) -> UInt32 {
        WordTable.finished(WordTable.step(WordTable.step(layout[word &* Self.stride &+ 2 &+ offset], 0x0644), 0x0627))
    }

    /// Whether word `word` holds an ASCII digit (the key has Arabic-Indic digits as ASCII).
    @inline(__always)
    func hasDigit(_ word: Int) -> Bool { layout[word &* Self.stride &+ Self.stride &- 1] != 0 }

    /// Normalises and splits `range` of `units` and calls `body` with the words, which must
    /// not outlive the call.
    static func with(
        _ units: UnsafeBufferPointer<UInt16>, range: Range<Int>,
        _ body: (FoldedWords) throws(NormalizationError) -> Void
    ) throws(NormalizationError) {
        try MatchFold.normalizer.withKey(of: units, in: range) { folded, origins, ends throws(NormalizationError) in
            // A word needs a unit and a separator after it, except the last.
            let capacity = (folded.count / 2 + 1) * stride
            var failure: NormalizationError?
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { output in
                let count = layout(of: folded, into: output)
                let words = FoldedWords(
                    folded: folded, origins: origins, ends: ends,
                    layout: UnsafeBufferPointer(output), count: count)
                do throws(NormalizationError) { try body(words) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Writes each word's entry into `output`; returns the number of words.
    private static func layout(of folded: UnsafeBufferPointer<UInt16>, into output: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var found = 0
        MatchFold.scanner.forEachWordUnitRun(in: folded) { start, stop in
            let base = found &* stride
            output[base] = UInt32(truncatingIfNeeded: start)
            output[base + 1] = UInt32(truncatingIfNeeded: stop)
            var unused = min(stop - start, maximumHashedOffset + 1)
            while unused <= maximumHashedOffset {
                output[base + 2 + unused] = 0
                unused += 1
            }
            var hash = WordTable.seed
            var digit: UInt32 = 0
            var index = stop
            // Units past the last hashed offset only feed the hash; the first ones also store it.
            let stored = start &+ min(stop &- start, maximumHashedOffset &+ 1)
            while index > stored {
                index &-= 1
                let unit = folded[index]
                hash = WordTable.step(hash, unit)
                digit |= unit &- 0x30 < 10 ? 1 : 0
            }
            while index > start {
                index &-= 1
                let unit = folded[index]
                hash = WordTable.step(hash, unit)
                digit |= unit &- 0x30 < 10 ? 1 : 0
                output[base &+ 2 &+ (index &- start)] = hash
            }
            output[base + stride - 1] = digit
            found &+= 1
        }
        return found
    }
}
