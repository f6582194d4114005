/// Hard wraps inside a segment: a run of white space holding a line break, which output formats
/// show as one space so a re-flowed sentence reads as one line.
enum TextWraps {
    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        (unit >= 0x0A && unit <= 0x0D) || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || isLineBreak(unit) }

    /// The end of the white space starting at `index`, and whether it contains a line break.
    static func whiteSpaceRun(in units: UnsafeBufferPointer<UInt16>, at index: Int) -> (end: Int, wraps: Bool) {
        var end = index
        var wraps = false
        while end < units.count, isSpace(units[end]) {
            if isLineBreak(units[end]) { wraps = true }
            end += 1
        }
        return (end, wraps)
    }
}
