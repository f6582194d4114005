import TarjamaText

extension TermChecker {
    /// The numbers left on each side once values matched, cleared of what is no alarm: the
    /// letter label of a list item (ألف - ↔ "A."), the 00 of a time (الساعة 00/03), hours
    /// on a 12-hour clock (الساعة 18:00 ↔ "6 p.m.") or a 24-hour one ("0300"), figures the
    /// English writes in Roman numerals (الفصل السابع ↔ "Chapter VII", (د-35) ↔ "(XXXV)"),
    /// and soft numbers (``CheckedNumber/isSoft``) when the other side has nothing left over,
    /// since then nothing was put in their place.
    static func reconcileLeftovers(
        _ source: inout [CheckedNumber], _ target: inout [CheckedNumber],
        sourceUnits: [UInt16], targetUnits: [UInt16]
    ) {
        source.removeAll {
            isLeadingLabel($0, in: sourceUnits) || isReference($0, in: sourceUnits)
        }
        target.removeAll {
            isLeadingLabel($0, in: targetUnits) || isReference($0, in: targetUnits) || isYearWithFootnote($0)
        }
        matchFrequencies(&source, sourceUnits: sourceUnits, targetUnits: targetUnits)
        matchShortYears(&target, &source, in: targetUnits)
        matchShortYears(&source, &target, in: sourceUnits)
        matchConcatenations(&target, &source)
        matchConcatenations(&source, &target)
        matchTwelveHourClock(&source, &target, targetUnits: targetUnits)
        matchTwentyFourHourClock(&source, &target)
        matchCompounds(&source, in: targetUnits)
        // A numeral after Chapter, Annex … that matches nothing is a number of the target like
        // any other (الفصل السابع ↔ "Chapter VI" is an alarm); other capitals may be letters.
        for numeral in RomanNumerals.numerals(in: targetUnits) {
            if let index = source.firstIndex(where: { $0.value == String(numeral.value) }) {
                source.remove(at: index)
            } else if numeral.afterNumberingWord {
                target.append(
                    CheckedNumber(
                        value: String(numeral.value), text: String(decoding: targetUnits[numeral.range], as: UTF16.self),
                        kind: .ordinal, range: numeral.range))
            }
        }
        let sourceLeft = !source.isEmpty, targetLeft = !target.isEmpty
        if !targetLeft { source.removeAll(where: \.isSoft) }
        if !sourceLeft { target.removeAll(where: \.isSoft) }
    }

    /// A figure one side says again where the other says it once and refers back ("resolution
    /// 1540 (2004) ... in this regard" ↔ القرار 1540 (2004) twice, "for the year" ↔ لعام 2015):
    /// a leftover whose value both sides wrote at least once is no alarm when the other side's
    /// leftovers are no more than this side's other leftovers, which they pair with (الخامسة
    /// عشرة said a third time beside 1999 ↔ 1992: one mismatch, 1999 against 1992). A changed
    /// figure still leaves its new value on one side and the old one on the other, which stays
    /// a mismatch.
    static func dropRepeats(_ source: inout [CheckedNumber], _ target: inout [CheckedNumber], matched: Set<String>) {
        let sourceOthers = source.count { !matched.contains($0.value) }
        let targetOthers = target.count { !matched.contains($0.value) }
        let sourceCount = source.count, targetCount = target.count
        if targetCount <= sourceOthers { source.removeAll { matched.contains($0.value) } }
        if sourceCount <= targetOthers { target.removeAll { matched.contains($0.value) } }
    }

    /// A number opening a segment before a dash, a full stop or a closing bracket labels a list
    /// item (137. ↔ ١٣٨ - when the two documents number differently, '2` , (3)); so does ألف, باء,
    /// جيم … as A, B, C do: ألف there is no thousand.
    static func isLeadingLabel(_ number: CheckedNumber, in units: [UInt16]) -> Bool {
        let before = units[..<number.range.lowerBound]
        guard
            before.allSatisfy({
                [0x20, 0x09, 0xA0, 0x28, 0x5B, 0x27, 0x60].contains($0) || (0x200E...0x200F).contains($0) || (0x202A...0x202E).contains($0)
            })
        else { return false }
        let after = units[number.range.upperBound...].first { $0 != 0x20 && $0 != 0xA0 }
        return after.map { [0x2D, 0x2E, 0x29, 0x5D, 0x27, 0x60, 0x2013, 0x2014].contains($0) } ?? false
    }

    /// A figure glued to what stands before it is a reference or part of a name, not a count:
    /// a footnote (ranges"18, 2014(42), September 2014.42, (مالفيناس)(1), [23]), a unit's
    /// power (كلم2, km2) or a code (B73, BP22). Only leftovers are dropped, so عام2020 ↔ 2020
    /// still counts as a match.
    static func isReference(_ number: CheckedNumber, in units: [UInt16]) -> Bool {
        guard !number.isWords, number.range.lowerBound > 0 else { return false }
        var index = number.range.lowerBound - 1
        let opening = units[index] == 0x28 || units[index] == 0x5B
        if opening {
            guard index > 0 else { return false }
            index -= 1
        }
        let glued = units[index]
        // و standing alone before the figure is the conjunction (بين 15 و64), not part of a code.
        if glued == 0x0648, !opening, index == 0 || units[index - 1] == 0x20 || units[index - 1] == 0xA0 { return false }
        if isLetter(glued) { return true }
        // A bracketed number glued to a word, a figure, a bracket or a sentence's full stop:
        // 2014(42), B30(1), )(1), "planning.[23]".
        if opening {
            return glued == 0x29 || glued == 0x5D || glued == 0x2E || (0x30...0x39).contains(glued) || (0x0660...0x0669).contains(glued)
        }
        // A figure after a hyphen glued to an Arabic word is part of a name or a code
        // (الهيدروفلوري-23 ↔ "HFC-23", which the English reader leaves unread). Only the Arabic
        // side: an English code's figure ("P-4") left over is what a changed figure leaves.
        if glued == 0x2D, index > 0, (0x0621...0x064A).contains(units[index - 1]) { return true }
        // A footnote after closing punctuation at the end of a sentence: "ranges"18, 2014.42, ;1.
        let closers: Set<UInt16> = [0x22, 0x201D, 0x29, 0x5D, 0x3B, 0x2C]
        return closers.contains(glued) || ([0x2E].contains(glued) && number.range.upperBound >= units.count - 1)
    }

    /// A count restated in figures in parentheses, as reports write it ("Three (3) men",
    /// رجل واحد (1)): one number, not two.
    static func dropRepeatsInParentheses(_ numbers: inout [CheckedNumber], in units: [UInt16]) {
        var index = 1
        while index < numbers.count {
            let previous = numbers[index - 1], number = numbers[index]
            let gap = units[previous.range.upperBound..<number.range.lowerBound].filter {
                $0 != 0x20 && $0 != 0xA0 && !(0x200E...0x200F).contains($0)
            }
            let closed = number.range.upperBound < units.count && units[number.range.upperBound] == 0x29
            if gap.elementsEqual([0x28]), closed, previous.value == number.value, !number.isWords {
                numbers.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// A count of months after كل that the English says as a frequency word: كل ثلاثة أشهر ↔
    /// "quarterly", كل ستة أشهر ↔ "semi-annually". Another count of months ("quarterly" for
    /// كل أربعة أشهر) is still left over.
    static func matchFrequencies(_ source: inout [CheckedNumber], sourceUnits: [UInt16], targetUnits: [UInt16]) {
        let target = String(decoding: targetUnits, as: UTF16.self).lowercased()
        let said = frequencyWords.filter { target.contains($0.word) }.map(\.months)
        guard !said.isEmpty else { return }
        source.removeAll { number in
            guard let months = Int(number.value), said.contains(months), number.range.lowerBound >= 3,
                number.range.upperBound < sourceUnits.count
            else { return false }
            let before = String(decoding: sourceUnits[..<number.range.lowerBound], as: UTF16.self)
            let after = String(decoding: sourceUnits[number.range.upperBound...], as: UTF16.self)
            var trimmedBefore = Substring(before)
            while trimmedBefore.last?.isWhitespace == true { trimmedBefore.removeLast() }
            let trimmedAfter = after.drop(while: \.isWhitespace)
            return (trimmedBefore.hasSuffix("كل") || trimmedBefore.hasSuffix("مرة كل"))
                && (trimmedAfter.hasPrefix("أشهر") || trimmedAfter.hasPrefix("اشهر") || trimmedAfter.hasPrefix("شهور"))
        }
    }

    /// English frequency words and the months between two occurrences they say.
    private static let frequencyWords: [(word: String, months: Int)] = [
        ("quarterly", 3), ("semi-annual", 6), ("semiannual", 6), ("biannual", 6),
    ]

    /// A year range written short on one side ("1950-53" for 1950 وحتى 1953): the short year
    /// left over matches the whole year on the other side in the same century.
    static func matchShortYears(_ short: inout [CheckedNumber], _ years: inout [CheckedNumber], in units: [UInt16]) {
        short.removeAll { number in
            guard number.text.count == 2, let yy = Int(number.text), number.range.lowerBound >= 5 else { return false }
            let dash = units[number.range.lowerBound - 1]
            guard dash == 0x2D || dash == 0x2013 || dash == 0x2F else { return false }
            let before = String(decoding: units[(number.range.lowerBound - 5)..<(number.range.lowerBound - 1)], as: UTF16.self)
            guard let start = Int(before), (1000...2999).contains(start) else { return false }
            let year = start / 100 * 100 + yy
            guard year > start, let index = years.firstIndex(where: { $0.value == String(year) }) else { return false }
            years.remove(at: index)
            return true
        }
    }

    /// A year with a footnote number glued to it by the full stop ending its sentence
    /// ("in September 2014.42" for في أيلول/سبتمبر 2014(42)), read as one decimal.
    static func isYearWithFootnote(_ number: CheckedNumber) -> Bool {
        let parts = number.text.split(separator: ".")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1900...2099).contains(year) else { return false }
        return (1...3).contains(parts[1].count)
    }

    /// Figures a side runs together where the other keeps them apart (biennium 20142015 ↔
    /// 2014-2015, women aged 1564 ↔ 15 و64): an extraction that dropped a dash.
    static func matchConcatenations(_ joined: inout [CheckedNumber], _ parts: inout [CheckedNumber]) {
        guard parts.count >= 2 else { return }
        joined.removeAll { number in
            guard !number.isWords, number.text.count >= 3 else { return false }
            for first in parts.indices where !parts[first].isWords {
                for second in parts.indices
                where second != first && !parts[second].isWords
                    && Self.digits(ArraySlice(parts[first].text.utf16)) + Self.digits(ArraySlice(parts[second].text.utf16)) == number.text
                {
                    parts.remove(at: max(first, second))
                    parts.remove(at: min(first, second))
                    return true
                }
            }
            return false
        }
    }

    /// An hour after noon the source writes on the 24-hour clock (18) and the target on the
    /// 12-hour one ("6 p.m.", "6:15 pm").
    static func matchTwelveHourClock(_ source: inout [CheckedNumber], _ target: inout [CheckedNumber], targetUnits: [UInt16]) {
        source.removeAll { hour in
            guard let value = Int(hour.value), (13...23).contains(value) else { return false }
            guard
                let index = target.firstIndex(where: { $0.value == String(value - 12) && isPostMeridiem(after: $0.range, in: targetUnits) })
            else { return false }
            target.remove(at: index)
            return true
        }
    }

    /// Whether "p.m." or "pm" follows a figure (after its minutes, if any).
    static func isPostMeridiem(after range: Range<Int>, in units: [UInt16]) -> Bool {
        var index = range.upperBound
        while index < units.count,
            (0x30...0x39).contains(units[index]) || units[index] == 0x3A || units[index] == 0x2E || units[index] == 0x20
        {
            index += 1
        }
        guard index + 1 < units.count, units[index] | 0x20 == 0x70 else { return false }  // p
        let next = units[index + 1] == 0x2E && index + 2 < units.count ? units[index + 2] : units[index + 1]
        return next | 0x20 == 0x6D  // m
    }

    /// A time the target writes as four figures ("at 0300", "1530 hours") and the source as
    /// an hour (and minutes) of its own, or as one slash time (الساعة 10/13 ↔ "At 1310").
    static func matchTwentyFourHourClock(_ source: inout [CheckedNumber], _ target: inout [CheckedNumber]) {
        target.removeAll { time in
            guard time.text.count == 4, time.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(time.text) else {
                return false
            }
            let hour = value / 100, minutes = value % 100
            guard hour < 24, minutes < 60 else { return false }
            // A UN slash time the reader joined into hour.minutes (الساعة 10/13 is 13.1, 13:10).
            var fraction = minutes < 10 ? "0\(minutes)" : "\(minutes)"
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if minutes > 0, let joined = source.firstIndex(where: { $0.value == "\(hour).\(fraction)" }) {
                source.remove(at: joined)
                return true
            }
            guard let index = source.firstIndex(where: { $0.value == String(hour) }) else { return false }
            source.remove(at: index)
            if minutes > 0, let minute = source.firstIndex(where: { $0.value == String(minutes) }) { source.remove(at: minute) }
            return true
        }
    }

    /// A count the English writes inside a compound word: a number word opening it (الكرات
    /// الأربع ↔ "fourballs", "threefold", "twosome", العشر سنوات ↔ "tenyear") or figures glued
    /// to a word where a hyphen was lost ("post2015", "10point"). Only 2 to 9 as words, and ten
    /// before a measure (ten opens tenant, tender …), never
    /// a word that is itself a number (fourteen, fourth, sixty), and figures only of two digits
    /// or more glued to two letters or more (not B2C or HER2, which are codes).
    static func matchCompounds(_ source: inout [CheckedNumber], in targetUnits: [UInt16]) {
        guard !source.isEmpty else { return }
        let words = String(decoding: targetUnits, as: UTF16.self).lowercased().split { !$0.isLetter && !$0.isNumber }
        var carried: [String] = []
        for word in words {
            let digits = word.prefix { $0.isASCII && $0.isNumber }, trailing = word.reversed().prefix { $0.isASCII && $0.isNumber }
            if digits.count >= 2, word.dropFirst(digits.count).count >= 2, word.dropFirst(digits.count).allSatisfy(\.isLetter) {
                carried.append(String(Int(digits) ?? -1))
            } else if trailing.count >= 2, word.dropLast(trailing.count).count >= 2, word.dropLast(trailing.count).allSatisfy(\.isLetter) {
                carried.append(String(Int(String(trailing.reversed())) ?? -1))
            } else if let (value, name) = compoundWords.first(where: { word.hasPrefix($0.name) }) {
                let rest = word.dropFirst(name.count)
                if rest.count >= 3, rest.allSatisfy(\.isLetter), !["teen", "th", "ty", "tie"].contains(where: { rest.hasPrefix($0) }) {
                    carried.append(String(value))
                }
            } else if word.hasPrefix("ten"), compoundUnits.contains(String(word.dropFirst(3))) {
                carried.append("10")
            }
        }
        for value in carried {
            if let index = source.firstIndex(where: { $0.value == value }) { source.remove(at: index) }
        }
    }

    /// The measures "ten" is glued to in a compound ("tenyear", "tenfold"); ten before other
    /// letters opens tenant, tender, tension.
    private static let compoundUnits: Set<String> = [
        "year", "years", "day", "days", "week", "weeks", "month", "months", "fold", "point", "member", "minute", "hour",
    ]

    private static let compoundWords: [(value: Int, name: String)] = [
        (2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (7, "seven"), (8, "eight"), (9, "nine"),
    ]

    /// A Latin or Arabic letter.
    private static func isLetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || (0x0621...0x064A).contains(unit) || (0x0671...0x06D3).contains(unit)
    }
}
