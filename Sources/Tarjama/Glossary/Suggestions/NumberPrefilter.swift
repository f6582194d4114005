internal import TarjamaText

/// Tells cheaply, from the folded words of a segment, whether the number parser can find anything
/// there: a word with a digit, or an Arabic number word (as a matching key, after an optional و
/// and article). Most sentences have none, and the parser costs more than the matcher. It may
/// say yes wrongly (ست is also "six" in ست سنوات, fine); it must never say no to a number: a test
/// compares it with the parser on the transcript and the demo sample.
enum NumberPrefilter {
    /// Number words as matching keys (ة→ه, أ إ آ→ا, ى→ي, ئ→ي): units, tens, hundreds (one word
    /// or two), thousands, millions and billions, masculine and feminine, nominative and genitive.
    static let words: WordTable = {
        var forms = [
            "صفر", "واحد", "واحده", "احد", "احدي", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثني", "اثنا", "اثنتا", "اثنتي",
            "ثنتين", "ثنتان", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثمان",
            "ثماني", "ثمانيه", "ثمانين", "تسع", "تسعه", "عشر", "عشره",
            "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون",
            "سبعين", "ثمانون", "تسعون", "تسعين",
            "ميه", "مايه", "ميتان", "ميتين", "مايتان", "مايتين", "ميتا", "مايتا", "ميات", "مييه",
            "الف", "الفا", "الفان", "الفين", "الاف", "الوف", "مليون", "مليونا", "مليونان", "مليونين", "ملايين",
            "مليار", "مليارا", "ملياران", "مليارين", "مليارات",
            // Dual in construct: مليوني شخص, الفي سيارة.
            "مليوني", "ملياري", "الفي", "ميتي", "مايتي",
        ]
        for unit in ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"] {
            for hundred in ["ميه", "مايه", "مييه"] { forms.append(unit + hundred) }
        }
        return WordTable(words: forms)
    }()

    static func mayHaveNumber(_ words: FoldedWords) -> Bool {
        words.key.units.withUnsafeBufferPointer { units in
            for index in 0..<words.count {
                var range = words.range(of: index)
                if units[range].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
                if isNumberWord(units, range) { return true }
                if units[range.lowerBound] == 0x0648, range.count > 2 {
                    range = (range.lowerBound + 1)..<range.upperBound
                    if isNumberWord(units, range) { return true }
                }
                if range.count > 4, units[range.lowerBound] == 0x0627, units[range.lowerBound + 1] == 0x0644,
                   isNumberWord(units, (range.lowerBound + 2)..<range.upperBound) { return true }
            }
            return false
        }
    }

    @inline(__always)
    private static func isNumberWord(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        words.id(of: UnsafeBufferPointer(rebasing: units[range])) >= 0
    }
}
