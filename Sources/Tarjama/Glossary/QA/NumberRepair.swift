public import TarjamaText

/// Finds the wrong figures in an English draft and what replaces them: the numbers of the
/// source and the target are paired by value (as `tarjama check` compares them); when the
/// source numbers the target lacks and the target figures the source lacks are equally many,
/// the k-th figure is replaced by the k-th number only when it is that number mistyped: two
/// neighbouring digits swapped ("92 buses" for تسع وعشرين becomes "29 buses") or a repeated
/// digit dropped or doubled (30,000 for 300,000). Any other difference may be the translator's
/// reading or a number the parsers read differently (on correct NTREX and UN pairs, pairing
/// leftovers by order alone proposed 36 wrong "fixes" in 5,005 pairs), so it is left for
/// `tarjama check` to report. Dates and ordinals are left alone ("first" is never rewritten as
/// a figure), and so is an English "two" that an Arabic dual accounts for.
public enum NumberRepair {
    /// One wrong figure and its replacement.
    public struct Fix: Sendable, Hashable {
        /// The UTF-16 span of the number in the source.
        public var source: Range<Int>
        /// The source number's value.
        public var value: Int
        /// The UTF-16 span of the wrong figure in the target.
        public var target: Range<Int>
        /// The figure as it stands in the target.
        public var found: String
        /// What replaces it: the value in digits, grouped like the figure it replaces.
        public var replacement: String
    }

    /// The fixes for `target` as a translation of `source`, in target order.
    ///
    /// - Complexity: O(n + t + m²) for n source and t target units and m numbers.
    public static func fixes(source: String, target: String) throws(NormalizationError) -> [Fix] {
        let sourceUnits = Array(source.utf16)
        let targetUnits = Array(target.utf16)
        let (arabicNumbers, arabicDates) = try sourceUnits.withUnsafeBufferPointer { buffer throws(NormalizationError) in
            try ArabicNumberParser.shared.numbersAndDates(in: buffer, range: 0..<buffer.count)
        }
        let englishDates = EnglishDateParser.shared.dates(in: targetUnits)
        func undated(_ range: Range<Int>, _ dates: [Range<Int>]) -> Bool {
            !dates.contains { $0.overlaps(range) }
        }
        let sourceDates = arabicDates.map(\.range), targetDates = englishDates.map(\.range)
        var missing = arabicNumbers.filter { undated($0.range, sourceDates) && $0.kind == .cardinal && $0.value != nil }
        var wrong = EnglishNumberParser.shared.numbers(in: targetUnits)
            .filter { undated($0.range, targetDates) && $0.kind == .cardinal && $0.value != nil }
        var index = 0
        while index < missing.count {
            if let match = wrong.firstIndex(where: { $0.value == missing[index].value }) {
                wrong.remove(at: match)
                missing.remove(at: index)
            } else {
                index += 1
            }
        }
        // An ordinal or dated source number may still be what a target figure renders.
        let otherValues = Set(arabicNumbers.compactMap(\.value))
        wrong.removeAll { $0.value.map(otherValues.contains) ?? true }
        if wrong.contains(where: { $0.value == 2 }) {
            for _ in try ArabicNumberParser.shared.duals(in: sourceUnits) {
                guard let two = wrong.firstIndex(where: { $0.value == 2 }) else { break }
                wrong.remove(at: two)
            }
        }
        guard !missing.isEmpty, missing.count == wrong.count else { return [] }
        return zip(missing, wrong).compactMap { number, figure -> Fix? in
            guard let value = number.value, let wrongValue = figure.value else { return nil }
            guard isSlip(wrongValue, of: value) else { return nil }
            let found = String(decoding: targetUnits[figure.range], as: UTF16.self)
            return Fix(
                source: number.range, value: value, target: figure.range, found: found,
                replacement: digits(value, like: found))
        }
    }

    /// Whether `figure` is `value` with two neighbouring digits swapped (92 for 29) or a repeated
    /// digit dropped or doubled (30000 for 300000, 2000 for 200): the slips of typing a number.
    static func isSlip(_ figure: Int, of value: Int) -> Bool {
        let a = Array(String(figure.magnitude)), b = Array(String(value.magnitude))
        guard figure != value, (figure < 0) == (value < 0) else { return false }
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1, long.count >= 2 else { return false }
        return long.indices.contains { index in
            let repeated = (index > 0 && long[index - 1] == long[index]) || (index + 1 < long.count && long[index + 1] == long[index])
            guard repeated else { return false }
            var shorter = long
            shorter.remove(at: index)
            return shorter == short
        }
    }

    /// `value` in ASCII digits, grouped by threes with the separator `figure` used (a comma
    /// when it was written in words and the value has five digits or more, as news style has it).
    /// A lone "." is not taken for a separator: 3.5 is a decimal.
    static func digits(_ value: Int, like figure: String) -> String {
        let plain = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let separator: Character?
        if figure.contains(where: \.isLetter) {
            separator = value.magnitude >= 10_000 ? "," : nil
        } else {
            separator = figure.first { $0 == "," || $0 == "\u{202F}" || $0 == "\u{00A0}" || $0 == " " }
        }
        guard let separator, plain.count > 3 else { return sign + plain }
        var grouped = ""
        for (offset, digit) in plain.enumerated() {
            if offset > 0 && (plain.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return sign + grouped
    }
}
