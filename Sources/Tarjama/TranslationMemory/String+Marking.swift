extension String {
    /// The text with each of `ranges` (UTF-16 offsets, end exclusive) wrapped in `open` and
    /// `close`; overlapping or out-of-bounds ranges are skipped.
    public func marking(_ ranges: [Range<Int>], open: String = "[", close: String = "]") -> String {
        let units = Array(utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count + ranges.count * (open.utf16.count + close.utf16.count))
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where range.lowerBound >= position && range.upperBound <= units.count {
            result += units[position..<range.lowerBound]
            result += open.utf16
            result += units[range]
            result += close.utf16
            position = range.upperBound
        }
        result += units[position...]
        return String(decoding: result, as: UTF16.self)
    }
}
