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
}
