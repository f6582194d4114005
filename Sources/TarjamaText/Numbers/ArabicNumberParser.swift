/// Finds Arabic cardinal numbers written out in words or digits and gives their values:
/// ثلاثة الاف وثلاثة وثلاثين → 3033, تسعمئة → 900, سبعة واربعون الف → 47000, ٣٬٠٣٣ → 3033.
///
/// ICU's Arabic spell-out parser only reads canonical forms; this grammar reads what transcripts
/// write: with or without hamza, ة or ه, masculine and feminine, nominative and genitive, hundreds
/// as one word or two, و between the parts (glued or spaced), thousands, millions and billions,
/// Arabic-Indic and ASCII digits with their group separators; and ordinals 1st–19th (الأول,
/// الثانية, الحادي عشر), with ``NumberMatch/kind`` `.ordinal`. Fractions are read only of a
/// scale word (نصف مليون, مليون ونصف); a bare نصف or ربع is not a number.
/// A value, safe to share between threads.
public struct ArabicNumberParser: Sendable {
    let lexicon = ArabicNumberLexicon.shared
    var normalizer: ArabicNormalizer { Self.normalizer }

    /// Number words are read on the matching key without hamza-seat folding: folded, مئتا (200)
    /// would be ميتا, which is also "dead".
    static let normalizer = ArabicNormalizer(folding: ArabicFolding.matching.subtracting(.hamzaSeats))
    let scanner = WordScanner.shared

    /// Every month name the date reader knows, as written (كانون, يناير, جانفي …).
    public static var monthNames: [String] { ArabicMonthLexicon.spellings.map(\.0) }

    /// The parser every Tarjama component shares.
    public static let shared = ArabicNumberParser()

    public init() {}

    /// The numbers in `units[range]` (all of `units` when nil), in order, with ranges into `units`.
    ///
    /// - Complexity: O(n).
    public func numbers(in units: [UInt16], range: Range<Int>? = nil) throws(NormalizationError) -> [NumberMatch] {
        let key = try normalizer.normalize(units, in: range)
        let found = numbers(inKey: key)
        return units.withUnsafeBufferPointer { original in found.filter { !Self.isMisread($0, in: original) } }
    }

    /// The numbers in `buffer[range]` (a document's buffer), in order, with ranges into `buffer`.
    /// Without `duals`, dual nouns (يومين, two days) are left out, and so is the work of finding
    /// them, for a caller that has no use for them (the suggester offers none).
    ///
    /// - Complexity: O(n) for n = `range.count`.
    public func numbers(
        in buffer: UnsafeBufferPointer<UInt16>, range: Range<Int>,
        duals: Bool = true
    ) throws(NormalizationError) -> [NumberMatch] {
        guard range.lowerBound >= 0, range.upperBound <= buffer.count else {
            throw .rangeOutOfBounds(lower: range.lowerBound, upper: range.upperBound, count: buffer.count)
        }
        return numbers(inKey: try normalizer.normalize(buffer, in: range), duals: duals).filter { !Self.isMisread($0, in: buffer) }
    }

    /// Whether the written text shows what the key cannot: a dual with tanween (a dual never has
    /// it: بمبانٍ is "in buildings"), a word with the plural's kasra (المصوِّتين) or two words
    /// run together (أهميةروتين); الأولي with ي, "preliminary", not الأولى "first"; وأحد, which
    /// keys as واحد but is و + أحد, "one of" (وأحد الناخبين, "a voter").
    static func isMisread(_ number: NumberMatch, in original: UnsafeBufferPointer<UInt16>) -> Bool {
        guard number.range.upperBound <= original.count, !number.range.isEmpty else { return false }
        switch number.kind {
        case .dual:
            let text = original[number.range]
            if text.contains(where: { $0 >= 0x064B && $0 <= 0x064D }) { return true }
            return text.split(whereSeparator: { !isArabicLetter($0) && !(0x064B...0x0652).contains($0) }).contains { word in
                hasPluralKasra(ArraySlice(word)) || isRunTogether(ArraySlice(word))
            }
        case .ordinal:
            return number.value == 1 && original[number.range.upperBound - 1] == 0x064A
        case .cardinal:
            let letters = original[number.range].filter { !(0x064B...0x0652).contains($0) }
            return number.value == 1 && letters.count == 4 && letters.elementsEqual([0x0648, 0x0623, 0x062D, 0x062F])
        case .minutes:
            return false
        }
    }

    /// The numbers in a string; ranges count its UTF-16 units.
    public func numbers(in text: String) throws(NormalizationError) -> [NumberMatch] {
        try numbers(in: Array(text.utf16))
    }

    /// The value of `text` when all of it is one number (`"ثلاثة الاف وثلاثة وثلاثين"` → 3033).
    public func value(of text: String) -> Int? {
        guard let found = try? numbers(in: text), found.count == 1 else { return nil }
        let units = Array(text.utf16)
        let outside = Array(units[..<found[0].range.lowerBound]) + Array(units[found[0].range.upperBound...])
        return outside.allSatisfy { !scanner.isWordUnit($0) } ? found[0].value : nil
    }

    /// The numbers in a key built by ``normalizer``, with ranges in the key's original text.
    func numbers(inKey key: NormalizedText, duals: Bool = true) -> [NumberMatch] {
        keyNumbers(key, duals: duals).map { number in
            NumberMatch(
                range: key.originalRange(of: number.keyRange), exactValue: number.exact, kind: number.kind,
                notes: number.strayScale.map { [.strayScaleWord(range: key.originalRange(of: $0))] } ?? [])
        }
    }

    /// A number with its span in the key, for readers that look at the words around it (dates).
    struct KeyNumber {
        var keyRange: Range<Int>
        /// The value as written (7.5), nil when too large.
        var exact: ExactDecimal?
        /// The value when it is whole.
        var value: Int? { exact?.wholeValue }
        var kind: NumberMatch.Kind
        /// A scale word after it that was not counted.
        var strayScale: Range<Int>?
        /// Whether it is written in digits.
        var isDigits: Bool
    }

    /// The numbers in a key built by ``normalizer``, with ranges in the key; the dual nouns
    /// among them only with `duals`.
    func keyNumbers(_ key: NormalizedText, duals readsDuals: Bool = true) -> [KeyNumber] {
        let tokens = key.units.withUnsafeBufferPointer { tokenize($0) }
        var matches: [KeyNumber] = []
        var index = 0
        while index < tokens.count {
            guard var parsed = parse(tokens, from: index) else {
                // نصف ساعة, ربع ميل: a fraction alone is a number only before a measure.
                if case let .fraction(denominator) = tokens[index].lexeme,
                    key.units.withUnsafeBufferPointer({ Self.measureEnd($0, after: tokens[index].range.upperBound) }) != nil
                {
                    matches.append(
                        KeyNumber(
                            keyRange: tokens[index].numberStart..<tokens[index].range.upperBound,
                            exact: ExactDecimal.fraction(1, over: denominator), kind: .cardinal,
                            strayScale: nil, isDigits: false))
                }
                index += 1
                continue
            }
            var end = tokens[parsed.last].range.upperBound
            // الحادية والثلاثون بعد المائة: 131st.
            if parsed.kind == .ordinal, let hundredEnd = key.units.withUnsafeBufferPointer({ Self.afterHundredEnd($0, after: end) }) {
                end = hundredEnd
                parsed.value = parsed.value.map { $0.adding(100) }
            }
            // ثلاثة أرباع, three quarters: a fraction of something, not a count.
            if parsed.kind == .cardinal, key.units.withUnsafeBufferPointer({ Self.isFractionFollowing($0, after: end) }) {
                index = parsed.last + 1
                continue
            }
            let stray = parsed.strayScale.map { tokens[$0].numberStart..<tokens[$0].range.upperBound }
            matches.append(
                KeyNumber(
                    keyRange: tokens[index].numberStart..<end,
                    exact: parsed.value, kind: parsed.kind, strayScale: stray,
                    isDigits: tokens[index].digits != nil))
            index = (parsed.strayScale ?? parsed.last) + 1
        }
        matches = key.units.withUnsafeBufferPointer { Self.joiningSlashTimes(matches, $0) }
        // Dual nouns (يومين, الحكومتان): two of something, between the numbers.
        guard readsDuals else { return matches }
        let duals = key.units.withUnsafeBufferPointer { keyDualPhrases($0) }.filter { dual in
            !matches.contains { $0.keyRange.overlaps(dual) }
        }
        guard !duals.isEmpty else { return matches }
        matches += duals.map { dual in
            // سنتين ونصف, ساعتين ونصف: two and a half, a count, no longer the dual's bare two.
            if let end = key.units.withUnsafeBufferPointer({ Self.andAHalfEnd($0, after: dual.upperBound) }) {
                return KeyNumber(
                    keyRange: dual.lowerBound..<end, exact: ExactDecimal.fraction(5, over: 2), kind: .cardinal, strayScale: nil,
                    isDigits: false)
            }
            return KeyNumber(keyRange: dual, exact: ExactDecimal(2), kind: .dual, strayScale: nil, isDigits: false)
        }
        return matches.sorted { $0.keyRange.lowerBound < $1.keyRange.lowerBound }
    }

    /// The end of " ونصف" (or " و نصف") right after `end` in a key, or nil.
    static func andAHalfEnd(_ key: UnsafeBufferPointer<UInt16>, after end: Int) -> Int? {
        var index = end
        while index < key.count, key[index] == 0x20 { index += 1 }
        guard index < key.count, key[index] == 0x0648 else { return nil }
        index += 1
        while index < key.count, key[index] == 0x20 { index += 1 }
        let half: [UInt16] = [0x0646, 0x0635, 0x0641]  // نصف
        guard index + half.count <= key.count, key[index..<(index + half.count)].elementsEqual(half) else { return nil }
        let after = index + half.count
        guard after == key.count || !(0x0621...0x064A).contains(key[after]) else { return nil }
        return after
    }

    /// Times UN documents write minutes first after الساعة, across a slash: الساعة 47/10 is
    /// 10.47 a.m., as the English writes it, and الساعة 00/03 is three o'clock (its 00 is no
    /// number a translator writes). Read as one number, hour.minutes, not as two counts.
    static func joiningSlashTimes(_ matches: [KeyNumber], _ key: UnsafeBufferPointer<UInt16>) -> [KeyNumber] {
        guard matches.count >= 2 else { return matches }
        var result: [KeyNumber] = []
        var index = 0
        while index < matches.count {
            let first = matches[index]
            if index + 1 < matches.count, let time = slashTime(first, matches[index + 1], key) {
                result.append(time)
                index += 2
            } else {
                result.append(first)
                index += 1
            }
        }
        return result
    }

    private static func slashTime(_ first: KeyNumber, _ second: KeyNumber, _ key: UnsafeBufferPointer<UInt16>) -> KeyNumber? {
        let slash = first.keyRange.upperBound
        guard first.isDigits, second.isDigits, first.keyRange.count == 2, (1...2).contains(second.keyRange.count),
            slash < key.count, key[slash] == 0x2F, second.keyRange.lowerBound == slash + 1,
            let minutes = first.value, let hour = second.value, minutes < 60, hour <= 24
        else { return nil }
        // The word before: الساعة (keyed ساعه, with any clitics in front).
        var end = first.keyRange.lowerBound
        while end > 0, isSpace(key[end - 1]) { end -= 1 }
        let hourWord: [UInt16] = Array("ساعه".utf16)
        guard end >= hourWord.count, key[(end - hourWord.count)..<end].elementsEqual(hourWord) else { return nil }
        let text = minutes == 0 ? "\(hour)" : "\(hour).\(minutes < 10 ? "0" : "")\(minutes)"
        return KeyNumber(
            keyRange: first.keyRange.lowerBound..<second.keyRange.upperBound, exact: ExactDecimal(digits: text.utf16),
            kind: .cardinal, strayScale: nil, isDigits: true)
    }
}
