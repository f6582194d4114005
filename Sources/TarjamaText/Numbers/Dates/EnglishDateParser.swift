/// Finds dates in English text as news writes them — "15 December 2016", "December 15, 2016",
/// "Dec. 15", "the 3rd of May", "January 2017", a capitalised month name alone — so `check`
/// can compare them with the Arabic side's dates instead of their loose numbers.
/// "May" and "March" (also a verb) and the abbreviations are dates only with a day or a year.
/// A value, safe to share between threads.
public struct EnglishDateParser: Sendable {
    /// The parser every Tarjama component shares.
    public static let shared = EnglishDateParser()

    public init() {}

    private enum Piece {
        /// A month: `needsContext` for May, March and the abbreviations.
        case month(Int, needsContext: Bool)
        /// A figure, with whether it carries st/nd/rd/th.
        case number(Int, ordinal: Bool)
        case of
        case other
    }

    private struct Word {
        var range: Range<Int>
        var piece: Piece
        /// The units between the previous word and this one.
        var gap: Range<Int>
    }

    private static let months: [String: (Int, Bool)] = {
        var months: [String: (Int, Bool)] = [:]
        for (index, name) in DateMatch.englishMonthNames.enumerated() {
            months[name.lowercased()] = (index + 1, name == "May" || name == "March")
            months[String(name.lowercased().prefix(3))] = (index + 1, true)
        }
        months["sept"] = (9, true)
        return months
    }()

    /// The dates in `units[range]` (all when nil), with ranges into `units`.
    ///
    /// - Complexity: O(n).
    public func dates(in units: [UInt16], range: Range<Int>? = nil) -> [DateMatch] {
        let words = self.words(in: units, range: range ?? 0..<units.count)
        var dates: [DateMatch] = []
        var index = 0
        func gapIs(_ word: Word, _ allowed: Set<UInt16>) -> Bool {
            !word.gap.isEmpty && units[word.gap].allSatisfy { $0 == 0x20 || $0 == 0xA0 || allowed.contains($0) }
                && units[word.gap].filter { !($0 == 0x20 || $0 == 0xA0) }.count <= 1
        }
        func number(_ position: Int, in range: ClosedRange<Int>) -> Int? {
            guard position >= 0, position < words.count, case let .number(value, _) = words[position].piece,
                range.contains(value)
            else { return nil }
            return value
        }
        while index < words.count {
            guard case let .month(month, needsContext) = words[index].piece else { index += 1; continue }
            var first = index, last = index
            var day: Int?, year: Int?
            // 15 December, the 15th of December.
            if index > 0, gapIs(words[index], []), let value = number(index - 1, in: 1...31) {
                day = value; first = index - 1
            } else if index > 1, case .of = words[index - 1].piece, case .number(_, ordinal: true) = words[index - 2].piece,
                let value = number(index - 2, in: 1...31)
            {
                day = value; first = index - 2
            }
            // December 15, Dec. 15.
            if day == nil, index + 1 < words.count, gapIs(words[index + 1], [0x2E]), let value = number(index + 1, in: 1...31),
                !(index + 2 < words.count && gapIs(words[index + 2], [0x3A, 0x2E]) && number(index + 2, in: 0...59) != nil)
            {
                day = value; last = index + 1
            }
            // …, 2016.
            if last + 1 < words.count, gapIs(words[last + 1], [0x2C, 0x2E]), let value = number(last + 1, in: 1000...2999),
                words[last + 1].range.count == 4
            {
                year = value; last += 1
            }
            let capitalised = (0x41...0x5A).contains(units[words[index].range.lowerBound])
            if capitalised, !needsContext || day != nil || year != nil,
                let date = DateMatch(
                    range: words[first].range.lowerBound..<words[last].range.upperBound,
                    day: day, month: month, year: year)
            {
                dates.append(date)
                index = last + 1
            } else {
                index += 1
            }
        }
        return dates
    }

    /// The dates in a string; ranges count its UTF-16 units.
    public func dates(in text: String) -> [DateMatch] { dates(in: Array(text.utf16)) }

    private func words(in units: [UInt16], range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var index = range.lowerBound
        var previousEnd = range.lowerBound
        func isLetter(_ unit: UInt16) -> Bool { (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
        func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) }
        while index < range.upperBound {
            let unit = units[index]
            guard isLetter(unit) || isDigit(unit) else { index += 1; continue }
            var end = index
            while end < range.upperBound, isLetter(units[end]) || isDigit(units[end]) { end += 1 }
            let text = String(decoding: units[index..<end], as: UTF16.self).lowercased()
            var piece = Piece.other
            if let (month, needsContext) = Self.months[text] {
                piece = .month(month, needsContext: needsContext)
            } else if text == "of" {
                piece = .of
            } else if isDigit(unit) {
                let digits = text.prefix { $0.isASCII && $0.isNumber }
                let suffix = text.dropFirst(digits.count)
                // A figure in a longer run (2,016 or 3.5) is no day and no year.
                let glued =
                    end < range.upperBound && (units[end] == 0x2C || units[end] == 0x2E)
                    && end + 1 < range.upperBound && isDigit(units[end + 1])
                if !glued, digits.count <= 4, let value = Int(digits), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix) {
                    piece = .number(value, ordinal: !suffix.isEmpty)
                }
            }
            words.append(Word(range: index..<end, piece: piece, gap: previousEnd..<index))
            previousEnd = end
            index = end
        }
        return words
    }
}
