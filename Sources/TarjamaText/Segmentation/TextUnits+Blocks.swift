extension TextUnits {
    /// Calls `body` with each run of 16 units (and the short tail) in which `mayHold` finds a
    /// candidate, testing 16 units at once, so a pass that looks for rare characters over a
    /// whole document costs a fraction of a per-unit loop. `body` returns false to stop.
    @inline(__always)
    static func forEachCandidateBlock(
        in text: UnsafeBufferPointer<UInt16>,
        mayHold: (SIMD16<UInt16>) -> SIMDMask<SIMD16<Int16>>,
        _ body: (Range<Int>) -> Bool
    ) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 16 <= text.count {
            let block = raw.loadUnaligned(fromByteOffset: index &* 2, as: SIMD16<UInt16>.self)
            if any(mayHold(block)), !body(index..<(index + 16)) { return }
            index &+= 16
        }
        if index < text.count { _ = body(index..<text.count) }
    }

    /// Calls `body` with each position whose unit `isCandidate` accepts, finding them 16 units
    /// at a time with `mayHold`, which must accept exactly the units `isCandidate` does: in a
    /// block with a candidate only the candidates' lanes are visited, not all sixteen (the
    /// Arabic comma, which the list-item pass looks at, is in most blocks of running text).
    @inline(__always)
    static func forEachCandidate(
        in text: UnsafeBufferPointer<UInt16>,
        mayHold: (SIMD16<UInt16>) -> SIMDMask<SIMD16<Int16>>,
        isCandidate: (UInt16) -> Bool,
        _ body: (Int) -> Void
    ) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let lanes = SIMD16<UInt16>(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
        var index = 0
        while index + 16 <= text.count {
            let block = raw.loadUnaligned(fromByteOffset: index &* 2, as: SIMD16<UInt16>.self)
            // One bit per lane that holds a candidate (distinct bits, so the sum is their union).
            var bits = SIMD16<UInt16>().replacing(with: lanes, where: mayHold(block)).wrappedSum()
            while bits != 0 {
                body(index &+ bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
            index &+= 16
        }
        while index < text.count {
            if isCandidate(text[index]) { body(index) }
            index &+= 1
        }
    }
}
