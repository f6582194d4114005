/// A matching key built from a stretch of original text, with the way back to that text.
///
/// Every key unit remembers the original characters it came from (UTF-16 offsets into the
/// buffer that was normalised, document offsets when a document was keyed), so a match found in
/// the key is reported on the exact span of the source: removed tashkeel and tatweel count as
/// part of the letter before them, removed bidi and zero-width controls belong to no letter.
public struct NormalizedText: Sendable, Equatable {
    /// The key, UTF-16.
    public let units: [UInt16]
    /// For each key unit, the original offset where the character it came from starts.
    public let originalStarts: [Int32]
    /// For each key unit, the original offset where that character (with any removed marks
    /// that followed it) ends.
    public let originalEnds: [Int32]
    /// The original range that was normalised.
    public let originalRange: Range<Int>

    init(units: [UInt16], originalStarts: [Int32], originalEnds: [Int32], originalRange: Range<Int>) {
        self.units = units
        self.originalStarts = originalStarts
        self.originalEnds = originalEnds
        self.originalRange = originalRange
    }

    /// The number of key units.
    public var count: Int { units.count }

    /// Whether the key is empty (the original held only removed characters, or nothing).
    public var isEmpty: Bool { units.isEmpty }

    /// The key as a string (for output and dictionary keys; match on ``units``).
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The original span of the key units in `keyRange`: from the start of the first one's
    /// character to the end of the last one's. An empty key range maps to an empty original
    /// range at the position where the next key unit's character starts.
    public func originalRange(of keyRange: Range<Int>) -> Range<Int> {
        precondition(
            keyRange.lowerBound >= 0 && keyRange.upperBound <= units.count,
            "key range \(keyRange) outside a key of \(units.count) units")
        if keyRange.isEmpty {
            let position =
                keyRange.lowerBound < units.count
                ? Int(originalStarts[keyRange.lowerBound]) : originalRange.upperBound
            return position..<position
        }
        return Int(originalStarts[keyRange.lowerBound])..<Int(originalEnds[keyRange.upperBound - 1])
    }

    /// The key text of `keyRange`.
    public func string(in keyRange: Range<Int>) -> String {
        units.withUnsafeBufferPointer { String(decoding: $0[keyRange], as: UTF16.self) }
    }
}
