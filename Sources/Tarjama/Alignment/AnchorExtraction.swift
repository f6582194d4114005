/// Finds the anchors of one segment: numbers (as values), name keys, and punctuation that
/// survives translation (question marks, quotation marks, exclamation marks).
enum AnchorExtraction {
    /// Punctuation tokens, kept apart from number and name hashes by their small values.
    static let questionToken: UInt64 = 1
    static let quotationToken: UInt64 = 2
    static let exclamationToken: UInt64 = 3

    /// The segment's length for the length model: Unicode scalars that are neither white space
    /// nor combining marks, so Arabic vowel marks and spacing do not count.
    static func length(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0xA0 { continue }
            if (0x064B...0x065F).contains(value) || value == 0x0670 || value == 0x0640 { continue }
            if value >= 0x0300 && value < 0x0370 { continue }
            count += 1
        }
        return count
    }

    /// Question, quotation and exclamation marks: each question or exclamation mark counts,
    /// quotation marks count once per segment (pairs and styles differ between languages).
    static func punctuation(in text: String) -> [UInt64] {
        var tokens: [UInt64] = []
        var quoted = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3F, 0x061F: tokens.append(questionToken)
            case 0x21: tokens.append(exclamationToken)
            case 0x22, 0x201C, 0x201D, 0x00AB, 0x00BB, 0x201E: quoted = true
            default: break
            }
        }
        if quoted { tokens.append(quotationToken) }
        return tokens
    }

    /// Number values as tokens (the bit pattern of the value, so 3033 and "3,033" and "٣٠٣٣" agree).
    static func numberTokens(_ values: [Double]) -> [UInt64] {
        values.map { $0.bitPattern }
    }
}

extension AnchorExtraction {
    /// The number of sentences in a segment: one, plus one for every sentence end inside it
    /// (a full stop, question or exclamation mark followed by a space and more text, not after
    /// a single letter or a title like `Mr.`). Translators keep sentence structure more often
    /// than not, so a segment holding two sentences pairs better with two segments.
    static func sentenceCount(in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 1
        var index = 0
        while index < scalars.count {
            let v = scalars[index].value
            if v == 0x2E || v == 0x3F || v == 0x21 || v == 0x061F || v == 0x06D4 {
                var next = index + 1
                while next < scalars.count, [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29].contains(scalars[next].value) { next += 1 }
                if next < scalars.count, scalars[next].properties.isWhitespace {
                    var after = next
                    while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
                    if after < scalars.count && !isAbbreviation(scalars, endingAt: index, mark: v) { count += 1 }
                }
            }
            index += 1
        }
        return count
    }

    /// Whether the segment ends a sentence: it ends with a full stop, question or exclamation
    /// mark (closing quotes and brackets aside), as a sentence end inside a segment does
    /// (``sentenceCount(in:)``). A heading, or a line ending in a comma or semicolon, does not:
    /// joined to the next line it makes one sentence with it. The end of a line is not taken
    /// for an abbreviation ("achieved an A." ends a sentence).
    static func endsSentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = scalars.count - 1
        while index >= 0, scalars[index].properties.isWhitespace { index -= 1 }
        while index >= 0, [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29].contains(scalars[index].value) { index -= 1 }
        guard index >= 0 else { return false }
        let v = scalars[index].value
        return v == 0x2E || v == 0x3F || v == 0x21 || v == 0x061F || v == 0x06D4
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt index: Int, mark: UInt32) -> Bool {
        guard mark == 0x2E else { return false }
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
        if word.count == 1 { return true }
        return [
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "rep", "sen", "gov",
            "u.s", "u.k", "u.n", "no", "vs", "etc", "inc", "ltd", "co", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "د", "م",
        ].contains(word)
    }
}
