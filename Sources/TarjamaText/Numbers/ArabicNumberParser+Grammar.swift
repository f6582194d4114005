extension ArabicNumberParser {
    /// A word of the key that may be part of a number.
    struct Token {
        /// The word's range in the key.
        var range: Range<Int>
        /// Where the number part starts (after a glued و).
        var numberStart: Int
        /// Whether و joins it to the word before (glued, or a separate و word).
        var conjunction: Bool
        /// Whether only spaces (and a separate و) lie between it and the word before.
        var adjacent: Bool
        var lexeme: ArabicNumberLexicon.Lexeme?
        /// The value of a digit string, with its fraction when it has one.
        var digits: ExactDecimal?
        /// Whether the digits are the minutes of a clock time (the 30 of 19:30).
        var isMinutes = false

        var isOrdinal: Bool {
            switch lexeme {
            case .ordinal, .ordinalTeenHead: true
            default: false
            }
        }
    }

    private static let waw: UInt16 = 0x0648

    func tokenize(_ key: UnsafeBufferPointer<UInt16>) -> [Token] {
        var words: [Range<Int>] = []
        scanner.forEachWord(in: key, range: 0..<key.count) { Self.appendSplittingGluedDigits($0, key, to: &words) }
        var tokens: [Token] = []
        var previousEnd = 0
        var sawWaw = false
        var wawAdjacent = false
        var index = 0
        while index < words.count {
            var word = words[index]
            let gap = previousEnd..<word.lowerBound
            let gapIsSpace = !tokens.isEmpty && key[gap].allSatisfy(Self.isSpace)
            if word.count == 1, key[word.lowerBound] == Self.waw {
                sawWaw = true
                wawAdjacent = gapIsSpace
                previousEnd = word.upperBound
                index += 1
                continue
            }
            var token = Token(
                range: word, numberStart: word.lowerBound, conjunction: sawWaw,
                adjacent: gapIsSpace && (!sawWaw || wawAdjacent))
            sawWaw = false
            if word.count > 1, key[word.lowerBound] == Self.waw, Self.isDigits(key, (word.lowerBound + 1)..<(word.lowerBound + 2)) {
                // و٣٬٠٣٣: the conjunction glued to digits.
                token.conjunction = true
                word = (word.lowerBound + 1)..<word.upperBound
                token.numberStart = word.lowerBound
            }
            if key[word.lowerBound] >= 0x30, key[word.lowerBound] <= 0x39 {
                let (joined, text) = joinDigitGroups(key, words, from: &index)
                word = joined
                if Self.isClockMinutes(key, word) {
                    // 00 minutes say nothing a translator writes as a number; 30 in 19:30 is read.
                    if Self.isZeros(key, word) { index += 1; continue }
                    token.isMinutes = true
                }
                token.range = word
                token.digits =
                    Self.isDigits(key, token.range.lowerBound..<token.range.lowerBound + 1)
                    ? ExactDecimal(digits: text.utf16) : nil
            } else if let lexeme = lexicon.lexeme(key, word) {
                token.lexeme = lexeme
                // وأحد عشر keys as واحد ("one") + عشر: it is و and the teen أحد عشر (مائة وأحد عشر, 111).
                if lexeme == .unit(1), word.count == 4, key[word.lowerBound] == Self.waw, index + 1 < words.count,
                    lexicon.lexeme(key, words[index + 1]) == .ten
                {
                    token.lexeme = .teenHead(1)
                    token.conjunction = true
                    token.numberStart = word.lowerBound + 1
                }
                // كانون الثاني, تشرين الأول: a month's name (January, October), not "second".
                if case .ordinal = lexeme, index > 0, words[index - 1].upperBound < word.lowerBound,
                    key[words[index - 1].upperBound..<word.lowerBound].allSatisfy(Self.isSpace),
                    ArabicMonthLexicon.shared.isHead(key, words[index - 1])
                {
                    token.lexeme = nil
                }
                if let reading = contextReading(of: lexeme, key, words, at: index) { token.lexeme = reading.lexeme }
                // التاسع عشر, الحادي عشر: the tail of an ordinal, not ten.
                if lexeme == .ten, index > 0, !Self.hasArticle(key, word), Self.isOrdinalHead(key, words[index - 1], before: word),
                    !(tokens.last.map { $0.range == words[index - 1] && $0.isOrdinal } ?? false)
                {
                    token.lexeme = nil
                }
            } else if word.count > 1, key[word.lowerBound] == Self.waw,
                let lexeme = lexicon.lexeme(key, (word.lowerBound + 1)..<word.upperBound)
            {
                token.lexeme = lexeme
                token.numberStart = word.lowerBound + 1
                token.conjunction = true
                // والعشرين is the tail of a compound ordinal, never a rank of its own.
                if !lexeme.isOrdinalTens, let reading = contextReading(of: lexeme, key, words, at: index) {
                    token.lexeme = reading.lexeme
                }
            } else if let (lexeme, offset) = Self.prepositionReading(key, word, lexicon) {
                token.lexeme = lexeme
                token.numberStart = word.lowerBound + offset
            } else if Self.isSecondAfterFeminineNoun(key, words, at: index, lexicon) {
                token.lexeme = .ordinal(2)
            }
            // Only number words become tokens; any other word between two of them leaves letters
            // in the gap, which is what makes them not adjacent.
            if token.lexeme != nil || token.digits != nil {
                tokens.append(token)
                previousEnd = word.upperBound
            }
            index += 1
        }
        return tokens
    }

    /// The digits starting at `words[index]` with the groups written across word breaks, as the
    /// digits and at most one `.` they stand for; `index` moves to the last word used.
    ///
    /// - `,ddd` groups are thousands (2,500).
    /// - `.ddd` groups are thousands in Arabic news (76.000, 1.250.000) unless there is one group
    ///   and a scale word follows (2.500 مليون is 2.5 million); any other `.d…` is a fraction.
    /// - Space-separated groups (UN style) are read in the order an Arabic line shows them, right
    ///   to left (stored `000 228` is seen as 228 000), or in stored order when only that order
    ///   makes a number (`228 000`); `000` never leads.
    func joinDigitGroups(_ key: UnsafeBufferPointer<UInt16>, _ words: [Range<Int>], from index: inout Int) -> (Range<Int>, String) {
        var word = words[index]
        func text(_ range: Range<Int>) -> String { String(utf16Units: UnsafeBufferPointer(rebasing: key[range])) }
        func nextGroup(after separator: UInt16, count: ClosedRange<Int>) -> Range<Int>? {
            guard index + 1 < words.count, words[index + 1].lowerBound == word.upperBound + 1,
                key[word.upperBound] == separator, count.contains(words[index + 1].count),
                Self.isDigits(key, words[index + 1])
            else { return nil }
            return words[index + 1]
        }
        var digits = text(word)
        guard Self.isDigits(key, word) else { return (word, digits) }
        var grouped = false
        while let group = nextGroup(after: 0x2C, count: 3...3) {
            index += 1; grouped = true
            digits += text(group)
            word = word.lowerBound..<group.upperBound
        }
        if !grouped, word.count <= 3 {
            var dotGroups: [Range<Int>] = []
            let start = index, startWord = word
            while let group = nextGroup(after: 0x2E, count: 3...3) {
                index += 1
                dotGroups.append(group)
                word = word.lowerBound..<group.upperBound
            }
            let scaleFollows =
                index + 1 < words.count && { if case .scale = lexicon.lexeme(key, words[index + 1]) { true } else { false } }()
            if dotGroups.count >= 2 || (dotGroups.count == 1 && !scaleFollows) {
                return (word, digits + dotGroups.map(text).joined())
            }
            index = start; word = startWord
            // Most digits stand alone: the groups array is made only when a group follows.
            guard nextGroup(after: 0x20, count: 1...3) != nil || nextGroup(after: 0xA0, count: 1...3) != nil else {
                return fraction(of: word, digits)
            }
            var spaced: [Range<Int>] = [word]
            while let group = nextGroup(after: 0x20, count: 1...3) ?? nextGroup(after: 0xA0, count: 1...3) {
                index += 1
                spaced.append(group)
                word = word.lowerBound..<group.upperBound
            }
            // A longer group right after (111 555 0800) makes it a phone number or a code: no join.
            let continues = nextGroup(after: 0x20, count: 4...Int.max) != nil
            if spaced.count > 1, !continues {
                let shown = Array(spaced.reversed())
                func isNumber(_ groups: [Range<Int>]) -> Bool {
                    groups.dropFirst().allSatisfy { $0.count == 3 } && text(groups[0]) != "000"
                }
                if isNumber(shown) { return (word, shown.map(text).joined()) }
                if isNumber(spaced) { return (word, spaced.map(text).joined()) }
            }
            index = start; word = startWord
        }
        return fraction(of: word, digits)

        /// `word` with a `.d…` fraction written after it, if any.
        func fraction(of word: Range<Int>, _ digits: String) -> (Range<Int>, String) {
            // 25,2 مليار: a decimal comma, as some Arabic news writes it, but only before a scale
            // word (elsewhere 1,5 may be a list).
            let comma = nextGroup(after: 0x2C, count: 1...2).flatMap { group -> Range<Int>? in
                guard index + 2 < words.count, case .scale = lexicon.lexeme(key, words[index + 2]) else { return nil }
                return group
            }
            guard let fraction = nextGroup(after: 0x2E, count: 1...Int.max) ?? comma else { return (word, digits) }
            index += 1
            // UN style again: 630.8 1 is 1 630.8, its thousands group shown at the left of the line.
            if digits.count == 3, index + 1 < words.count, words[index + 1].lowerBound == fraction.upperBound + 1,
                key[fraction.upperBound] == 0x20 || key[fraction.upperBound] == 0xA0,
                (1...3).contains(words[index + 1].count), Self.isDigits(key, words[index + 1]),
                !(index + 2 < words.count && words[index + 2].lowerBound == words[index + 1].upperBound + 1
                    && Self.isDigits(key, words[index + 2]))
            {
                let thousands = words[index + 1]
                index += 1
                return (word.lowerBound..<thousands.upperBound, text(thousands) + digits + "." + text(fraction))
            }
            return (word.lowerBound..<fraction.upperBound, digits + "." + text(fraction))
        }
    }

    /// The number word after a glued preposition (بأربعة, لثلاثة, لأول مرة, كخمسة), or nil. The rest
    /// must be three letters or more (لست is "I am not", not ل + six), and one is left out: لواحد
    /// and بأحد are far more often "for one (of)" than a count.
    static func prepositionReading(
        _ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>,
        _ lexicon: ArabicNumberLexicon
    ) -> (ArabicNumberLexicon.Lexeme, offset: Int)? {
        var offset = 0
        if key[word.lowerBound] == waw || key[word.lowerBound] == 0x0641 { offset = 1 }  // ولأول, فبأربعة
        guard word.count - offset > 3 else { return nil }
        let first = key[word.lowerBound + offset]
        guard first == 0x0628 || first == 0x0644 || first == 0x0643,
            let lexeme = lexicon.lexeme(key, (word.lowerBound + offset + 1)..<word.upperBound)
        else { return nil }
        switch lexeme {
        case .unit(1), .teenHead(1), .zero, .fraction, .ordinalTens: return nil
        default: return (lexeme, offset + 1)
        }
    }

    /// Appends `word`, cut where digits meet Arabic letters: news glues them (عام2020, و18ولاية,
    /// الـ12 once tatweel is folded, حوالي200). Latin letters stay glued (A320, G20: names).
    static func appendSplittingGluedDigits(_ word: Range<Int>, _ key: UnsafeBufferPointer<UInt16>, to words: inout [Range<Int>]) {
        var start = word.lowerBound
        var index = word.lowerBound + 1
        while index < word.upperBound {
            let before = key[index - 1], here = key[index]
            if (isDigit(before) && isArabicLetter(here)) || (isArabicLetter(before) && isDigit(here)) {
                words.append(start..<index)
                start = index
            }
            index += 1
        }
        words.append(start..<word.upperBound)
    }

    /// Whether `word` is the minutes of a clock time, read apart from its hour (الساعة 4:30 is 4
    /// and 30, as "4:30 a.m." is). Extracted text often has the parts in display order
    /// (`00:11` for 11:00), so a `00` before the colon is the minutes.
    static func isClockMinutes(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Bool {
        func isZeros(_ range: Range<Int>) -> Bool { Self.isZeros(key, range) }
        let beforeColon = word.upperBound + 1 < key.count && key[word.upperBound] == 0x3A && isDigit(key[word.upperBound + 1])
        if beforeColon {
            var next = word.upperBound + 1
            while next < key.count, isDigit(key[next]) { next += 1 }
            return isZeros(word) && !isZeros((word.upperBound + 1)..<next)
        }
        guard word.lowerBound >= 2, key[word.lowerBound - 1] == 0x3A, isDigit(key[word.lowerBound - 2]) else { return false }
        var previous = word.lowerBound - 1
        while previous > 0, isDigit(key[previous - 1]) { previous -= 1 }
        return !(isZeros(previous..<(word.lowerBound - 1)) && !isZeros(word))
    }

    /// The plural denominators (أرباع, أثلاث, أخماس, أعشار, with any suffix: أرباعها), keyed.
    private static let fractionPlurals: [[UInt16]] = ["ارباع", "اثلاث", "اخماس", "اعشار"].map { Array($0.utf16) }

    /// Whether a plural denominator follows `end` after spaces: ثلاثة أرباعها is three quarters of it.
    static func isFractionFollowing(_ key: UnsafeBufferPointer<UInt16>, after end: Int) -> Bool {
        var start = end
        while start < key.count, isSpace(key[start]) { start += 1 }
        guard start > end, start + 5 <= key.count else { return false }
        return fractionPlurals.contains { $0.elementsEqual(key[start..<(start + 5)]) }
    }

    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// Whether `range` is `00`.
    static func isZeros(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        range.count == 2 && key[range].allSatisfy { $0 == 0x30 }
    }

    @inline(__always) static func isArabicLetter(_ unit: UInt16) -> Bool { unit >= 0x0620 && unit <= 0x064A }

    /// Whether `previous` is a word with the article right before `word` (التاسع in التاسع عشر).
    /// The head must have an ordinal's shape, فاعل or فاعلة (الثاني, الرابعة): a plural with the
    /// article (المحميات عشرة أضعاف) is followed by a real ten.
    static func isOrdinalHead(_ key: UnsafeBufferPointer<UInt16>, _ previous: Range<Int>, before word: Range<Int>) -> Bool {
        var start = previous.lowerBound
        if previous.count > 4, key[start] == waw || key[start] == 0x0641 { start += 1 }  // والحادي عشر
        guard previous.upperBound - start > 3, key[start] == 0x0627, key[start + 1] == 0x0644,
            key[previous.upperBound..<word.lowerBound].allSatisfy(isSpace)
        else { return false }
        let stem = (start + 2)..<previous.upperBound
        return (stem.count == 4 || (stem.count == 5 && (key[stem.upperBound - 1] == 0x0647 || key[stem.upperBound - 1] == 0x064A)))
            && key[stem.lowerBound + 1] == 0x0627
    }

    /// Whether `word` starts with the article (العشرة: a definite ten, never an ordinal's tail).
    static func hasArticle(_ key: UnsafeBufferPointer<UInt16>, _ word: Range<Int>) -> Bool {
        word.count > 3 && key[word.lowerBound] == 0x0627 && key[word.lowerBound + 1] == 0x0644
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
    }

    static func isDigits(_ key: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        key[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Where the current group is in Arabic word order: hundreds, then units or a teen, then tens.
    private enum Stage { case start, hundreds, units, teen, tens, digits, afterScale }

    /// The longest number starting at token `start`; its value is nil when it does not fit in
    /// `Int` (twenty digits run together, 9999999999999 مليار), which is reported, never trapped.
    func parse(_ tokens: [Token], from start: Int) -> (value: ExactDecimal?, last: Int, strayScale: Int?, kind: NumberMatch.Kind)? {
        // Checked all through: digits come from input and can be any length. nil is too large.
        var total: Int? = 0
        var group = ExactDecimal.zero
        var stage = Stage.start
        var lastScale = Int.max
        var last = -1
        var index = start
        func next(_ offset: Int = 1) -> Token? {
            let position = index + offset
            guard position < tokens.count, tokens[position].adjacent else { return nil }
            return tokens[position]
        }
        tokenLoop: while index < tokens.count {
            let token = tokens[index]
            if index > start && !token.adjacent { break }
            let joined = index > start && token.conjunction
            if let digits = token.digits {
                guard index == start else { break }
                if token.isMinutes { return (digits, index, nil, .minutes) }
                group = digits
                stage = .digits
                last = index; index += 1
                continue
            }
            guard let lexeme = token.lexeme else { break }
            // A new group after a scale word is joined with و; within a group, parts after the
            // first are joined with و too (ثلاثة وثلاثين), except a teen or a hundred's two words.
            let opensGroup = stage == .start || (stage == .afterScale && joined)
            switch lexeme {
            case let .ordinal(value), let .ordinalTeenHead(value):
                // An ordinal stands alone, or heads a teen: الثالث عشر.
                guard index == start else { break tokenLoop }
                if let following = next(), !following.conjunction, following.lexeme == .ten {
                    return (ExactDecimal(10 + value), index + 1, nil, .ordinal)
                }
                // التاسعة والستون, الحادي والعشرون: units, و, then the tens with the article.
                if value < 10, let following = next(), following.conjunction, case let .ordinalTens(tens) = following.lexeme {
                    return (ExactDecimal(tens + value), index + 1, nil, .ordinal)
                }
                if case .ordinalTeenHead = lexeme { break tokenLoop }
                return (ExactDecimal(value), index, nil, .ordinal)
            case let .ordinalTens(value):
                // الأربع والعشرين (ساعة): a definite unit, و, then the definite tens is one
                // cardinal, 24; alone, a definite tens is a rank (القرن العشرين).
                guard stage == .units, joined, group.wholeValue.map({ $0 < 10 }) == true else { break tokenLoop }
                group = group.adding(value)
                stage = .tens
            case .zero:
                guard index == start else { break tokenLoop }
                return (.zero, index, nil, .cardinal)
            case let .unit(value), let .teenHead(value):
                guard opensGroup || (stage == .hundreds && joined) else { break tokenLoop }
                if let following = next(), !following.conjunction, following.lexeme == .ten {
                    group = group.adding(10 + value)
                    stage = .teen
                    last = index + 1; index += 2
                    continue
                }
                if case .teenHead = lexeme { break tokenLoop }
                if stage != .hundreds, let following = next(), !following.conjunction,
                    following.lexeme == .hundredWord, value >= 3
                {
                    group = group.adding(value * 100)
                    stage = .hundreds
                    last = index + 1; index += 2
                    continue
                }
                group = group.adding(value)
                stage = .units
            case .ten:
                guard opensGroup || (stage == .hundreds && joined) else { break tokenLoop }
                group = group.adding(10)
                stage = .teen
            case let .tens(value):
                guard opensGroup || ((stage == .hundreds || stage == .units) && joined) else { break tokenLoop }
                group = group.adding(value)
                stage = .tens
            case .hundredWord, .hundreds:
                guard opensGroup else { break tokenLoop }
                if case let .hundreds(value) = lexeme { group = group.adding(value) } else { group = group.adding(100) }
                stage = .hundreds
            case let .scale(scale, form):
                guard scale < lastScale else { break tokenLoop }
                if stage == .start || stage == .afterScale {
                    guard opensGroup || index == start else { break tokenLoop }
                    switch form {
                    case .singular: total = total?.adding(checked: scale)
                    case .dual: total = total?.adding(checked: 2 * scale)
                    case .plural: break tokenLoop  // آلاف alone is "thousands", not a number
                    case .accusative:
                        // ألفاً ومئتي is 1200. Alone, ألفا is far more often the name Alpha
                        // (الجانب ألفا) than the rare dual construct, so it is not read.
                        let followedByNumber = next().map { $0.conjunction && $0.lexeme != nil } ?? false
                        guard followedByNumber else { break tokenLoop }
                        total = total?.adding(checked: scale)
                    }
                } else {
                    guard !joined, form != .dual else { break tokenLoop }
                    // 1.5 مليون is whole; 1.2345678 مليون is read to the nearest unit, as before.
                    let scaled = group.multiplied(by: scale).rounded
                    total = total.flatMap { total in scaled.flatMap { total.adding(checked: $0) } }
                    group = .zero
                }
                lastScale = scale
                stage = .afterScale
            case let .fraction(denominator):
                if index == start {
                    // نصف مليون, ربع مليون: a fraction of the scale word that follows.
                    guard let following = next(), !following.conjunction,
                        case let .scale(scale, .singular) = following.lexeme
                    else { break tokenLoop }
                    total = total?.adding(checked: scale / denominator)
                    lastScale = scale
                    stage = .afterScale
                    last = index + 1; index += 2
                    continue
                }
                // مليون ونصف: and a half of the scale just read.
                guard joined, stage == .afterScale, lastScale != Int.max else { break tokenLoop }
                total = total?.adding(checked: lastScale / denominator)
                last = index
                break tokenLoop
            }
            last = index
            index += 1
        }
        guard last >= start else { return nil }
        // A bare decimal (7.5, ٢٫٥) is read as written; one too long to hold is no number.
        if !group.isWhole { return group.isTooLarge ? nil : (group, last, nil, .cardinal) }
        let value = total.flatMap { total in group.wholeValue.flatMap { total.adding(checked: $0) } }.map(ExactDecimal.init)
        var stray: Int?
        if last + 1 < tokens.count, tokens[last + 1].adjacent, !tokens[last + 1].conjunction,
            case .scale = tokens[last + 1].lexeme, stage == .afterScale || stage == .digits
        {
            stray = last + 1
        }
        return (value, last, stray, .cardinal)
    }
}
