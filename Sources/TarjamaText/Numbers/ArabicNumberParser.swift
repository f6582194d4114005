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

    /// The parser every Tarjama component shares.
    public static let shared = ArabicNumberParser()

    public init() {}

    /// The numbers in `units[range]` (all of `units` when nil), in order, with ranges into `units`.
    ///
    /// - Complexity: O(n).
    public func numbers(in units: [UInt16], range: Range<Int>? = nil) throws(NormalizationError) -> [NumberMatch] {
        let key = try normalizer.normalize(units, in: range)
        return numbers(inKey: key)
    }

    /// The numbers in `buffer[range]` (a document's buffer), in order, with ranges into `buffer`.
    ///
    /// - Complexity: O(n) for n = `range.count`.
    public func numbers(in buffer: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) -> [NumberMatch] {
        guard range.lowerBound >= 0, range.upperBound <= buffer.count else {
            throw .rangeOutOfBounds(lower: range.lowerBound, upper: range.upperBound, count: buffer.count)
        }
        return numbers(inKey: try normalizer.normalize(buffer, in: range))
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
    func numbers(inKey key: NormalizedText) -> [NumberMatch] {
        let tokens = key.units.withUnsafeBufferPointer { tokenize($0) }
        var matches: [NumberMatch] = []
        var index = 0
        while index < tokens.count {
            guard let parsed = parse(tokens, from: index) else { index += 1; continue }
            let keyRange = tokens[index].numberStart..<tokens[parsed.last].range.upperBound
            var notes: [NumberNote] = []
            if let stray = parsed.strayScale {
                notes.append(.strayScaleWord(range: key.originalRange(of: tokens[stray].numberStart..<tokens[stray].range.upperBound)))
            }
            matches.append(NumberMatch(range: key.originalRange(of: keyRange), value: parsed.value, kind: parsed.kind,
                                       notes: notes))
            index = (parsed.strayScale ?? parsed.last) + 1
        }
        return matches
    }
}
