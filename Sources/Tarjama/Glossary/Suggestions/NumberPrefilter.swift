internal import TarjamaText

/// Finds cheaply, from the folded words of a segment, where the number parser can find anything:
/// runs of words with a digit, Arabic number words or month names (as matching keys, after an
/// optional و and article). Most of a sentence is not a number, and the parser costs more than the matcher. A
/// run may hold no number (ست is also a verb prefix, fine); no number may lie outside the runs:
/// a test compares the result with the parser on the transcript and the demo sample.
enum NumberPrefilter {
    /// Number words as matching keys (ة→ه, أ إ آ→ا, ى→ي, ئ→ي): units, tens, hundreds (one word
    /// or two), thousands, millions and billions, masculine and feminine, nominative and genitive.
    static let table: (words: WordTable, firstMonth: Int32) = {
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
            "بليون", "بليونا", "بليونان", "بليونين", "بليوني", "بلايين", "تريليون", "ترليون", "تريليونات",
            // Ordinals 1-10 and the fractions the parser reads.
            "اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه", "سادس", "سادسه",
            "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره", "حادي", "حاديه", "نصف", "ربع",
        ]
        for unit in ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"] {
            for hundred in ["ميه", "مايه", "مييه"] { forms.append(unit + hundred) }
        }
        // Month names, from the date reader's own list: a date's day and year hang off them
        // (15 كانون الاول 2016). Interned last, so their ids say which runs can hold a date.
        let months = ArabicNumberParser.monthNames.map(MatchFold.key)
        var table = WordTable(capacity: forms.count + months.count)
        for form in forms { _ = table.intern(Array(form.utf16)) }
        let firstMonth = Int32(table.count)
        for month in months { _ = table.intern(Array(month.utf16)) }
        return (table, firstMonth)
    }()

    /// A run of words where a number can be, and whether a month name is among them: only those
    /// runs are read for dates, which costs a second pass over the run's words. `context` is the
    /// run with the word before it and the two after it (within the segment): the parser reads
    /// a number word by its neighbours (من جانب واحد 'unilaterally', سادس فلوريد 'hexafluoride',
    /// المرفق ألف 'annex A', الحادية والثلاثون بعد المائة '131st'), so it reads the context and
    /// keeps what starts in the run.
    struct Run {
        var range: Range<Int>
        var hasMonth: Bool
        var context: Range<Int>
    }

    /// Words read around a run: the parser's context rules look one word back and two ahead.
    static let wordsBefore = 1
    static let wordsAfter = 2

    /// The original spans of the runs of number words (and the و between them) in `words`: the
    /// only places a number can be, so the parser reads those instead of the whole segment. A
    /// run that is all ASCII in `original` is left out: a number there is in ASCII digits
    /// already, which is never suggested.
    static func numberRuns(_ words: FoldedWords, original: UnsafeBufferPointer<UInt16>) -> [Run] {
        var runs: [Run] = []
        let (table, firstMonth) = Self.table
        func close(_ run: Range<Int>, _ hasMonth: Bool, first: Int, last: Int) {
            if UnsafeBufferPointer(rebasing: original[run]).contains(where: { $0 >= 0x80 }) {
                let before = first - wordsBefore >= 0 ? Int(words.origins[words.range(of: first - wordsBefore).lowerBound]) : run.lowerBound
                let after = min(last + wordsAfter, words.count - 1)
                let end = after > last ? max(run.upperBound, words.originalEnd(of: after)) : run.upperBound
                runs.append(Run(range: run, hasMonth: hasMonth, context: min(before, run.lowerBound)..<end))
            }
        }
        do {
            let units = words.folded
            var runStart = -1
            var runEnd = 0
            var firstWord = 0
            var lastWord = 0
            var hasMonth = false
            for index in 0..<words.count {
                let range = words.range(of: index)
                // و joins number words; من joins a day to its month (الأول من تموز).
                let isWaw =
                    (range.count == 1 && units[range.lowerBound] == 0x0648)
                    || (range.count == 2 && units[range.lowerBound] == 0x0645 && units[range.lowerBound + 1] == 0x0646)
                let id = numberWordID(units, index, range, words, table)
                if id >= 0 || (isWaw && runStart >= 0) {
                    if runStart < 0 {
                        runStart = Int(words.origins[range.lowerBound])
                        firstWord = index
                    }
                    if !isWaw {
                        runEnd = Int(words.ends[range.upperBound - 1])
                        lastWord = index
                    }
                    if id >= firstMonth, id != .max { hasMonth = true }  // .max: a word with a digit
                } else if runStart >= 0 {
                    close(runStart..<runEnd, hasMonth, first: firstWord, last: lastWord)
                    runStart = -1
                    hasMonth = false
                }
            }
            if runStart >= 0 { close(runStart..<runEnd, hasMonth, first: firstWord, last: lastWord) }
        }
        return runs
    }

    /// The table id of a word's number word or month, after an optional و, a preposition and then
    /// an optional ال; `Int32.max` for a word with a digit; -1 for any other word.
    @inline(__always)
    private static func numberWordID(
        _ units: UnsafeBufferPointer<UInt16>, _ index: Int, _ word: Range<Int>,
        _ words: FoldedWords, _ table: WordTable
    ) -> Int32 {
        if words.hasDigit(index) { return .max }
        @inline(__always) func id(from offset: Int) -> Int32 {
            table.id(
                of: UnsafeBufferPointer(rebasing: units[(word.lowerBound + offset)..<word.upperBound]), prefix: nil,
                hash: words.hash(of: index, from: offset))
        }
        let whole = id(from: 0)
        if whole >= 0 { return whole }
        var offset = 0
        let first = units[word.lowerBound]
        @inline(__always) func isPreposition(_ unit: UInt16) -> Bool { unit == 0x0628 || unit == 0x0644 || unit == 0x0643 }
        if first == 0x0648, word.count > 2 {
            offset = 1
            let stem = id(from: 1)
            if stem >= 0 { return stem }
            // ولأول, وبأربعة: the parser decides which preposition readings count.
            if word.count > 4, isPreposition(units[word.lowerBound + 1]) {
                let stem = id(from: 2)
                if stem >= 0 { return stem }
            }
        } else if isPreposition(first), word.count > 3 {
            let stem = id(from: 1)  // بأربعة, لثلاثة, لأول, بكانون
            if stem >= 0 { return stem }
        }
        let start = word.lowerBound + offset
        guard word.upperBound - start > 4, units[start] == 0x0627, units[start + 1] == 0x0644 else { return -1 }
        return id(from: offset + 2)
    }
}
