extension String {
    /// The text of UTF-16 `units`, each unpaired surrogate replaced by U+FFFD, exactly as
    /// `String(decoding: units, as: UTF16.self)` makes it.
    ///
    /// The standard library decodes UTF-16 through its generic, unspecialised path (about a
    /// microsecond for a short Arabic word); this transcodes to UTF-8 in one loop, which matters
    /// where a string is made for every match of a long text (suggestions, number tokens).
    ///
    /// - Complexity: O(n).
    public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        let count = units.count
        guard count > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: count * 3) { bytes in
            var n = 0
            var index = 0
            while index < count {
                let unit = units[index]
                index += 1
                if unit < 0x80 {
                    bytes[n] = UInt8(truncatingIfNeeded: unit)
                    n += 1
                } else if unit < 0x800 {
                    bytes[n] = 0xC0 | UInt8(truncatingIfNeeded: unit >> 6)
                    bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
                    n += 2
                } else if unit & 0xF800 != 0xD800 {
                    bytes[n] = 0xE0 | UInt8(truncatingIfNeeded: unit >> 12)
                    bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (unit >> 6) & 0x3F)
                    bytes[n + 2] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
                    n += 3
                } else if unit < 0xDC00, index < count, units[index] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                    bytes[n] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
                    bytes[n + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
                    bytes[n + 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
                    bytes[n + 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                    n += 4
                } else {
                    // An unpaired surrogate: U+FFFD, as the standard library repairs it.
                    bytes[n] = 0xEF
                    bytes[n + 1] = 0xBF
                    bytes[n + 2] = 0xBD
                    n += 3
                }
            }
            return n
        }
    }
}
