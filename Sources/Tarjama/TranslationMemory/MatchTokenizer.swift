/// Splits a segment into ``MatchToken``s with spelling-neutral keys.
///
/// Matching only: the keys are never shown. The folding makes حماة and حماه, إدلب and ادلب,
/// والرقة and الرقة meet, and every token keeps its UTF-16 range in the original segment.
public struct MatchTokenizer: Sendable {
    /// Bumped whenever tokens or keys change, so a memory built with older keys is re-indexed.
    public static let keyVersion = 1

    /// Makes a tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [MatchToken] {
        var tokens: [MatchToken] = []
        var folded = String.UnicodeScalarView()
        var start = -1
        var end = 0
        var offset = 0
        var isNumber = true
        let scalars = Array(text.unicodeScalars)

        func finish() {
            guard start >= 0 else { return }
            if !folded.isEmpty {
                let foldedText = String(folded)
                let kind: MatchToken.Kind = isNumber ? .number : .word
                tokens.append(MatchToken(range: start..<end, kind: kind, surface: surface(text, start..<end),
                                         folded: foldedText, stem: kind == .word ? Self.stem(of: folded) : foldedText))
            }
            folded = String.UnicodeScalarView()
            start = -1
            isNumber = true
        }

        for (index, scalar) in scalars.enumerated() {
            let width = scalar.utf16.count
            defer { offset += width }
            let value = scalar.value
            if Self.isIgnorable(value) {
                if start >= 0 { end = offset + width }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                if start < 0 { start = offset }
                end = offset + width
                let mapped = Self.fold(scalar)
                if !Self.isASCIIDigit(mapped.value) { isNumber = false }
                folded.append(mapped)
                continue
            }
            // A decimal or thousands separator between two digits belongs to the number.
            if start >= 0, isNumber, Self.isNumberSeparator(value), index + 1 < scalars.count,
               Self.isASCIIDigit(Self.fold(scalars[index + 1]).value) {
                end = offset + width
                folded.append(value == 0x066B ? "." : value == 0x066C ? "," : scalar)
                continue
            }
            finish()
            if properties.isWhitespace { continue }
            let surfaceText = String(scalar)
            let key = Self.punctuationKey(value) ?? surfaceText
            tokens.append(MatchToken(range: offset..<offset + width, kind: .punctuation, surface: surfaceText,
                                     folded: key, stem: key))
        }
        finish()
        return tokens
    }

    private func surface(_ text: String, _ range: Range<Int>) -> String {
        let utf16 = text.utf16
        let lower = utf16.index(utf16.startIndex, offsetBy: range.lowerBound)
        let upper = utf16.index(lower, offsetBy: range.count)
        return String(utf16[lower..<upper]) ?? ""
    }

    /// Diacritics, tatweel, bidi and zero-width controls: dropped from keys.
    static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x0610...0x061A,
             0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            true
        default:
            false
        }
    }

    static func isASCIIDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

    static func isNumberSeparator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x2C || value == 0x066B || value == 0x066C
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

    /// The spelling-neutral form of one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673: return "\u{0627}"  // alef variants → ا
        case 0x0649, 0x06CC, 0x0626: return "\u{064A}"                          // ى ی ئ → ي
        case 0x0629, 0x06C1, 0x06D5: return "\u{0647}"                          // ة ہ ە → ه
        case 0x0624: return "\u{0648}"                                          // ؤ → و
        case 0x06A9: return "\u{0643}"                                          // ک → ك
        case 0x0660...0x0669: return Unicode.Scalar(value - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(value - 0x06F0 + 0x30)!
        case 0x41...0x5A: return Unicode.Scalar(value + 0x20)!
        case 0...0x7F: return scalar
        default:
            if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                return lower
            }
            return scalar
        }
    }

    /// Removes the proclitics و ف, then ب ك ل before the article (لل = ل + ال), then ال,
    /// keeping at least a three-letter (two after the article) stem so short words stay whole.
    static func stem(of folded: String.UnicodeScalarView) -> String {
        var letters = Array(folded)
        guard letters.count > 3, letters.allSatisfy({ (0x0620...0x064A).contains($0.value) }) else {
            return String(folded)
        }
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
        let ba: Unicode.Scalar = "\u{0628}", kaf: Unicode.Scalar = "\u{0643}", lam: Unicode.Scalar = "\u{0644}"
        let alef: Unicode.Scalar = "\u{0627}"
        func hasArticle(at index: Int) -> Bool {
            letters.count - index > 4 && letters[index] == alef && letters[index + 1] == lam
        }
        if (letters[0] == waw || letters[0] == fa), letters.count - 1 >= 3 {
            letters.removeFirst()
        }
        if letters.count > 4, letters[0] == lam, letters[1] == lam {
            letters.removeFirst(2)  // لل: ل + ال with the article's alef dropped
        } else if (letters[0] == ba || letters[0] == kaf || letters[0] == lam), hasArticle(at: 1) {
            letters.removeFirst(3)
        } else if hasArticle(at: 0) {
            letters.removeFirst(2)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters)
        return String(result)
    }
}
