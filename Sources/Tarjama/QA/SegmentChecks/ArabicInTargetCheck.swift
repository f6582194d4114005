/// Arabic letters left in the English target: a word not translated, or a draft pasted over
/// only in part. Arabic punctuation and digits alone are not reported (the number check
/// compares digits); the first run of Arabic letters is quoted in the finding.
public struct ArabicInTargetCheck: PairCheck {
    public init() {}

    public func findings(source: String, target: String) -> [TermProblem] {
        let scalars = Array(target.unicodeScalars)
        guard let first = scalars.firstIndex(where: Self.isArabicLetter) else { return [] }
        // Quote the run of words around the first letter, at most a few words.
        var end = first
        while end < scalars.count,
            Self.isArabicLetter(scalars[end])
                || (scalars[end] == " " && end + 1 < scalars.count
                    && Self.isArabicLetter(scalars[end + 1])),
            end - first < 40
        {
            end += 1
        }
        var run = String.UnicodeScalarView()
        run.append(contentsOf: scalars[first..<end])
        return [.pairFinding(.arabicInTarget, found: String(run))]
    }

    /// Arabic letters, in the Arabic blocks and presentation forms (not digits or punctuation).
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            scalar.properties.isAlphabetic
        default:
            false
        }
    }
}
