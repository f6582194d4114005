internal import CICU

/// Builds matching keys: NFC, then the ``ArabicFolding`` steps, in one pass over UTF-16, with an
/// offset map back to the original (see ``NormalizedText``).
///
/// The folding steps are compiled once into a lookup table over the Basic Multilingual Plane, so
/// make one normaliser per folding set and reuse it (``matching`` is shared). It is a value with
/// no ICU handle of its own (ICU's NFC instance is a process-wide singleton), so it is safe to
/// use from any number of threads at once.
///
/// ```swift
/// let key = try ArabicNormalizer.matching.normalize(document.units)
/// // find "حماه" in key.units at keyRange, then:
/// let span = key.originalRange(of: keyRange)   // the exact characters in document.units
/// ```
public struct ArabicNormalizer: Sendable {
    /// The steps this normaliser applies after NFC.
    public let folding: ArabicFolding
    /// Whether NFC is applied first (it is unless a caller knows its text is already NFC).
    public let appliesNFC: Bool
    let table: [UInt32]
    let expansions: [[UInt16]]
    /// ``table`` with each unit's NFC class beside it, for the single-pass fast path (see
    /// ``PassEntry``).
    let passTable: [UInt32]

    /// The normaliser every matching key in Tarjama is built with: NFC + ``ArabicFolding/matching``.
    public static let matching = ArabicNormalizer(folding: .matching)

    /// Compiles `folding` into a lookup table (a few milliseconds; keep the normaliser).
    public init(folding: ArabicFolding = .matching, appliesNFC: Bool = true) {
        self.folding = folding
        self.appliesNFC = appliesNFC
        var table = [UInt32](repeating: 0, count: 0x10000)
        var expansions: [[UInt16]] = []
        for unit in 0..<0x10000 {
            if (0xD800...0xDFFF).contains(unit) { table[unit] = Entry.surrogate; continue }
            let (scalars, applied) = folding.fold(UInt32(unit))
            if applied.isEmpty { table[unit] = UInt32(unit); continue }
            if scalars.isEmpty {
                // Marks belong to the letter they sit on; controls belong to nothing.
                table[unit] = applied.contains(.invisibleControls) ? Entry.dropDetached : Entry.dropAttached
            } else if scalars.count == 1, scalars[0] < 0x10000, !(0xD800...0xDFFF).contains(scalars[0]) {
                table[unit] = scalars[0]
            } else {
                var units: [UInt16] = []
                for scalar in scalars { units.append(contentsOf: Unicode.Scalar(scalar).map { Array(String($0).utf16) } ?? []) }
                table[unit] = Entry.expansion | UInt32(expansions.count)
                expansions.append(units)
            }
        }
        self.table = table
        self.expansions = expansions
        passTable = Self.passTable(from: table)
    }

    enum Entry {
        static let dropAttached: UInt32 = 0x8000_0001
        static let dropDetached: UInt32 = 0x8000_0000
        static let surrogate: UInt32 = 0x2000_0000
        static let expansion: UInt32 = 0x4000_0000
    }

    /// The key of `units[range]` (all of `units` when `range` is nil); offsets in the result
    /// count from the start of `units`, so a document's key maps straight back to the document.
    ///
    /// - Complexity: O(n); NFC is skipped by ICU's quick check on text that is already NFC.
    public func normalize(_ units: [UInt16], in range: Range<Int>? = nil) throws(NormalizationError) -> NormalizedText {
        let range = range ?? 0..<units.count
        guard range.lowerBound >= 0, range.upperBound <= units.count else {
            throw .rangeOutOfBounds(lower: range.lowerBound, upper: range.upperBound, count: units.count)
        }
        return try units.withUnsafeBufferPointer { buffer throws(NormalizationError) in
            try normalize(buffer, in: range)
        }
    }

    /// The key of a string; offsets count UTF-16 units of `text`.
    public func normalize(_ text: String) throws(NormalizationError) -> NormalizedText {
        try normalize(Array(text.utf16))
    }

    /// The key of `text` as a string, for keying glossary terms and other short entries.
    public func key(for text: String) throws(NormalizationError) -> String {
        try normalize(text).string
    }

    /// The key of `buffer[range]`, offsets counting from the start of `buffer`.
    public func normalize(_ buffer: UnsafeBufferPointer<UInt16>, in range: Range<Int>) throws(NormalizationError) -> NormalizedText {
        guard range.lowerBound >= 0, range.upperBound <= buffer.count else {
            throw .rangeOutOfBounds(lower: range.lowerBound, upper: range.upperBound, count: buffer.count)
        }
        // Key offsets are stored as Int32 (half the memory of the offset maps); past that, refuse.
        do { _ = try ICUError.length(range.upperBound, "normalising a text") } catch { throw .icu(error) }
        guard let base = buffer.baseAddress, !range.isEmpty else {
            return NormalizedText(units: [], originalStarts: [], originalEnds: [], originalRange: range)
        }
        // Most text is NFC already and folds unit for unit: one pass, asking ICU only when a unit
        // that NFC could touch was seen.
        if let key = foldSinglePass(base, range) { return key }
        if !appliesNFC || Self.isNFC(base, range) {
            // NFC, but with a surrogate or an expansion that did not fit: count, then fill.
            return try foldExact(base, range)
        }
        var output = KeyOutput(capacity: range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            var done = range.upperBound
            if appliesNFC {
                var status: Int32 = 0
                let prefix = Int(
                    cicu_normalized_prefix_length(
                        Int32(CICU_NFC), base + position,
                        Int32(range.upperBound - position), &status))
                if status > 0 { throw .icu(ICUError(status: status, operation: "checking NFC")) }
                done = position + prefix
            }
            try foldDirect(base, position..<done, into: &output)
            position = done
            if position >= range.upperBound { break }
            // Not NFC from here: normalise the piece up to the next point NFC cannot reach
            // across, and let every key unit of it point at the whole piece.
            let pieceEnd = Self.nextNFCBoundary(in: base, after: position, end: range.upperBound)
            let piece = Array(UnsafeBufferPointer(start: base + position, count: pieceEnd - position))
            let normalized: [UInt16]
            do { normalized = try Normalizer.normalize(piece, to: .nfc) } catch { throw .icu(error) }
            try normalized.withUnsafeBufferPointer { pieceBuffer throws(NormalizationError) in
                try fold(
                    pieceBuffer.baseAddress!, 0..<pieceBuffer.count, into: &output,
                    span: (Int32(position), Int32(pieceEnd)))
            }
            position = pieceEnd
        }
        return output.finish(originalRange: range)
    }

    /// Whether `base[range]` passes ICU's NFC quick check as a whole.
    static func isNFC(_ base: UnsafePointer<UInt16>, _ range: Range<Int>) -> Bool {
        var status: Int32 = 0
        let prefix = cicu_normalized_prefix_length(Int32(CICU_NFC), base + range.lowerBound, Int32(range.count), &status)
        return status <= 0 && Int(prefix) == range.count
    }

    /// The first code point boundary after `start` (and after the code point there) where NFC
    /// does not combine with what precedes.
    static func nextNFCBoundary(in base: UnsafePointer<UInt16>, after start: Int, end: Int) -> Int {
        var index = start
        index += Self.scalarLength(base, index, end)
        while index < end {
            let length = Self.scalarLength(base, index, end)
            let scalar =
                length == 2
                ? 0x10000 + ((UInt32(base[index]) - 0xD800) << 10) + (UInt32(base[index + 1]) - 0xDC00)
                : UInt32(base[index])
            if cicu_nfc_has_boundary_before(scalar) != 0 { break }
            index += length
        }
        return index
    }

    @inline(__always)
    static func scalarLength(_ base: UnsafePointer<UInt16>, _ index: Int, _ end: Int) -> Int {
        let unit = base[index]
        if unit & 0xFC00 == 0xD800, index + 1 < end, base[index + 1] & 0xFC00 == 0xDC00 { return 2 }
        return 1
    }

    /// Folds `base[range]` where key unit `i` maps to original offset `i`: the hot loop.
    func foldDirect(_ base: UnsafePointer<UInt16>, _ range: Range<Int>, into output: inout KeyOutput) throws(NormalizationError) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            // Room for the rest one-for-one plus one expansion; an expansion that does not fit
            // stops the inner loop so the room can grow.
            output.reserve(end - index + 32)
            var n = output.count
            var failure: NormalizationError?
            table.withUnsafeBufferPointer { table in
                output.units.withUnsafeMutableBufferPointer { units in
                    output.starts.withUnsafeMutableBufferPointer { starts in
                        output.ends.withUnsafeMutableBufferPointer { ends in
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
                                    if n > 0, ends[n - 1] == Int32(truncatingIfNeeded: index) {
                                        ends[n - 1] = Int32(truncatingIfNeeded: index + 1)
                                    }
                                    index += 1
                                case Entry.dropDetached:
                                    index += 1
                                case Entry.surrogate:
                                    guard unit < 0xDC00, index + 1 < end, base[index + 1] & 0xFC00 == 0xDC00 else {
                                        failure = .unpairedSurrogate(offset: index)
                                        return
                                    }
                                    var scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(base[index + 1]) - 0xDC00)
                                    if folding.contains(.caseFold) { scalar = cicu_fold_case_simple(scalar) }
                                    for folded in (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf16 {
                                        units[n] = folded
                                        starts[n] = Int32(truncatingIfNeeded: index)
                                        ends[n] = Int32(truncatingIfNeeded: index + 2)
                                        n += 1
                                    }
                                    index += 2
                                default:
                                    let expansion = expansions[Int(entry & 0xFFFF)]
                                    if n + expansion.count + (end - index - 1) > units.count { return }
                                    for folded in expansion {
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
                }
            }
            output.count = n
            if let failure { throw failure }
        }
    }

    /// Folds `base[range]`. With `span` every output unit maps to that original span (a piece
    /// ICU renormalised); without it unit `i` maps to original offset `i`.
    @inline(__always)
    func fold(
        _ base: UnsafePointer<UInt16>, _ range: Range<Int>, into output: inout KeyOutput,
        span: (Int32, Int32)?
    ) throws(NormalizationError) {
        var index = range.lowerBound
        let end = range.upperBound
        try table.withUnsafeBufferPointer { table throws(NormalizationError) in
            while index < end {
                let unit = base[index]
                let entry = table[Int(unit)]
                let start = span?.0 ?? Int32(index)
                if entry < 0x10000 {
                    output.append(UInt16(truncatingIfNeeded: entry), start, span?.1 ?? Int32(index + 1))
                    index += 1
                    continue
                }
                switch entry {
                case Entry.dropAttached:
                    output.extendLast(from: start, to: span?.1 ?? Int32(index + 1))
                    index += 1
                case Entry.dropDetached:
                    index += 1
                case Entry.surrogate:
                    guard unit < 0xDC00, index + 1 < end, base[index + 1] & 0xFC00 == 0xDC00 else {
                        throw .unpairedSurrogate(offset: Int(span?.0 ?? Int32(index)))
                    }
                    var scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(base[index + 1]) - 0xDC00)
                    if folding.contains(.caseFold) { scalar = cicu_fold_case_simple(scalar) }
                    let spanEnd = span?.1 ?? Int32(index + 2)
                    for folded in (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf16 { output.append(folded, start, spanEnd) }
                    index += 2
                default:
                    let spanEnd = span?.1 ?? Int32(index + 1)
                    for folded in expansions[Int(entry & 0xFFFF)] { output.append(folded, start, spanEnd) }
                    index += 1
                }
            }
        }
    }
}
