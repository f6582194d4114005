internal import CICU

/// An ICU break iterator (character, word, line or sentence boundaries) over a UTF-16 buffer.
///
/// Opening an iterator loads ICU's rule tables, so open one per task and reuse it with
/// ``setText(_:)``; a ``clone()`` is cheap when another thread needs its own.
/// Not thread-safe: one iterator serves one thread at a time.
public final class BreakIterator {
    /// The kinds of boundary ICU can find.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    let handle: OpaquePointer
    /// The kind this iterator finds.
    public let kind: Kind
    /// The locale it was opened with, e.g. `ar` or `en@ss=standard`.
    public let locale: String
    /// Keeps the text alive while ICU points into it.
    private var text: [UInt16] = []

    /// Opens an iterator of `kind` for `locale`.
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = cicu_break_open(kind.rawValue, locale, &status), status <= 0 else {
            throw ICUError(status: status == 0 ? 1 : status, operation: "opening the \(kind) break iterator for \(locale)")
        }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    private init(handle: OpaquePointer, kind: Kind, locale: String) {
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit { cicu_break_close(handle) }

    /// A new iterator with the same rules; it starts with no text.
    public func clone() throws(ICUError) -> BreakIterator {
        var status: Int32 = 0
        guard let copy = cicu_break_clone(handle, &status), status <= 0 else {
            throw ICUError(status: status == 0 ? 1 : status, operation: "cloning the \(kind) break iterator")
        }
        return BreakIterator(handle: copy, kind: kind, locale: locale)
    }

    /// Points the iterator at `units`, which it keeps alive until the next call.
    public func setText(_ units: [UInt16]) throws(ICUError) {
        let length = try ICUError.length(units.count, "setting the text of the \(kind) break iterator")
        text = units
        var status: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            cicu_break_set_text(handle, buffer.baseAddress, length, &status)
        }
        try ICUError.check(status, "setting the text of the \(kind) break iterator")
    }

    /// Points the iterator at memory the caller keeps alive and unchanged while it is used.
    public func setText(unsafe buffer: UnsafeBufferPointer<UInt16>) throws(ICUError) {
        let length = try ICUError.length(buffer.count, "setting the text of the \(kind) break iterator")
        text = []
        var status: Int32 = 0
        cicu_break_set_text(handle, buffer.baseAddress, length, &status)
        try ICUError.check(status, "setting the text of the \(kind) break iterator")
    }

    /// Every boundary after the start of the text, in order (the end of the text included).
    ///
    /// - Complexity: O(n) in the text length; boundaries are fetched from ICU in batches.
    public func boundaries() -> [Int] {
        var result: [Int] = []
        forEachBoundary { boundary, _ in result.append(boundary) }
        return result
    }

    /// Calls `body` with each boundary after the start and its rule status, in order.
    public func forEachBoundary(_ body: (_ offset: Int, _ ruleStatus: Int32) -> Void) {
        _ = cicu_break_first(handle)
        let capacity = 512
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 2) { scratch in
            let offsets = scratch.baseAddress!
            let statuses = offsets + capacity
            while true {
                let count = Int(cicu_break_next_batch(handle, offsets, statuses, Int32(capacity)))
                if count == 0 { break }
                for i in 0..<count { body(Int(offsets[i]), statuses[i]) }
            }
        }
    }

    /// The first boundary after `offset`, or nil at the end.
    public func following(_ offset: Int) -> Int? {
        let value = cicu_break_following(handle, Int32(clamping: offset))
        return value < 0 ? nil : Int(value)
    }

    /// The last boundary before `offset`, or nil at the start.
    public func preceding(_ offset: Int) -> Int? {
        let value = cicu_break_preceding(handle, Int32(clamping: offset))
        return value < 0 ? nil : Int(value)
    }

    /// The rule status of the boundary last returned (for words: 0 none, 100s number, 200s letter,
    /// 300s kana, 400s ideographic).
    public var ruleStatus: Int32 { cicu_break_rule_status(handle) }
}
