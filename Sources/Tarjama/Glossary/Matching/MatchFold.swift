import TarjamaText

/// Glossary matching keys: the text through ``ArabicNormalizer/matching`` (NFC, diacritics,
/// tatweel, alef variants, alef maqsura, ta marbuta, hamza seats, Persian letters, digits, bidi
/// controls, presentation forms, case), cut into words by ``WordScanner``. Glossary terms and
/// running text go through the same two steps, so حماة and حماه, إدلب and ادلب meet.
public enum MatchFold {
    static let normalizer = ArabicNormalizer.matching
    static let scanner = WordScanner.shared

    /// The matching key of `text`: its folded words joined by single spaces.
    public static func key(_ text: String) -> String {
        words(text).map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
    }

    /// The folded words of `text`, each as UTF-16 units; empty when the text cannot be keyed.
    static func words(_ text: String) -> [[UInt16]] {
        guard let key = try? normalizer.normalize(text) else { return [] }
        var words: [[UInt16]] = []
        var current: [UInt16] = []
        for unit in key.units {
            if scanner.isWordUnit(unit) {
                current.append(unit)
            } else if !current.isEmpty {
                words.append(current)
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
