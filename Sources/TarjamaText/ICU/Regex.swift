internal import CICU

/// An ICU regular expression matcher over a UTF-16 buffer (the syntax SRX rules are written in).
///
/// Named `ICURegex` so it never shadows Swift's own `Regex`. Not thread-safe; ``clone()`` for
/// another thread.
public final class ICURegex {
    /// Compile flags.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: 2)
        public static let comments = Options(rawValue: 4)
        public static let multiline = Options(rawValue: 8)
        public static let dotMatchesLineSeparators = Options(rawValue: 32)
        public static let unicodeWordBoundaries = Options(rawValue: 256)
    }

    let handle: OpaquePointer
    /// The pattern as written.
    public let pattern: String
    private var text: [UInt16] = []

    /// Compiles `pattern`; a syntax error names the offset in the pattern.
    public init(_ pattern: String, options: Options = []) throws(ICUError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let handle = units.withUnsafeBufferPointer { buffer in
            cicu_regex_open(buffer.baseAddress, Int32(clamping: buffer.count), options.rawValue, &line, &offset, &status)
        }
        guard let handle, status <= 0 else {
            throw ICUError(
                status: status == 0 ? 1 : status, operation: "compiling the regular expression",
                line: line, offset: offset)
        }
        self.handle = handle
        self.pattern = pattern
    }

    private init(handle: OpaquePointer, pattern: String) {
        self.handle = handle
        self.pattern = pattern
    }

    deinit { cicu_regex_close(handle) }

    /// A matcher for the same pattern, with no text.
    public func clone() throws(ICUError) -> ICURegex {
        var status: Int32 = 0
        guard let copy = cicu_regex_clone(handle, &status), status <= 0 else {
            throw ICUError(status: status == 0 ? 1 : status, operation: "cloning a regular expression")
        }
        return ICURegex(handle: copy, pattern: pattern)
    }

    /// Sets the subject, which the matcher keeps alive.
    public func setText(_ units: [UInt16]) throws(ICUError) {
        let length = try ICUError.length(units.count, "setting the regular expression's subject")
        text = units
        var status: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            cicu_regex_set_text(handle, buffer.baseAddress, length, &status)
        }
        try ICUError.check(status, "setting the regular expression's subject")
    }

    /// Sets a subject the caller keeps alive and unchanged while matching.
    public func setText(unsafe buffer: UnsafeBufferPointer<UInt16>) throws(ICUError) {
        let length = try ICUError.length(buffer.count, "setting the regular expression's subject")
        text = []
        var status: Int32 = 0
        cicu_regex_set_text(handle, buffer.baseAddress, length, &status)
        try ICUError.check(status, "setting the regular expression's subject")
    }

    /// Restricts matching to `range`; with `transparentBounds` look-behind and look-ahead see the
    /// text outside it (what SRX before/after-break rules need).
    public func setRegion(_ range: Range<Int>, transparentBounds: Bool = true) throws(ICUError) {
        var status: Int32 = 0
        cicu_regex_set_region(
            handle, Int32(clamping: range.lowerBound), Int32(clamping: range.upperBound), transparentBounds ? 1 : 0, &status)
        try ICUError.check(status, "setting the regular expression's region")
    }

    /// The next match after the previous one (or from the region start), as a range.
    public func nextMatch() throws(ICUError) -> Range<Int>? {
        var status: Int32 = 0
        let found = cicu_regex_find_next(handle, &status)
        try ICUError.check(status, "matching")
        return found != 0 ? try matchRange(group: 0) : nil
    }

    /// The first match at or after `start` of the whole text.
    public func firstMatch(from start: Int) throws(ICUError) -> Range<Int>? {
        var status: Int32 = 0
        let found = cicu_regex_find_from(handle, Int32(clamping: start), &status)
        try ICUError.check(status, "matching")
        return found != 0 ? try matchRange(group: 0) : nil
    }

    /// The match of a prefix of the region, if the pattern matches there.
    public func prefixMatch() throws(ICUError) -> Range<Int>? {
        var status: Int32 = 0
        let found = cicu_regex_looking_at(handle, &status)
        try ICUError.check(status, "matching")
        return found != 0 ? try matchRange(group: 0) : nil
    }

    /// Whether the pattern matches the whole region.
    public func matchesWholeRegion() throws(ICUError) -> Bool {
        var status: Int32 = 0
        let found = cicu_regex_matches(handle, &status)
        try ICUError.check(status, "matching")
        return found != 0
    }

    /// The range of capture `group` in the last match (nil when the group did not take part).
    public func matchRange(group: Int) throws(ICUError) -> Range<Int>? {
        var status: Int32 = 0
        let start = cicu_regex_start(handle, Int32(clamping: group), &status)
        let end = cicu_regex_end(handle, Int32(clamping: group), &status)
        try ICUError.check(status, "reading a match")
        return start < 0 ? nil : Int(start)..<Int(end)
    }
}
