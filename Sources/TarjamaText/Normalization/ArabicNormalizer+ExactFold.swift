internal import CICU

extension ArabicNormalizer {
    /// Folds NFC text into arrays of exactly the right size: a first pass counts the key units
    /// (and finds any lone surrogate), a second fills uninitialised storage. Zero-filling and
    /// growing the three arrays cost as much as the folding itself, so this is the fast path.
    func foldExact(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) throws(NormalizationError) -> NormalizedText {
        let count = try keyLength(base, range)
        var starts: [Int32] = []
        var ends: [Int32] = []
        let units = table.withUnsafeBufferPointer { table in
            [UInt16](unsafeUninitializedCapacity: count) { units, unitCount in
                starts = [Int32](unsafeUninitializedCapacity: count) { starts, startCount in
                    ends = [Int32](unsafeUninitializedCapacity: count) { ends, endCount in
                        fill(base, range, table: table, units: units, starts: starts, ends: ends)
                        endCount = count
                    }
                    startCount = count
                }
                unitCount = count
            }
        }
        return NormalizedText(units: units, originalStarts: starts, originalEnds: ends, originalRange: range)
    }

    /// The number of key units `base[range]` folds to.
    private func keyLength(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) throws(NormalizationError) -> Int {
        var count = 0
        var index = range.lowerBound
        let end = range.upperBound
        try table.withUnsafeBufferPointer { table throws(NormalizationError) in
            while index < end {
                let unit = base[index]
                let entry = table[Int(unit)]
                if entry < 0x10000 { count += 1; index += 1; continue }
                switch entry {
                case Entry.dropAttached, Entry.dropDetached:
                    index += 1
                case Entry.surrogate:
                    guard unit < 0xDC00, index + 1 < end, base[index + 1] & 0xFC00 == 0xDC00 else {
                        throw .unpairedSurrogate(offset: index)
                    }
                    count += foldedSupplementary(unit, base[index + 1]).utf16.count
                    index += 2
                default:
                    count += expansions[Int(entry & 0xFFFF)].count
                    index += 1
                }
            }
        }
        return count
    }

    private func foldedSupplementary(_ high: UInt16, _ low: UInt16) -> Unicode.Scalar {
        var scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        if folding.contains(.caseFold) { scalar = cicu_fold_case_simple(scalar) }
        return Unicode.Scalar(scalar) ?? "\u{FFFD}"
    }

    /// Writes the key of `base[range]` (already checked by ``keyLength(_:_:)``) into storage of
    /// exactly its size.
    private func fill(
        _ base: UnsafePointer<UInt16>, _ range: Range<Int>, table: UnsafeBufferPointer<UInt32>,
        units: UnsafeMutableBufferPointer<UInt16>, starts: UnsafeMutableBufferPointer<Int32>,
        ends: UnsafeMutableBufferPointer<Int32>
    ) {
        var n = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let unit = base[index]
            let entry = table[Int(unit)]
            if entry < 0x10000 {
                units[n] = UInt16(truncatingIfNeeded: entry)
                starts[n] = Int32(truncatingIfNeeded: index)
                ends[n] = Int32(truncatingIfNeeded: index + 1)
                n += 1
                index += 1
                continue
            }
            switch entry {
            case Entry.dropAttached:
                // A removed mark belongs to the letter just before it.
                if n > 0, ends[n - 1] == Int32(truncatingIfNeeded: index) {
                    ends[n - 1] = Int32(truncatingIfNeeded: index + 1)
                }
                index += 1
            case Entry.dropDetached:
                index += 1
            case Entry.surrogate:
                for folded in foldedSupplementary(unit, base[index + 1]).utf16 {
                    units[n] = folded
                    starts[n] = Int32(truncatingIfNeeded: index)
                    ends[n] = Int32(truncatingIfNeeded: index + 2)
                    n += 1
                }
                index += 2
            default:
                for folded in expansions[Int(entry & 0xFFFF)] {
                    units[n] = folded
                    starts[n] = Int32(truncatingIfNeeded: index)
                    ends[n] = Int32(truncatingIfNeeded: index + 1)
                    n += 1
                }
                index += 1
            }
        }
    }
}
