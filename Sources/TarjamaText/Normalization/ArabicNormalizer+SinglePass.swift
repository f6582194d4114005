internal import CICU

extension ArabicNormalizer {
    /// For each BMP code unit, what NFC's quick check makes of it: 0 for quick check Yes with
    /// combining class 0, the combining class (1–254) for a mark that is quick check Yes, 255
    /// for anything else (Maybe, No, a surrogate).
    static let nfcClasses: [UInt8] = {
        var classes = [UInt8](repeating: 255, count: 0x10000)
        for value in 0..<0x10000 where !(0xD800...0xDFFF).contains(value) {
            var unit = UInt16(value)
            var status: Int32 = 0
            let prefix = cicu_normalized_prefix_length(Int32(CICU_NFC), &unit, 1, &status)
            guard status <= 0, prefix == 1 else { continue }
            classes[value] = UInt8(min(254, max(0, cicu_char_combining_class(UInt32(value)))))
        }
        return classes
    }()

    /// The layout of ``passTable``: the folded unit or expansion index in bits 0–15, the NFC
    /// class (``nfcClasses``) in bits 16–23, what to do in bits 24–31.
    enum PassEntry {
        static let mapped: UInt32 = 0
        static let dropAttached: UInt32 = 1
        static let dropDetached: UInt32 = 2
        static let expansion: UInt32 = 3
        static let surrogate: UInt32 = 4
    }

    static func passTable(from table: [UInt32]) -> [UInt32] {
        let classes = nfcClasses
        return (0..<0x10000).map { unit in
            let entry = table[unit]
            let nfc = UInt32(classes[unit]) << 16
            if entry < 0x10000 { return PassEntry.mapped << 24 | nfc | entry }
            switch entry {
            case Entry.dropAttached: return PassEntry.dropAttached << 24 | nfc
            case Entry.dropDetached: return PassEntry.dropDetached << 24 | nfc
            case Entry.surrogate: return PassEntry.surrogate << 24 | nfc
            default: return PassEntry.expansion << 24 | nfc | (entry & 0xFFFF)
            }
        }
    }

    /// The key of `base[range]` folded in a single pass into arrays sized to the input, or nil
    /// when this fast path does not apply: the text may not be NFC (ICU's quick check decides
    /// when it holds a unit other than quick-check-Yes letters and marks in canonical order),
    /// holds a surrogate, or expands past the room. The caller then takes the general path,
    /// which gives the same key.
    func foldSinglePass(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) -> NormalizedText? {
        let capacity = range.count + 16
        // Folded into scratch space, then copied into arrays of the exact size: cheaper than
        // `Array(unsafeUninitializedCapacity:)`, whose allocation looks the element type up in
        // the runtime's metadata cache on every call.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 2) { offsets in
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { scratch in
                let starts = offsets.baseAddress!, ends = starts + capacity
                let (count, suspect) = passTable.withUnsafeBufferPointer { table in
                    foldUnits(
                        base, range, table: table.baseAddress!, units: scratch.baseAddress!,
                        starts: starts, ends: ends, capacity: capacity)
                }
                guard count >= 0 else { return nil }
                if appliesNFC, suspect, !Self.isNFC(base, range) { return nil }
                return NormalizedText(
                    units: Array(UnsafeBufferPointer(start: scratch.baseAddress!, count: count)),
                    originalStarts: Array(UnsafeBufferPointer(start: starts, count: count)),
                    originalEnds: Array(UnsafeBufferPointer(start: ends, count: count)),
                    originalRange: range)
            }
        }
    }

    /// Calls `body` with the key of `buffer[range]` and its offset map (``NormalizedText``'s
    /// three arrays) without making them: text that folds in one pass is folded into scratch
    /// space that lives only for the call, so a caller keying many segments allocates nothing
    /// per segment. Other text goes through ``normalize(_:in:)`` and `body` sees its arrays.
    ///
    /// - Complexity: O(n).
    public func withKey(
        of buffer: UnsafeBufferPointer<UInt16>, in range: Range<Int>,
        _ body: (
            _ units: UnsafeBufferPointer<UInt16>, _ starts: UnsafeBufferPointer<Int32>,
            _ ends: UnsafeBufferPointer<Int32>
        ) throws(NormalizationError) -> Void
    ) throws(NormalizationError) {
        // Not generic: across modules a generic body would look its result type's metadata up
        // on every call, which costs more than the allocations this saves.
        if let base = buffer.baseAddress, !range.isEmpty, range.count <= Self.scratchLimit {
            let capacity = range.count + 16
            var failure: NormalizationError?
            let folded = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 2) { offsets in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { scratch in
                    let starts = offsets.baseAddress!, ends = starts + capacity
                    let (count, suspect) = passTable.withUnsafeBufferPointer { table in
                        foldUnits(
                            base, range, table: table.baseAddress!, units: scratch.baseAddress!,
                            starts: starts, ends: ends, capacity: capacity)
                    }
                    guard count >= 0 else { return false }
                    if appliesNFC, suspect, !Self.isNFC(base, range) { return false }
                    do throws(NormalizationError) {
                        try body(
                            UnsafeBufferPointer(start: scratch.baseAddress!, count: count),
                            UnsafeBufferPointer(start: starts, count: count),
                            UnsafeBufferPointer(start: ends, count: count))
                    } catch {
                        failure = error
                    }
                    return true
                }
            }
            if let failure { throw failure }
            if folded { return }
        }
        let key = try normalize(buffer, in: range)
        try key.units.withUnsafeBufferPointer { units throws(NormalizationError) in
            try key.originalStarts.withUnsafeBufferPointer { starts throws(NormalizationError) in
                try key.originalEnds.withUnsafeBufferPointer { ends throws(NormalizationError) in
                    try body(units, starts, ends)
                }
            }
        }
    }

    /// The longest range ``withKey(of:in:_:)`` folds on the stack (10 bytes a unit); longer
    /// text (a whole document) takes the heap.
    static let scratchLimit = 1 << 16

    /// The loop of ``foldSinglePass(_:_:)``: the number of key units written (-1 when it gave
    /// up) and whether ICU must check NFC.
    @inline(__always)
    private func foldUnits(
        _ base: UnsafePointer<UInt16>, _ range: Range<Int>, table: UnsafePointer<UInt32>,
        units: UnsafeMutablePointer<UInt16>, starts: UnsafeMutablePointer<Int32>,
        ends: UnsafeMutablePointer<Int32>, capacity: Int
    ) -> (Int, Bool) {
        var n = 0
        var index = range.lowerBound
        let end = range.upperBound
        var suspect = false
        // The combining class of the mark just before, as NFC's quick check tracks it.
        var previousClass: UInt32 = 0
        while index < end {
            let entry = table[Int(base[index])]
            let nfc = (entry &>> 16) & 0xFF
            if nfc != 0 {
                if nfc == 0xFF || nfc < previousClass { suspect = true }
            }
            previousClass = nfc
            if entry < 0x0100_0000 {
                units[n] = UInt16(truncatingIfNeeded: entry)
                starts[n] = Int32(truncatingIfNeeded: index)
                ends[n] = Int32(truncatingIfNeeded: index &+ 1)
                n &+= 1
                index &+= 1
                continue
            }
            switch entry &>> 24 {
            case PassEntry.dropAttached:
                // A removed mark belongs to the letter just before it.
                if n > 0, ends[n - 1] == Int32(truncatingIfNeeded: index) {
                    ends[n - 1] = Int32(truncatingIfNeeded: index + 1)
                }
                index += 1
            case PassEntry.dropDetached:
                index += 1
            case PassEntry.expansion:
                let expansion = expansions[Int(entry & 0xFFFF)]
                guard n + expansion.count <= capacity else { return (-1, true) }
                for folded in expansion {
                    units[n] = folded
                    starts[n] = Int32(truncatingIfNeeded: index)
                    ends[n] = Int32(truncatingIfNeeded: index + 1)
                    n += 1
                }
                index += 1
            default:
                return (-1, true)
            }
        }
        return (n, suspect)
    }
}
