internal import CICU

/// Finds words in a UTF-16 buffer: maximal runs of letters, combining marks and digits
/// (tatweel and ZWNJ/ZWJ inside a run belong to it).
///
/// A hand-written scanner over a table built once from ICU's character categories; on Arabic it
/// gives the same words as ICU's word break iterator for matching purposes (Arabic has no
/// apostrophes or mid-word punctuation to arbitrate) at a fraction of the cost (see the
/// TextServices benchmark). A value, safe to share between threads.
public struct WordScanner: Sendable {
    /// One bit per BMP code unit: part of a word.
    @usableFromInline let table: [UInt64]

    /// The scanner every Tarjama component shares.
    public static let shared = WordScanner()

    /// Builds the character table (a few milliseconds).
    public init() {
        var table = [UInt64](repeating: 0, count: 0x10000 / 64)
        for unit in 0..<0x10000 where !(0xD800...0xDFFF).contains(unit) {
            if Self.isWordScalar(UInt32(unit)) { table[unit >> 6] |= 1 << UInt64(unit & 63) }
        }
        self.table = table
    }

    /// Letters (L*), marks (M*), decimal digits (Nd), and the joiners ZWNJ/ZWJ.
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar == 0x200C || scalar == 0x200D { return true }
        let category = cicu_char_category(scalar)
        return (1...9).contains(category)  // Lu Ll Lt Lm Lo Mn Me Mc Nd
    }

    /// Whether `unit` (a BMP code unit, not a surrogate) is part of a word.
    @inline(__always)
    public func isWordUnit(_ unit: UInt16) -> Bool {
        table[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }

    /// Calls `body(start, end)` for each maximal run of units of `buffer` that are each
    /// ``isWordUnit(_:)`` (a surrogate never is: this reads a matching key, not raw text). The
    /// hot loop of glossary matching: one table test per unit, inlined into the caller so the
    /// caller can work on each word while it is in cache.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func forEachWordUnitRun(in buffer: UnsafeBufferPointer<UInt16>, _ body: (Int, Int) -> Void) {
        let count = buffer.count
        table.withUnsafeBufferPointer { table in
            guard let units = buffer.baseAddress, let bits = table.baseAddress else { return }
            @inline(__always) func isWord(_ index: Int) -> Bool {
                let unit = units[index]
                return (bits[Int(unit &>> 6)] &>> UInt64(unit & 63)) & 1 != 0
            }
            var index = 0
            while true {
                while index < count, !isWord(index) { index &+= 1 }
                guard index < count else { break }
                let start = index
                index &+= 1
                while index < count, isWord(index) { index &+= 1 }
                body(start, index)
            }
        }
    }

    /// The words of `units[range]` (all of `units` when nil), as ranges into `units`.
    ///
    /// - Complexity: O(n).
    public func words(in units: [UInt16], range: Range<Int>? = nil) -> [Range<Int>] {
        var result: [Range<Int>] = []
        units.withUnsafeBufferPointer { buffer in
            forEachWord(in: buffer, range: range ?? 0..<buffer.count) { result.append($0) }
        }
        return result
    }

    /// Calls `body` with each word of `buffer[range]` in order.
    public func forEachWord(
        in buffer: UnsafeBufferPointer<UInt16>, range: Range<Int>,
        _ body: (Range<Int>) -> Void
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        var wordStart = -1
        while index < end {
            let unit = buffer[index]
            var length = 1
            let inWord: Bool
            if unit & 0xF800 == 0xD800 {
                if unit < 0xDC00, index + 1 < end, buffer[index + 1] & 0xFC00 == 0xDC00 {
                    length = 2
                    let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(buffer[index + 1]) - 0xDC00)
                    inWord = Self.isWordScalar(scalar)
                } else {
                    inWord = false  // a lone surrogate is never part of a word
                }
            } else {
                inWord = isWordUnit(unit)
            }
            if inWord {
                if wordStart < 0 { wordStart = index }
            } else if wordStart >= 0 {
                body(wordStart..<index)
                wordStart = -1
            }
            index += length
        }
        if wordStart >= 0 { body(wordStart..<end) }
    }
}
