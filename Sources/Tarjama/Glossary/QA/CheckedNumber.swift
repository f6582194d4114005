public import TarjamaText

/// A number `check` compares: its value as written, where it stands and how it was written.
struct CheckedNumber {
    /// The exact value (7.5 = 7.50), or the digits of a number too large to hold.
    var value: String
    /// The number as it stands in its side.
    var text: String
    var kind: NumberMatch.Kind
    /// Its UTF-16 span in its side.
    var range: Range<Int>

    /// Whether it is written in words only (الأول, واحد, "first", "two"), with no digit.
    var isWords: Bool {
        !text.unicodeScalars.contains {
            ("0"..."9").contains($0) || ("\u{0660}"..."\u{0669}").contains($0) || ("\u{06F0}"..."\u{06F9}").contains($0)
        }
    }

    /// Whether a translation may fairly leave it out or word it as no number at all, so that it
    /// is an alarm only when the other side has a number left over too (a substitution): an
    /// ordinal in words (المراحل الأولى ↔ "the early stages", الفصل السابع ↔ "Chapter VII"),
    /// and a one or zero in words (في غضون شهر واحد ↔ "within a month", "zero tolerance",
    /// "first and foremost" ↔ أولا). A figure in digits, and any larger count in words, is never
    /// soft; nor is "two", which a plural may not stand for ("Two civilians" ↔ المدنيين),
    /// except the Arabic "the two" on its own (الاثنان, الاثنتين), a pronoun for a pair named
    /// before, which English writes "both", "they" or "the pair".
    var isSoft: Bool {
        guard isWords else { return false }
        return kind == .ordinal || value == "0" || value == "1" || isDefiniteTwo
    }

    /// Whether it is the Arabic "the two" (الاثنان, الاثنتان, الاثنين, الاثنتين, with و or ب
    /// before it), hamza or not.
    var isDefiniteTwo: Bool {
        guard value == "2" else { return false }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) })
        var word = Substring(String(scalars))
        if let first = word.first, "وب".contains(first), word.dropFirst().hasPrefix("ال") { word = word.dropFirst() }
        return ["الاثنان", "الاثنتان", "الاثنين", "الاثنتين", "الإثنان", "الإثنتان", "الإثنين", "الإثنتين"].contains(word)
    }
}
