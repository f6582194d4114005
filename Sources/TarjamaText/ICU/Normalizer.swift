internal import CICU

/// Unicode normalisation and case folding through ICU's normaliser singletons.
public enum Normalizer {
    /// A Unicode normalisation form.
    public enum Form: Int32, Sendable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
    }

    /// `units` normalised to `form`.
    public static func normalize(_ units: [UInt16], to form: Form = .nfc) throws(ICUError) -> [UInt16] {
        try produce(from: units, "normalising to \(form)") { source, count, dest, capacity, status in
            cicu_normalize(form.rawValue, source, count, dest, capacity, &status)
        }
    }

    /// A string normalised to `form`.
    public static func normalize(_ text: String, to form: Form = .nfc) throws(ICUError) -> String {
        String(decoding: try normalize(Array(text.utf16), to: form), as: UTF16.self)
    }

    /// Whether `units` is already in `form` (a quick check that errs towards `false`).
    public static func isNormalized(_ units: UnsafeBufferPointer<UInt16>, form: Form = .nfc) -> Bool {
        var status: Int32 = 0
        let prefix = cicu_normalized_prefix_length(form.rawValue, units.baseAddress, Int32(clamping: units.count), &status)
        return status <= 0 && Int(prefix) == units.count
    }

    /// Full Unicode case folding, for caseless comparison of the English side.
    public static func foldCase(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
        try produce(from: units, "case folding") { source, count, dest, capacity, status in
            cicu_fold_case(source, count, dest, capacity, &status)
        }
    }

    /// A string with full Unicode case folding.
    public static func foldCase(_ text: String) throws(ICUError) -> String {
        String(decoding: try foldCase(Array(text.utf16)), as: UTF16.self)
    }

    private static func produce(
        from units: [UInt16], _ operation: @autoclosure () -> String,
        _ call: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> [UInt16] {
        let sourceLength = try ICUError.length(units.count, operation())
        var capacity = units.count + units.count / 2 + 8
        while true {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { dest in
                    call(source.baseAddress, sourceLength, dest.baseAddress, Int32(clamping: capacity), &status)
                }
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ { capacity = Int(length) + 1; continue }
            try ICUError.check(status, operation())
            output.removeSubrange(Int(length)...)
            return output
        }
    }
}
