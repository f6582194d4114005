public import TarjamaText

extension TermChecker {
    /// The number and date problems of a pair. Dates are compared as dates (15 كانون الأول 2016
    /// ↔ "December 15, 2016"), and their day and year leave the number comparison; the other
    /// numbers are compared as values, decimals exactly. A "two" in the target with no 2 in the
    /// source is taken as an Arabic dual (تصريحين ↔ "two statements") when the source has one,
    /// and a dual with no "two" is no alarm. A source number and a target figure left over
    /// together are one problem naming both.
    func numberProblems(_ record: BilingualRecord, line: Int) throws(NormalizationError) -> [TermProblem] {
        let sourceUnits = Array(record.source.utf16)
        let targetUnits = Array(record.target.utf16)
        let (arabicNumbers, arabicDates) = try sourceUnits.withUnsafeBufferPointer { buffer throws(NormalizationError) in
            try ArabicNumberParser.shared.numbersAndDates(in: buffer, range: 0..<buffer.count)
        }
        var englishDates = EnglishDateParser.shared.dates(in: targetUnits)
        var problems: [TermProblem] = []
        var datedSource: [Range<Int>] = [], datedTarget: [Range<Int>] = []
        var unmatchedDates: [DateMatch] = []
        for date in arabicDates {
            if let match = englishDates.firstIndex(where: { $0.agrees(with: date) }) {
                datedSource.append(date.range)
                datedTarget.append(englishDates.remove(at: match).range)
            } else {
                unmatchedDates.append(date)
            }
        }
        // A dated source and a dated target that disagree: one problem naming both, rather
        // than one for each loose figure.
        for date in unmatchedDates where date.day != nil || date.year != nil {
            guard let other = englishDates.firstIndex(where: { $0.day != nil || $0.year != nil }) else { break }
            let english = englishDates.remove(at: other)
            problems.append(
                TermProblem(
                    kind: .dateMismatch, id: record.id, line: line,
                    source: String(decoding: sourceUnits[date.range], as: UTF16.self),
                    expected: date.englishRendering,
                    found: String(decoding: targetUnits[english.range], as: UTF16.self)))
            datedSource.append(date.range)
            datedTarget.append(english.range)
        }
        func undated(_ range: Range<Int>, _ dated: [Range<Int>]) -> Bool {
            !dated.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
        }
        // Values are compared exactly as written (7.5 = 7.50); a number too large to take a
        // value (an account number) is compared by its digits.
        var sourceNumbers = arabicNumbers.filter { undated($0.range, datedSource) }.map { number in
            CheckedNumber(
                value: number.exactValue?.description ?? Self.digits(sourceUnits[number.range]),
                text: String(decoding: sourceUnits[number.range], as: UTF16.self), kind: number.kind, range: number.range)
        }
        var targetNumbers = EnglishNumberParser.shared.numbers(in: targetUnits).filter { undated($0.range, datedTarget) }.map { number in
            CheckedNumber(
                value: number.exactValue?.description ?? Self.digits(targetUnits[number.range]),
                text: String(decoding: targetUnits[number.range], as: UTF16.self), kind: number.kind, range: number.range)
        }
        // A dual (تصريحين) is "two" when the English has a 2 left for it; otherwise English wrote
        // it as "both", "twice" or a plural, which is no number: never an alarm either way. So is
        // نصف or ربع before a measure ("half an hour", "a half-day").
        sourceNumbers.removeAll { $0.kind == .dual || Self.isFractionWord($0.value, $0.text) }
        Self.dropRepeatsInParentheses(&sourceNumbers, in: sourceUnits)
        Self.dropRepeatsInParentheses(&targetNumbers, in: targetUnits)
        // Values both sides write at least once: a further mention of one of them on one side
        // is a repeat, not a new figure (see ``dropRepeats(_:_:matched:)``).
        let matchedValues = Set(sourceNumbers.map(\.value)).intersection(targetNumbers.map(\.value))
        var index = 0
        while index < sourceNumbers.count {
            if let match = targetNumbers.firstIndex(where: { $0.value == sourceNumbers[index].value }) {
                targetNumbers.remove(at: match)
                sourceNumbers.remove(at: index)
            } else {
                index += 1
            }
        }
        // The words the reader takes for duals, and those a looser test would: "two" is never
        // an alarm for them (مراهقين, two teenagers, looks like a plural).
        if targetNumbers.contains(where: { $0.value == "2" && $0.kind == .cardinal }) {
            for _ in try ArabicNumberParser.shared.dualsForChecking(in: sourceUnits) {
                guard let two = targetNumbers.firstIndex(where: { $0.value == "2" && $0.kind == .cardinal }) else { break }
                targetNumbers.remove(at: two)
            }
        }
        Self.matchSplitDecimals(&sourceNumbers, &targetNumbers)
        Self.matchSplitDecimals(&targetNumbers, &sourceNumbers)
        // The paragraph number opening a segment (10 - تقرر) is a label the translation may
        // renumber or leave out, as UN English does, not a figure of the text.
        if let label = SentenceSegmenter.leadingItemNumber(in: sourceUnits).map({ String(decoding: sourceUnits[$0], as: UTF16.self) }),
            let labelIndex = sourceNumbers.firstIndex(where: { $0.text == label })
        {
            sourceNumbers.remove(at: labelIndex)
        }
        Self.reconcileLeftovers(&sourceNumbers, &targetNumbers, sourceUnits: sourceUnits, targetUnits: targetUnits)
        Self.dropRepeats(&sourceNumbers, &targetNumbers, matched: matchedValues)
        // A range left over (pp. 44-45 ↔ pp. 34-35, "aged 15-44" the Arabic leaves out) is one
        // figure of the text, one problem.
        Self.joinRanges(&sourceNumbers, in: sourceUnits)
        Self.joinRanges(&targetNumbers, in: targetUnits)
        // A source number and a target figure both left over are one mismatch (300 ألف ↔
        // "30,000"), reported once with both sides, in the order they stand; what is left on
        // one side only is reported alone.
        let paired = min(sourceNumbers.count, targetNumbers.count)
        return problems
            + zip(sourceNumbers, targetNumbers).map { source, target in
                TermProblem(
                    kind: .numberMismatch, id: record.id, line: line, source: source.text, expected: source.value, found: target.text)
            }
            + sourceNumbers.dropFirst(paired).map {
                TermProblem(kind: .numberMismatch, id: record.id, line: line, source: $0.text, expected: $0.value)
            }
            + targetNumbers.dropFirst(paired).map {
                TermProblem(kind: .numberMismatch, id: record.id, line: line, source: "", expected: $0.value, found: $0.text)
            }
    }

    /// One side writes a decimal where the other writes its two parts: a time (الساعة 7.55 ↔
    /// 7:55, 10.15 a.m. ↔ الساعة 10:15), a section (2.1 ↔ 2-1), a decimal comma (0,4 ↔ 0.4) or
    /// a footnote glued to a year (2014.42 ↔ 2014(42)). A decimal left over in `decimals` is
    /// matched when its whole part (or, with minutes, that hour plus 12) and its fraction
    /// digits (as minutes: 9.3 is 9:30) are both left over in `parts`.
    static func matchSplitDecimals(_ decimals: inout [CheckedNumber], _ parts: inout [CheckedNumber]) {
        decimals.removeAll { number in
            let pieces = number.value.split(separator: ".")
            guard pieces.count == 2, let hour = Int(pieces[0]), pieces[1].count <= 18 else { return false }
            let fraction = String(pieces[1])
            let asMinutes = fraction.count == 1 ? fraction + "0" : fraction
            let digits = String(Int(fraction) ?? -1), minutes = String(Int(asMinutes) ?? -1)
            guard let part = parts.firstIndex(where: { $0.value == digits || ($0.kind == .minutes && $0.value == minutes) }) else {
                return false
            }
            // 3.05 p.m. is 15:05: with minutes, the hour may be on the other clock.
            let hours = parts[part].kind == .minutes && hour < 12 ? [String(hour), String(hour + 12)] : [String(hour)]
            guard let whole = parts.indices.first(where: { $0 != part && hours.contains(parts[$0].value) }) else { return false }
            parts.remove(at: max(whole, part))
            parts.remove(at: min(whole, part))
            return true
        }
    }

    /// Leftover numbers joined by a dash (44-45, 15–44, 3-2-1) taken as one: its value the
    /// values joined by "-", its text the span from the first to the last.
    static func joinRanges(_ numbers: inout [CheckedNumber], in units: [UInt16]) {
        var index = 1
        while index < numbers.count {
            let previous = numbers[index - 1], number = numbers[index]
            guard previous.range.upperBound <= number.range.lowerBound else {
                index += 1
                continue
            }
            let gap = units[previous.range.upperBound..<number.range.lowerBound].filter { $0 != 0x20 && $0 != 0xA0 }
            if gap.count == 1, gap[0] == 0x2D || gap[0] == 0x2013 {
                let range = previous.range.lowerBound..<number.range.upperBound
                numbers[index - 1] = CheckedNumber(
                    value: previous.value + "-" + number.value, text: String(decoding: units[range], as: UTF16.self),
                    kind: previous.kind, range: range)
                numbers.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Whether a number is a fraction word (نصف ساعة: 0.5), not figures.
    static func isFractionWord(_ value: String, _ text: String) -> Bool {
        value.hasPrefix("0.") && !text.unicodeScalars.contains { ("0"..."9").contains($0) || ("\u{0660}"..."\u{0669}").contains($0) }
    }

    /// The digits of a number in any script, as ASCII, separators left out.
    static func digits(_ units: ArraySlice<UInt16>) -> String {
        String(
            decoding: units.compactMap { unit -> UInt8? in
                switch unit {
                case 0x30...0x39: UInt8(unit)
                case 0x0660...0x0669: UInt8(unit - 0x0660 + 0x30)
                case 0x06F0...0x06F9: UInt8(unit - 0x06F0 + 0x30)
                default: nil
                }
            }, as: UTF8.self)
    }
}
