extension ArabicNumberParser {
    /// The dates in `units[range]` (all of `units` when nil): a month name with the day before it
    /// and the year after it when written (15 كانون الأول 2016, ١٥ ديسمبر ٢٠١٦, الأول من تموز,
    /// كانون الثاني/يناير 2017), with ranges into `units`. A month's الأول or الثاني is part of
    /// its name, never an ordinal.
    ///
    /// - Complexity: O(n).
    public func dates(in units: [UInt16], range: Range<Int>? = nil) throws(NormalizationError) -> [DateMatch] {
        let key = try normalizer.normalize(units, in: range)
        return dates(inKey: key, numbers: keyNumbers(key))
    }

    /// The dates in a string; ranges count its UTF-16 units.
    public func dates(in text: String) throws(NormalizationError) -> [DateMatch] {
        try dates(in: Array(text.utf16))
    }

    /// The numbers and the dates in `buffer[range]` (a document's buffer) from one
    /// normalisation; a date's day and year are among the numbers too. Without `duals`, dual
    /// nouns are left out of the numbers (a date never reads one).
    ///
    /// - Complexity: O(n) for n = `range.count`.
    public func numbersAndDates(in buffer: UnsafeBufferPointer<UInt16>, range: Range<Int>, duals: Bool = true)
        throws(NormalizationError) -> (numbers: [NumberMatch], dates: [DateMatch])
    {
        guard range.lowerBound >= 0, range.upperBound <= buffer.count else {
            throw .rangeOutOfBounds(lower: range.lowerBound, upper: range.upperBound, count: buffer.count)
        }
        let key = try normalizer.normalize(buffer, in: range)
        let numbers = keyNumbers(key, duals: duals)
        let matches = numbers.map { number in
            NumberMatch(
                range: key.originalRange(of: number.keyRange), exactValue: number.exact, kind: number.kind,
                notes: number.strayScale.map { [.strayScaleWord(range: key.originalRange(of: $0))] } ?? [])
        }.filter { !Self.isMisread($0, in: buffer) }
        return (matches, dates(inKey: key, numbers: numbers))
    }

    /// The dates of a key, given its numbers (the days and years).
    func dates(inKey text: NormalizedText, numbers: [KeyNumber]) -> [DateMatch] {
        let found = text.units.withUnsafeBufferPointer { key in
            let months = ArabicMonthLexicon.shared
            var words: [Range<Int>] = []
            scanner.forEachWord(in: key, range: 0..<key.count) { Self.appendSplittingGluedDigits($0, key, to: &words) }
            var dates: [KeyDate] = []
            var index = 0
            while index < words.count {
                guard let first = Self.month(at: index, words, key, months) else { index += 1; continue }
                var last = first.last
                var end = words[last].upperBound
                // كانون الثاني/يناير, تموز (يوليو): the two calendars' names side by side.
                var paired = false
                if last + 1 < words.count, Self.isPairing(key[end..<words[last + 1].lowerBound]),
                    let second = Self.month(at: last + 1, words, key, months), second.month == first.month
                {
                    let opensBracket = key[end..<words[last + 1].lowerBound].contains(0x28)
                    last = second.last
                    end = words[last].upperBound
                    // تموز (يوليو): its closing parenthesis; not the one that closes a bracket
                    // around the whole date, (9 آب/أغسطس).
                    if opensBracket, end < key.count, key[end] == 0x29 { end += 1 }
                    paired = true
                }
                let start = words[index].lowerBound
                let day = numbers.last { number in
                    number.keyRange.upperBound <= start && (1...31).contains(number.value ?? 0)
                        && (number.kind == .cardinal || number.kind == .ordinal)
                        && Self.isLink(key, number.keyRange.upperBound..<start, words: Self.dayLinks)
                }
                let year = numbers.first { number in
                    number.keyRange.lowerBound >= end && number.isDigits && number.kind == .cardinal
                        && (1000...2999).contains(number.value ?? 0)
                        && Self.isLink(key, end..<number.keyRange.lowerBound, words: Self.yearLinks)
                }
                let afterMonthWord = index > 0 && Self.isMonthWord(key, words[index - 1])
                if first.needsContext, day == nil, year == nil, !paired, !afterMonthWord {
                    index += 1
                    continue
                }
                let range = (day?.keyRange.lowerBound ?? start)..<(year?.keyRange.upperBound ?? end)
                dates.append(KeyDate(range: range, day: day?.value, month: first.month, year: year?.value))
                index = last + 1
                while index < words.count, words[index].lowerBound < range.upperBound { index += 1 }
            }
            return dates
        }
        return found.compactMap { date in
            DateMatch(range: text.originalRange(of: date.range), day: date.day, month: date.month, year: date.year)
        }
    }

    private struct KeyDate {
        var range: Range<Int>
        var day: Int?
        var month: Int
        var year: Int?
    }

    /// The month named at `words[index]` (كانون and تشرين with the ordinal after them), the
    /// index of its last word, and whether it needs a day or a year to be read as a month.
    private static func month(
        at index: Int, _ words: [Range<Int>], _ key: UnsafeBufferPointer<UInt16>,
        _ months: ArabicMonthLexicon
    ) -> (month: Int, last: Int, needsContext: Bool)? {
        switch months.entry(key, words[index]) {
        case let .month(month, needsContext)?:
            return (month, index, needsContext)
        case let .head(first, second)?:
            guard index + 1 < words.count, key[words[index].upperBound..<words[index + 1].lowerBound].allSatisfy(isSpace),
                case let .ordinal(value)? = ArabicNumberLexicon.shared.lexeme(key, words[index + 1]),
                value == 1 || value == 2
            else { return nil }
            return (value == 1 ? first : second, index + 1, false)
        case nil:
            return nil
        }
    }

    /// Spaces around one `/`, `(` or `-`.
    private static func isPairing(_ gap: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        var marks = 0
        for unit in gap {
            if unit == 0x2F || unit == 0x28 || unit == 0x2D { marks += 1 } else if !isSpace(unit) { return false }
        }
        return marks == 1
    }

    /// من between a day and its month (الأول من تموز), شهر before a month (15 شهر آب).
    private static let dayLinks: [[UInt16]] = [Array("من".utf16), Array("شهر".utf16)]
    /// Between a month and its year: من, عام, العام, سنة (folded ه) and a comma.
    private static let yearLinks: [[UInt16]] = [Array("من".utf16), Array("عام".utf16), Array("العام".utf16), Array("سنه".utf16)]

    /// Whether `key[gap]` is spaces, commas and at most two of `words`.
    private static func isLink(_ key: UnsafeBufferPointer<UInt16>, _ gap: Range<Int>, words: [[UInt16]]) -> Bool {
        guard gap.count <= 16 else { return false }
        var linked = 0
        var index = gap.lowerBound
        while index < gap.upperBound {
            let unit = key[index]
            if isSpace(unit) || unit == 0x2C || unit == 0x060C { index += 1; continue }
            var end = index
            while end < gap.upperBound, !isSpace(key[end]), key[end] != 0x2C, key[end] != 0x060C { end += 1 }
            guard words.contains(where: { $0.elementsEqual(key[index..<end]) }) else { return false }
            linked += 1
            index = end
        }
        return linked <= 2
    }

    /// شهر, بشهر, لشهر: "the month of" before a month's name.
    private static func isMonthWord(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Bool {
        guard word.count >= 3, word.count <= 4 else { return false }
        let tail = key[(word.upperBound - 3)..<word.upperBound]
        return tail.elementsEqual("شهر".utf16)
    }
}
