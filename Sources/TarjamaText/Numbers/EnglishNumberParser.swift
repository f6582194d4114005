/// Finds numbers in English text, in digits (2,500, 1.5 million) or simple words (seventeen,
/// forty-seven, one hundred and fifty, a thousand), and ordinals (first, twenty-first, 3rd,
/// with ``NumberMatch/kind`` `.ordinal`), so QA and the aligner can compare the values of both
/// sides. A bare "one" is left out: it is far more often a pronoun.
/// A value, safe to share between threads.
public struct EnglishNumberParser: Sendable {
    /// The parser every Tarjama component shares.
    public static let shared = EnglishNumberParser()

    public init() {}

    private static let small: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]
    private static let scales: [String: Int] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    ]
    /// The words that make the number before them a fraction: two-thirds, three quarters.
    private static let denominators: Set<String> = [
        "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "tenth", "tenths",
    ]
    /// Scales news glues to figures: £2.8bn, 11million, 3.1billion, $1.2tn.
    private static let gluedScales: [String: Int] = [
        "thousand": 1_000, "mn": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
        "tn": 1_000_000_000_000, "trillion": 1_000_000_000_000,
    ]
    /// Short scales that are money only after a currency sign: $125m, £3k, $2b (100m is a distance).
    private static let currencyScales: [String: Int] = ["k": 1_000, "m": 1_000_000, "b": 1_000_000_000]
    private static let currencySigns: Set<UInt16> = [0x24, 0xA3, 0x20AC, 0xA5]  // $ £ € ¥
    /// Currency names glued to a figure (Euro1.5, SwF20): the figure is read without them.
    private static let gluedCurrencies: Set<String> = ["euro", "eur", "usd", "swf", "chf", "gbp"]

    private struct Word {
        var range: Range<Int>
        var text: String
        /// Whether only spaces (or a single hyphen, for forty-seven) separate it from the word before.
        var adjacent: Bool
        /// Whether it is the minutes of a clock time (the 30 of 9:30): part of a time, not a count.
        var isClockPart: Bool
        /// Whether a currency sign stands right before it ($125m).
        var afterCurrency: Bool
    }

    /// The numbers in `units[range]` (all when nil), with ranges into `units`.
    ///
    /// - Complexity: O(n).
    public func numbers(in units: [UInt16], range: Range<Int>? = nil) -> [NumberMatch] {
        let words = self.words(in: units, range: range ?? 0..<units.count)
        var matches: [NumberMatch] = []
        var index = 0
        while index < words.count {
            if let (value, last, kind) = parse(words, from: index) {
                // "24 hours a day", "7 days a week": round the clock, no count.
                if Self.isRoundTheClock(value, words, after: last) {
                    index = last + 1
                    continue
                }
                matches.append(
                    NumberMatch(
                        range: words[index].range.lowerBound..<words[last].range.upperBound,
                        exactValue: value, kind: kind))
                index = last + 1
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Whether the number ending at word `last` opens "24 hours a day" or "7 days a week", an
    /// idiom for round the clock (على مدار الساعة وطوال أيام الأسبوع), which counts nothing.
    private static func isRoundTheClock(_ value: ExactDecimal?, _ words: [Word], after last: Int) -> Bool {
        guard let whole = value?.wholeValue, whole == 24 || whole == 7, last + 3 < words.count else { return false }
        let phrase = words[(last + 1)...(last + 3)]
        guard phrase.allSatisfy(\.adjacent) else { return false }
        let expected = whole == 24 ? ["hours", "a", "day"] : ["days", "a", "week"]
        return phrase.map(\.text) == expected
    }

    /// The numbers in a string; ranges count its UTF-16 units.
    public func numbers(in text: String) -> [NumberMatch] { numbers(in: Array(text.utf16)) }

    private func words(in units: [UInt16], range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var index = range.lowerBound
        var previousEnd = -1, previousStart = -1
        func isLetterOrDigit(_ unit: UInt16) -> Bool {
            (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }
        while index < range.upperBound {
            guard isLetterOrDigit(units[index]) else { index += 1; continue }
            var end = index
            // Digits keep their group separators and decimal point: 2,500 and 1.5.
            while end < range.upperBound,
                isLetterOrDigit(units[end])
                    || ((units[end] == 0x2C || units[end] == 0x2E) && end + 1 < range.upperBound
                        && (0x30...0x39).contains(units[end + 1]) && end > index && (0x30...0x39).contains(units[end - 1]))
            {
                end += 1
            }
            // Euro1.5 million, US$20: a currency written against its figure (UN documents).
            var gluedCurrency = false
            if !(0x30...0x39).contains(units[index]), let digit = units[index..<end].firstIndex(where: { (0x30...0x39).contains($0) }),
                Self.gluedCurrencies.contains(String(decoding: units[index..<digit], as: UTF16.self).lowercased())
            {
                index = digit
                gluedCurrency = true
            }
            let gap = previousEnd < 0 ? [] : Array(units[previousEnd..<index])
            let hyphenated = gap == [0x2D]
            // "(80) million US dollars": a figure in brackets before its scale word, as UN
            // documents write amounts.
            let bracketedFigure =
                gap == [0x29, 0x20] && previousStart > range.lowerBound && units[previousStart - 1] == 0x28
                && units[previousStart..<previousEnd].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2E }
                && Self.scales[String(decoding: units[index..<end], as: UTF16.self).lowercased()] != nil
            let adjacent =
                previousEnd >= 0
                && (hyphenated || bracketedFigure || (!gap.isEmpty && gap.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0xA0 }))
            func isDigit(_ offset: Int) -> Bool {
                offset >= range.lowerBound && offset < range.upperBound && (0x30...0x39).contains(units[offset])
            }
            // 04:00 is read as its hour, 4, as the Arabic الساعة 4 is: the minutes are no count.
            let isClockPart = index > range.lowerBound && units[index - 1] == 0x3A && isDigit(index - 2) && isDigit(index)
            words.append(
                Word(
                    range: index..<end, text: String(decoding: units[index..<end], as: UTF16.self).lowercased(),
                    adjacent: adjacent, isClockPart: isClockPart,
                    afterCurrency: gluedCurrency || (index > range.lowerBound && Self.currencySigns.contains(units[index - 1]))))
            previousStart = index
            previousEnd = end
            index = end
        }
        return words
    }

    /// The longest number starting at word `start`: its value (nil when a run of digits is
    /// larger than `Int` holds), its last word and its kind.
    private func parse(_ words: [Word], from start: Int) -> (ExactDecimal?, Int, NumberMatch.Kind)? {
        switch figure(words, at: start) {
        case let .reading(value, kind)?: return (value, start, kind)
        case .skipped?: return nil
        case nil:
            guard let (value, last, kind) = parseWhole(words, from: start) else { return nil }
            return (value.map(ExactDecimal.init), last, kind)
        }
    }

    /// What a figure with a fraction, a time of day or clock minutes says.
    private enum Figure {
        case reading(ExactDecimal, NumberMatch.Kind)
        /// Not a number: the 00 of 9:00, a fraction too long to hold.
        case skipped
    }

    /// `words[start]` read as a figure with a fraction (7.5, 2.53), a time of day (4.40pm)
    /// or clock minutes (the 30 of 9:30, read apart from the hour); nil when it is none of them.
    private func figure(_ words: [Word], at start: Int) -> Figure? {
        var text = Substring(words[start].text)
        let timeOfDay = text.count > 2 && (text.hasSuffix("am") || text.hasSuffix("pm"))
        if timeOfDay { text = text.dropLast(2) }
        guard text.first?.isNumber == true, !text.contains(","),
            let digits = ExactDecimal(digits: text.utf16)
        else { return nil }
        if words[start].isClockPart {
            return text == "00" || !digits.isWhole ? .skipped : .reading(digits, .minutes)
        }
        // 4.40pm is its decimal; a whole 4pm is left unread as before: read as 4 it cost the
        // aligner a pair on the NTREX development set.
        if timeOfDay { return digits.isWhole ? nil : .reading(digits, .cardinal) }
        // A fraction with no scale word after it (1.5 million is read as a whole below).
        let scaleFollows = start + 1 < words.count && words[start + 1].adjacent && Self.scales[words[start + 1].text] != nil
        guard !digits.isWhole, !scaleFollows else { return nil }
        return digits.isTooLarge ? .skipped : .reading(digits, .cardinal)
    }

    private func parseWhole(_ words: [Word], from start: Int) -> (Int?, Int, NumberMatch.Kind)? {
        // Spelled-out numbers are bounded by the grammar below (a group is at most 999 and each
        // scale is smaller than the one before), so plain arithmetic cannot overflow on them;
        // digits can be any length and are read exactly, with checks.
        var total = 0
        var group = 0
        var last = -1
        var index = start
        var sawWord = false
        var lastScale = Int.max
        guard !words[start].isClockPart else { return nil }
        // 21st, 2nd, 100th.
        let text = words[start].text
        if text.count > 2, text.first?.isNumber == true, ["st", "nd", "rd", "th"].contains(String(text.suffix(2))),
            let value = Int(text.dropLast(2))
        {
            return (value, start, .ordinal)
        }
        if text.first?.isNumber == true, let digits = ExactDecimal(digits: text.utf16.lazy.filter { $0 != 0x2C }) {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.prefix { $0 != "." }.count == 3 }) else { return nil }
            index += 1
            if index < words.count, words[index].adjacent, let scale = Self.scales[words[index].text] {
                // 1.5 million is whole; 1.2345678 million is not a count of anything.
                let scaled = digits.multiplied(by: scale)
                return scaled.isWhole ? (scaled.wholeValue, index, .cardinal) : nil
            }
            return digits.isWhole ? (digits.wholeValue, start, .cardinal) : nil
        }
        if text.first?.isNumber == true, let suffixStart = text.firstIndex(where: \.isLetter),
            let scale = Self.gluedScales[String(text[suffixStart...])]
                ?? (words[start].afterCurrency ? Self.currencyScales[String(text[suffixStart...])] : nil),
            let digits = ExactDecimal(digits: text[..<suffixStart].utf16.lazy.filter { $0 != 0x2C })
        {
            let scaled = digits.multiplied(by: scale)
            return scaled.isWhole ? (scaled.wholeValue, start, .cardinal) : nil
        }
        while index < words.count {
            let word = words[index]
            if index > start && !word.adjacent { break }
            if word.text == "and", sawWord, index + 1 < words.count, words[index + 1].adjacent,
                Self.small[words[index + 1].text] != nil || Self.tens[words[index + 1].text] != nil
                    || Self.ordinals[words[index + 1].text] != nil
            {
                index += 1
                continue
            }
            if word.text == "a", index == start, index + 1 < words.count, words[index + 1].adjacent,
                words[index + 1].text == "hundred" || Self.scales[words[index + 1].text] != nil
            {
                group = 1
                index += 1
                continue
            }
            // half a million: 500,000.
            if word.text == "half", index == start, index + 2 < words.count, words[index + 1].text == "a",
                words[index + 1].adjacent, words[index + 2].adjacent, let scale = Self.scales[words[index + 2].text]
            {
                return (scale / 2, index + 2, .cardinal)
            }
            if let value = Self.ordinals[word.text] {
                // a third of, one quarter of: a fraction, not the third of a series ("a third term").
                if index == start, start > 0, words[start].adjacent, ["a", "one"].contains(words[start - 1].text),
                    Self.denominators.contains(word.text), start + 1 < words.count, words[start + 1].text == "of"
                {
                    return nil
                }
                // An ordinal ends the number: first, twenty-first, one hundred and fifth.
                let belowHundred = group % 100
                guard belowHundred == 0 || (belowHundred >= 20 && belowHundred % 10 == 0 && value < 10) else { break }
                return (total + group + value, index, .ordinal)
            }
            if word.text == "hundredth" || word.text == "thousandth", group > 0 || index == start {
                let value = (group == 0 ? 1 : group) * (word.text == "hundredth" ? 100 : 1000)
                return (total + value, index, .ordinal)
            }
            if let value = Self.small[word.text] {
                let belowHundred = group % 100
                guard belowHundred == 0 || (belowHundred >= 20 && belowHundred % 10 == 0 && value < 10) else { break }
                group += value
            } else if let value = Self.tens[word.text] {
                guard group % 100 == 0 else { break }
                group += value
            } else if word.text == "hundred" {
                guard group > 0, group < 10 else { break }
                group *= 100
            } else if let scale = Self.scales[word.text] {
                guard group > 0, scale < lastScale else { break }
                total += group * scale
                group = 0
                lastScale = scale
            } else {
                break
            }
            sawWord = true
            last = index
            index += 1
        }
        guard last >= start, sawWord else { return nil }
        // two-thirds, three quarters: a fraction of something, not a count.
        if last + 1 < words.count, words[last + 1].adjacent, Self.denominators.contains(words[last + 1].text) { return nil }
        // "one" alone is a pronoun far more often than a number.
        if last == start, words[start].text == "one" { return nil }
        return (total + group, last, .cardinal)
    }
}
