internal import CICU

/// An ICU transliterator: a system one by id (`Arabic-Latin`) or one compiled from rules kept in
/// the repository. Compiling rules is slow, so open one per scheme and reuse it; not thread-safe.
public final class Transliterator {
    let handle: OpaquePointer
    /// The id it was opened with.
    public let id: String

    /// Opens ICU's system transliterator `id`, forward or reverse.
    public init(systemID id: String, reverse: Bool = false) throws(ICUError) {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer { buffer in
            cicu_translit_open(buffer.baseAddress, Int32(buffer.count), reverse ? 1 : 0, &status)
        }
        guard let handle, status <= 0 else {
            throw ICUError(status: status == 0 ? 1 : status, operation: "opening the transliterator \(id)")
        }
        self.handle = handle
        self.id = id
    }

    /// Compiles ICU transliteration `rules` under the name `id`.
    public init(id: String, rules: String, reverse: Bool = false) throws(ICUError) {
        let idUnits = Array(id.utf16)
        let ruleUnits = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let handle = idUnits.withUnsafeBufferPointer { idBuffer in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                cicu_translit_open_rules(
                    idBuffer.baseAddress, Int32(idBuffer.count),
                    ruleBuffer.baseAddress, Int32(ruleBuffer.count),
                    reverse ? 1 : 0, &line, &offset, &status)
            }
        }
        guard let handle, status <= 0 else {
            throw ICUError(
                status: status == 0 ? 1 : status, operation: "compiling the transliteration rules \(id)",
                line: line, offset: offset)
        }
        self.handle = handle
        self.id = id
    }

    deinit { cicu_translit_close(handle) }

    /// Transforms UTF-16 `units`.
    public func transform(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
        let sourceLength = try ICUError.length(units.count, "transliterating with \(id)")
        var capacity = max(16, units.count * 3)
        while true {
            let capacityLength = try ICUError.length(capacity, "transliterating with \(id)")
            var buffer = units
            buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
            var length = sourceLength
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer { pointer in
                cicu_translit_transform(handle, pointer.baseAddress, &length, capacityLength, &status)
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = max(Int(length), capacity * 2)
                continue
            }
            try ICUError.check(status, "transliterating with \(id)")
            buffer.removeSubrange(Int(length)...)
            return buffer
        }
    }

    /// Transforms a string.
    public func transform(_ text: String) throws(ICUError) -> String {
        String(decoding: try transform(Array(text.utf16)), as: UTF16.self)
    }
}
