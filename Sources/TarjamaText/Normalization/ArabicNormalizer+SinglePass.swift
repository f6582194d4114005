internal import CICU

extension ArabicNormalizer {
    /// One bit per BMP code unit: NFC quick check Yes and combining class 0. Text made only of
    /// such units is NFC (the quick check's own rule), so ICU is asked only about text that
    /// holds another unit (tashkeel, a hamza to compose, a surrogate).
    static let nfcInert: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in 0..<0x10000 where !(0xD800...0xDFFF).contains(value) {
            var unit = UInt16(value)
            var status: Int32 = 0
            let prefix = cicu_normalized_prefix_length(Int32(CICU_NFC), &unit, 1, &status)
            if status <= 0, prefix == 1, cicu_char_combining_class(UInt32(value)) == 0 {
                bits[value >> 6] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()

    /// The key of `base[range]` folded in a single pass into arrays sized to the input, or nil
    /// when this fast path does not apply: the text is not NFC, holds a surrogate, or expands
    /// past the room. The caller then takes the general path, which gives the same key.
    func foldSinglePass(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) -> NormalizedText? {
        let capacity = range.count + 16
        var count = -1
        var suspect = false
        var starts: [Int32] = []
        var ends: [Int32] = []
        let units = table.withUnsafeBufferPointer { table in
            Self.nfcInert.withUnsafeBufferPointer { inert in
                [UInt16](unsafeUninitializedCapacity: capacity) { units, unitCount in
                    starts = [Int32](unsafeUninitializedCapacity: capacity) { starts, startCount in
                        ends = [Int32](unsafeUninitializedCapacity: capacity) { ends, endCount in
                            (count, suspect) = foldUnits(base, range, table: table, inert: inert,
                                                         units: units, starts: starts, ends: ends)
                            endCount = max(count, 0)
                        }
                        startCount = max(count, 0)
                    }
                    unitCount = max(count, 0)
                }
            }
        }
        guard count >= 0 else { return nil }
        if appliesNFC, suspect, !Self.isNFC(base, range) { return nil }
        return NormalizedText(units: units, originalStarts: starts, originalEnds: ends, originalRange: range)
    }

    /// The loop of ``foldSinglePass(_:_:)``: the number of key units written (-1 when it gave
    /// up) and whether a unit NFC might change was seen.
    @inline(__always)
    private func foldUnits(_ base: UnsafePointer<UInt16>, _ range: Range<Int>, table: UnsafeBufferPointer<UInt32>,
                           inert: UnsafeBufferPointer<UInt64>, units: UnsafeMutableBufferPointer<UInt16>,
                           starts: UnsafeMutableBufferPointer<Int32>, ends: UnsafeMutableBufferPointer<Int32>) -> (Int, Bool) {
        var n = 0
        var index = range.lowerBound
        let end = range.upperBound
        var suspect: UInt64 = 0
        while index < end {
            let unit = base[index]
            let entry = table[Int(unit)]
            suspect |= ~(inert[Int(unit >> 6)] >> UInt64(unit & 63)) & 1
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
                return (-1, true)
            default:
                let expansion = expansions[Int(entry & 0xFFFF)]
                guard n + expansion.count <= units.count else { return (-1, true) }
                for folded in expansion {
                    units[n] = folded
                    starts[n] = Int32(truncatingIfNeeded: index)
                    ends[n] = Int32(truncatingIfNeeded: index + 1)
                    n += 1
                }
                index += 1
            }
        }
        return (n, suspect != 0)
    }
}
