internal import CICU

/// A failure reported by ICU, with ICU's own name for it and what Tarjama was doing.
public struct ICUError: Error, CustomStringConvertible, Sendable, Equatable {
    /// ICU's status code (a `UErrorCode` value).
    public let status: Int32
    /// What was being attempted, e.g. "opening the sentence break iterator for ar".
    public let operation: String
    /// For rule and pattern compilation errors: the 1-based line and the offset in it.
    public let line: Int32?
    public let offset: Int32?

    init(status: Int32, operation: String, line: Int32? = nil, offset: Int32? = nil) {
        self.status = status
        self.operation = operation
        self.line = line
        self.offset = offset
    }

    /// ICU's symbolic name for the status, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: cicu_error_name(status)) }

    public var description: String {
        var text = "ICU failed \(operation): \(name)"
        if let line, line > 0 { text += " at rule line \(line)" }
        if let offset, offset >= 0 { text += ", offset \(offset)" }
        return text
    }

    /// `count` as ICU's `int32_t` length, or `U_INDEX_OUTOFBOUNDS_ERROR` for a text longer than
    /// ICU can take (2,147,483,647 UTF-16 units): `Int32(count)` would trap instead.
    @inline(__always)
    static func length(_ count: Int, _ operation: @autoclosure () -> String) throws(ICUError) -> Int32 {
        guard let length = Int32(exactly: count) else {
            throw ICUError(
                status: 8 /* U_INDEX_OUTOFBOUNDS_ERROR */, operation: operation() + " (\(count) UTF-16 units, more than ICU takes)")
        }
        return length
    }

    /// Throws when `status` is an ICU failure; warnings pass.
    @inline(__always)
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(status: status, operation: operation()) }
    }
}

/// Facts about the ICU library Tarjama runs on.
public enum ICU {
    /// The linked ICU version, e.g. "72.1".
    public static var version: String { String(cString: cicu_version()) }
}
