/// Classification of single UTF-16 units that segmentation needs on its hot path, without
/// going through ICU or Swift's Character machinery.
enum TextUnits {
    /// LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        (unit >= 0x0A && unit <= 0x0D) || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    /// Space, tab, no-break space and the other Unicode spaces (not line breaks).
    @inline(__always)
    static func isHorizontalSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x3000 || unit == 0xFEFF
            || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x202F || unit == 0x205F
    }

    /// Any white space, line breaks included.
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool { isHorizontalSpace(unit) || isLineBreak(unit) }

    /// Closing quotes and brackets that follow a full stop and stay with its sentence.
    @inline(__always)
    static func isClosing(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0xFD3F /* ﴿ closes in RTL */, 0xFD3E: true
        default: false
        }
    }

    /// Punctuation that never belongs to a word (for finding word edges).
    @inline(__always)
    static func isPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D,
            0xAB, 0xBB, 0x060C, 0x061B, 0x061F, 0x06D4, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
            0x2026, 0x2039, 0x203A, 0xFD3E, 0xFD3F:
            true
        default: false
        }
    }

    /// Sentence-ending punctuation: . ! ? ؟ ۔ and the full-width forms.
    @inline(__always)
    static func isTerminator(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x061F || unit == 0x06D4
            || unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F
    }

    /// Whether `unit` is part of a word: not space and not punctuation.
    @inline(__always)
    static func isWordUnit(_ unit: UInt16) -> Bool { !isSpace(unit) && !isPunctuation(unit) }

    /// ASCII or Unicode decimal digit (ASCII, Arabic-Indic, Eastern Arabic-Indic).
    @inline(__always)
    static func isDigit(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x0660 && unit <= 0x0669) || (unit >= 0x06F0 && unit <= 0x06F9)
    }

    /// A letter of the Arabic block (hamza to yeh, and the extended letters).
    @inline(__always)
    static func isArabicLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x0621 && unit <= 0x064A) || (unit >= 0x0671 && unit <= 0x06D3)
    }

    /// The first index at or after `start` that might hold a line break, skipping four units at
    /// a time with word-parallel tests (line breaks are rare, so most words are skipped whole).
    @inline(__always)
    static func skipToPossibleLineBreak(in text: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return start }
        let ones: UInt64 = 0x0001_0001_0001_0001
        let highs: UInt64 = 0x8000_8000_8000_8000
        @inline(__always) func hasLess(_ word: UInt64, _ limit: UInt64) -> Bool {
            (word &- ones &* limit) & ~word & highs != 0
        }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 4 <= text.count {
            let word = raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self)
            // A unit below 0x0E, or equal to U+0085, or to U+2028/U+2029 (bit 0 masked).
            if hasLess(word, 0x0E) || hasLess(word ^ (ones &* 0x0085), 1)
                || hasLess((word | ones) ^ (ones &* 0x2029), 1)
            {
                return index
            }
            index &+= 4
        }
        return index
    }
}
