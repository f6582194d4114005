public import TarjamaText

/// The cross-file check "same source, different translations": pairs whose sources are equal
/// once normalised (the matching key: hamza, alef, ta marbuta and diacritics folded; white
/// space and final punctuation ignored) but whose targets differ (white space and quote style
/// ignored). The most common translation (the first on a tie) is the norm; each other one is
/// a finding on the pairs that use it.
///
/// Sources under ``minimumKeyLength`` characters (a paragraph number, "Distr.:") are left out:
/// they are labels, translated by context.
public struct TranslationConsistency: Sendable {
    public static let minimumKeyLength = 12

    struct Use {
        var target: String
        var ids: [String]
        var firstPair: Int
    }

    /// Per source key, the translations in the order first seen.
    private var uses: [String: [Use]] = [:]
    private var order: [String] = []

    public init() {}

    /// Records one pair's translation (pair = its 1-based position).
    public mutating func record(source: String, target: String, id: String, pair: Int) throws(NormalizationError) {
        let key = Self.key(try ArabicNormalizer.matching.key(for: source))
        guard key.count >= Self.minimumKeyLength else { return }
        let translation = Self.targetKey(target)
        if uses[key] == nil { order.append(key) }
        if let index = uses[key, default: []].firstIndex(where: { $0.target == translation }) {
            uses[key]?[index].ids.append(id)
        } else {
            uses[key, default: []].append(Use(target: translation, ids: [id], firstPair: pair))
        }
    }

    /// For each source translated more than one way, each minority translation: its pair ids
    /// and the pair position of the norm's first use.
    func inconsistencies() -> [(ids: [String], normPair: Int, normId: String)] {
        var found: [(ids: [String], normPair: Int, normId: String)] = []
        for key in order {
            guard let translations = uses[key], translations.count > 1,
                  let norm = translations.enumerated().max(by: { ($0.element.ids.count, -$0.offset) < ($1.element.ids.count, -$1.offset) })?.element
            else { continue }
            for use in translations where use.target != norm.target {
                found.append((use.ids, norm.firstPair, norm.ids[0]))
            }
        }
        return found
    }

    /// The key with runs of white space as one space and final punctuation dropped.
    static func key(_ text: String) -> String {
        var words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, last.isPunctuation { words.removeLast() }
        return words
    }

    /// The target with runs of white space as one space and curly quotes as straight ones.
    static func targetKey(_ text: String) -> String {
        String(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").map { character -> Character in
            switch character {
            case "\u{201C}", "\u{201D}": "\""
            case "\u{2018}", "\u{2019}": "'"
            default: character
            }
        })
    }
}
