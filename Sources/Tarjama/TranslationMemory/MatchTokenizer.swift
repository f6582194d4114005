import TarjamaText

/// Splits a segment into ``MatchToken``s with spelling-neutral keys: TarjamaText's matching
/// normaliser (``ArabicNormalizer/matching``), its word scanner, and its clitic analyser.
///
/// Matching only: the keys are never shown. حماة and حماه, إدلب and ادلب, والرقة and الرقة meet,
/// and every token keeps its UTF-16 range in the original segment through the key's offset map.
public struct MatchTokenizer: Sendable {
    /// Bumped whenever tokens or keys change, so a memory built with older keys is re-indexed.
    public static let keyVersion = 3

    private let normalizer = ArabicNormalizer.matching
    private let scanner = WordScanner.shared
    private let clitics = CliticAnalyzer()

    /// Makes a tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [MatchToken] {
        let original = Array(text.utf16)
        // A Swift string has no unpaired surrogates, and NFC does not fail on well-formed text.
        guard let key = try? normalizer.normalize(original) else { return [] }
        let units = key.units
        var words = scanner.words(in: units)
        mergeNumbers(&words, in: units)

        var tokens: [MatchToken] = []
        tokens.reserveCapacity(words.count + 4)
        func surface(_ range: Range<Int>) -> String { String(decoding: original[range], as: UTF16.self) }
        func punctuation(in gap: Range<Int>) {
            var index = gap.lowerBound
            for scalar in String(decoding: units[gap], as: UTF16.self).unicodeScalars {
                let width = scalar.utf16.count
                defer { index += width }
                if scalar.properties.isWhitespace { continue }
                let range = key.originalRange(of: index..<index + width)
                let folded = Self.punctuationKey(scalar.value) ?? String(scalar)
                tokens.append(MatchToken(range: range, kind: .punctuation, surface: surface(range), folded: folded, stem: folded))
            }
        }
        var position = 0
        for word in words {
            if position < word.lowerBound { punctuation(in: position..<word.lowerBound) }
            let range = key.originalRange(of: word)
            let folded = String(decoding: units[word], as: UTF16.self)
            let isNumber = units[word].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C }
            tokens.append(
                MatchToken(
                    range: range, kind: isNumber ? .number : .word, surface: surface(range),
                    folded: folded, stem: isNumber ? folded : stem(of: units, word)))
            position = word.upperBound
        }
        if position < units.count { punctuation(in: position..<units.count) }
        return tokens
    }

    /// The index keys of `text` (the ``MatchToken/stem`` of every word and number, in order),
    /// without building the tokens: what an import needs.
    public func keys(in text: String) -> [String] {
        guard let key = try? normalizer.normalize(Array(text.utf16)) else { return [] }
        let units = key.units
        var words = scanner.words(in: units)
        mergeNumbers(&words, in: units)
        return words.map { word in
            let isNumber = units[word].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C }
            return isNumber ? String(decoding: units[word], as: UTF16.self) : stem(of: units, word)
        }
    }

    /// The most reduced reading of a word (و ف, ب ك ل, ال removed as far as the analyser allows),
    /// so every clitic variant of a word indexes under one key.
    private func stem(of units: [UInt16], _ word: Range<Int>) -> String {
        // Only و ف ب ك ل and the article's alef start a clitic; other words are their own stem.
        guard let first = units[word].first, Self.cliticInitials.contains(first), word.count > 3 else {
            return String(decoding: units[word], as: UTF16.self)
        }
        let readings = clitics.analyses(of: units, in: word)
        guard let shortest = readings.min(by: { $0.form.count < $1.form.count }) else {
            return String(decoding: units[word], as: UTF16.self)
        }
        // ل + ال before a stem starting with ل is written لل (للاجئين), whose shortest reading
        // takes that ل for the article's (اجئين); اللاجئين and لاجئين must index the same, so a
        // stem the article was dropped from loses a leading ل too.
        if shortest.removed.contains(.article), !shortest.contractedArticle,
            shortest.form.first == 0x0644, shortest.form.count > 3
        {
            return String(decoding: shortest.form.dropFirst(), as: UTF16.self)
        }
        return shortest.formString
    }

    static let cliticInitials: Set<UInt16> = [0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627]

    /// Joins 3 . 5 and 2 , 500 (digits around one separator) into one number.
    private func mergeNumbers(_ words: inout [Range<Int>], in units: [UInt16]) {
        func isDigits(_ range: Range<Int>) -> Bool { units[range].allSatisfy { (0x30...0x39).contains($0) } }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(words.count)
        for word in words {
            if let last = merged.last, word.lowerBound == last.upperBound + 1,
                units[last.upperBound] == 0x2E || units[last.upperBound] == 0x2C,
                isDigits(word), units[last].allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C }),
                let lastUnit = units[last].last, (0x30...0x39).contains(lastUnit)
            {
                merged[merged.count - 1] = last.lowerBound..<word.upperBound
            } else {
                merged.append(word)
            }
        }
        words = merged
    }

    /// Arabic and Latin punctuation that mean the same thing share a key (، and , ؟ and ?).
    static func punctuationKey(_ value: UInt32) -> String? {
        switch value {
        case 0x060C: ","
        case 0x061B: ";"
        case 0x061F: "?"
        case 0x066A: "%"
        case 0x06D4: "."
        default: nil
        }
    }
}
