/// Sentences whose numbers are built to break number readers: digit runs of every length in
/// every digit script (past `Int.max` and past what a `Double` holds exactly), grouped figures,
/// scale words after long runs, exponents, and separators in odd places. Deterministic, so a
/// failure reproduces; the end-to-end and service tests feed the same sentences.
public enum HostileNumbers {
    /// The cases the hostile-input report named, written out.
    public static let named = [
        "رقم الحساب 12345678901234567890.",
        "بلغ ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ شخصا",
        "اتصلوا على ۰۹۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹ الان",
        "بلغت الخسائر 10,000,000,000,000,000,000 ليرة",
        "بلغت الخسائر ٩٩٩٩٩٩٩٩٩٩٩٩٩ مليار ليرة",
        "قيل 9999999999999 مليار وثلاثة الاف",
        "the cost was 1e400 dollars",
        "about 9.5e18 billion people",
        "a run of 9223372036854775808 and 9007199254740993",
    ]

    static let digitZeros: [UInt32] = [0x30, 0x0660, 0x06F0]

    static let pieces = [
        "ألف", "الف", "آلاف", "ألفين", "مليون", "ملايين", "مليونين", "مليار", "مليارات", "بليون", "مئة", "مائة",
        "تسعمئة", "تسعة", "عشر", "عشرين", "وعشرين", "و", "نصف", "ربع", "ونصف", "الحادي", "الأول", "thousand",
        "million", "billion", "hundred", "and", "a", "ninety-nine", "first", "th", "st", "e", "E", "e400", "-",
        ",", ".", "٬", "٫", " ", " ", "،", "%", "$", "شخصا", "ليرة",
    ]

    /// A run of `count` digits in one script chosen by the generator.
    public static func digits(_ count: Int, using generator: inout SplitMix64) -> String {
        let zero = digitZeros[generator.below(digitZeros.count)]
        var text = ""
        for _ in 0..<count {
            text.unicodeScalars.append(Unicode.Scalar(zero + UInt32(generator.below(10))) ?? "0")
        }
        return text
    }

    /// `count` sentences mixing long digit runs, separators, scale words and exponents.
    public static func generated(_ count: Int, seed: UInt64 = 19) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            var sentence = ""
            for _ in 0..<(1 + generator.below(12)) {
                if generator.below(2) == 0 {
                    sentence += digits(1 + generator.below(45), using: &generator)
                } else {
                    sentence += pieces[generator.below(pieces.count)]
                }
                if generator.below(3) == 0 { sentence += " " }
            }
            return sentence
        }
    }
}
