public import TarjamaText

extension TermChecker {
    /// The number and date problems of a pair. Dates are compared as dates (15 كانون الأول 2016
    /// ↔ "December 15, 2016"), and their day and year leave the number comparison; the other
    /// numbers are compared as values, decimals exactly. A "two" in the target with no 2 in the
    /// source is taken as an Arabic dual (تصريحين ↔ "two statements") when the source has one,
    /// and a dual with no "two" is no alarm.
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
            problems.append(TermProblem(kind: .dateMismatch, id: record.id, line: line,
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
            (value: number.exactValue?.description ?? Self.digits(sourceUnits[number.range]),
             text: String(decoding: sourceUnits[number.range], as: UTF16.self), kind: number.kind)
        }
        var targetNumbers = EnglishNumberParser.shared.numbers(in: targetUnits).filter { undated($0.range, datedTarget) }.map { number in
            (value: number.exactValue?.description ?? Self.digits(targetUnits[number.range]),
             text: String(decoding: targetUnits[number.range], as: UTF16.self), kind: number.kind)
        }
        // A dual (تصريحين) is "two" when the English has a 2 left for it; otherwise English wrote
        // it as "both", "twice" or a plural, which is no number: never an alarm either way.
        var duals = sourceNumbers.filter { $0.kind == .dual }.count
        sourceNumbers.removeAll { $0.kind == .dual }
        var index = 0
        while index < sourceNumbers.count {
            if let match = targetNumbers.firstIndex(where: { $0.value == sourceNumbers[index].value }) {
                targetNumbers.remove(at: match)
                sourceNumbers.remove(at: index)
            } else {
                index += 1
            }
        }
        while duals > 0, let two = targetNumbers.firstIndex(where: { $0.value == "2" && $0.kind == .cardinal }) {
            targetNumbers.remove(at: two)
            duals -= 1
        }
        Self.matchClockTimes(&sourceNumbers, &targetNumbers)
        return problems + sourceNumbers.map {
            TermProblem(kind: .numberMismatch, id: record.id, line: line, source: $0.text, expected: $0.value)
        } + targetNumbers.map {
            TermProblem(kind: .numberMismatch, id: record.id, line: line, source: "", expected: $0.value, found: $0.text)
        }
    }

    /// Arabic news writes a time 7.55 (الساعة 7.55) where English writes 7:55 or 7.55am: a
    /// decimal with two fraction digits left over is that hour and those minutes when both are
    /// left over in the target.
    static func matchClockTimes(_ source: inout [(value: String, text: String, kind: NumberMatch.Kind)],
                                _ target: inout [(value: String, text: String, kind: NumberMatch.Kind)]) {
        source.removeAll { number in
            let parts = number.value.split(separator: ".")
            guard parts.count == 2, let minutes = Int(parts[1].count == 1 ? String(parts[1]) + "0" : String(parts[1])),
                  parts[1].count <= 2, minutes < 60,
                  let hour = target.firstIndex(where: { $0.value == parts[0] && $0.kind == .cardinal }) else { return false }
            let minute = target.firstIndex { $0.kind == .minutes && $0.value == String(minutes) }
            guard let minute else { return false }
            target.remove(at: max(hour, minute))
            target.remove(at: min(hour, minute))
            return true
        }
    }

    /// The digits of a number in any script, as ASCII, separators left out.
    static func digits(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: units.compactMap { unit -> UInt8? in
            switch unit {
            case 0x30...0x39: UInt8(unit)
            case 0x0660...0x0669: UInt8(unit - 0x0660 + 0x30)
            case 0x06F0...0x06F9: UInt8(unit - 0x06F0 + 0x30)
            default: nil
            }
        }, as: UTF8.self)
    }
}
