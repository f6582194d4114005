/// Anchor tokens of every segment of one side, stored flat (compressed-row layout) so that the
/// tokens of a run of segments `a..<b` are one contiguous slice: the aligner's inner loop then
/// compares bead candidates without allocating.
struct AnchorTokens: Sendable {
    /// All tokens, segment after segment.
    private(set) var values: [UInt64] = []
    /// `starts[i]..<starts[i + 1]` are the tokens of segment i; `starts.count == segments + 1`.
    private(set) var starts: [Int] = [0]

    /// Appends the tokens of the next segment.
    mutating func appendSegment(_ tokens: some Sequence<UInt64>) {
        values.append(contentsOf: tokens)
        starts.append(values.count)
    }

    /// Appends every segment of `other` after this one's.
    mutating func append(_ other: AnchorTokens) {
        let offset = values.count
        values.append(contentsOf: other.values)
        starts.append(contentsOf: other.starts.dropFirst().map { $0 + offset })
    }

    /// The number of segments.
    var segmentCount: Int { starts.count - 1 }

    /// The token range of segments `segments` (a run of consecutive segments).
    @inline(__always)
    func range(of segments: Range<Int>) -> Range<Int> { starts[segments.lowerBound]..<starts[segments.upperBound] }

    /// The tokens with segments `bounds[k]..<bounds[k + 1]` joined into segment k (bounds
    /// increasing, within `0...segmentCount`); shares the token storage.
    func joining(at bounds: [Int]) -> AnchorTokens {
        var result = AnchorTokens()
        result.values = values
        result.starts = bounds.map { starts[$0] }
        if result.starts.isEmpty { result.starts = [0] }
        return result
    }

    /// Keeps only the tokens `keep` accepts.
    func filtered(_ keep: (UInt64) -> Bool) -> AnchorTokens {
        var result = AnchorTokens()
        for segment in 0..<segmentCount {
            result.appendSegment(values[starts[segment]..<starts[segment + 1]].filter(keep))
        }
        return result
    }

    /// How many tokens of `a` find a distinct equal token in `b` (a multiset intersection), with
    /// at most 64 tokens of `b` considered: anchors are few per sentence, so the quadratic scan
    /// over a bit mask beats any hashing here.
    @inline(__always)
    static func matches(_ a: AnchorTokens, _ aRange: Range<Int>, _ b: AnchorTokens, _ bRange: Range<Int>) -> Int {
        if aRange.isEmpty || bRange.isEmpty { return 0 }
        let bEnd = min(bRange.upperBound, bRange.lowerBound + 64)
        var used: UInt64 = 0
        var matched = 0
        a.values.withUnsafeBufferPointer { av in
            b.values.withUnsafeBufferPointer { bv in
                for i in aRange {
                    let token = av[i]
                    var j = bRange.lowerBound
                    while j < bEnd {
                        let bit: UInt64 = 1 << UInt64(j - bRange.lowerBound)
                        if used & bit == 0 && bv[j] == token {
                            used |= bit
                            matched += 1
                            break
                        }
                        j += 1
                    }
                }
            }
        }
        return matched
    }
}
