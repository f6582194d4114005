public import TarjamaText

/// The cross-file check "same source, different translations": pairs of one document
/// (``BilingualRecord/documentName``) whose sources are equal
/// once normalised (the matching key: hamza, alef, ta marbuta and diacritics folded; white
/// space and final punctuation ignored) but whose targets differ (ignoring white space, case,
/// quote style, articles, final punctuation and a leading list label such as "2." or "(b)", which UN
/// English renumbers). The most common translation (the first on a tie) is the norm; each other one is
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

    /// Records one pair's translation (pair = its 1-based position). Pairs of different
    /// documents (`document`, see ``BilingualRecord/documentName``) are never compared.
    public mutating func record(source: String, target: String, id: String, pair: Int, document: Substring = "")
        throws(NormalizationError)
    {
        let sourceKey = Self.key(try ArabicNormalizer.matching.key(for: source))
        guard sourceKey.count >= Self.minimumKeyLength else { return }
        let key = String(document) + "\u{0}" + sourceKey
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
                let norm = translations.enumerated().max(by: { ($0.element.ids.count, -$0.offset) < ($1.element.ids.count, -$1.offset) })?
                    .element
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

    /// The target lower-cased, with runs of white space as one space, curly quotes as straight
    /// ones, and no leading list label, article or final punctuation: "adopts the draft
    /// resolution" and "adopts draft resolution" are one translation, worded alike.
    static func targetKey(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace)
        if let first = words.first, words.count > 1, isListLabel(first) { words.removeFirst() }
        words.removeAll { ["the", "a", "an"].contains($0) }
        var key = String(
            words.joined(separator: " ").map { character -> Character in
                switch character {
                case "\u{201C}", "\u{201D}": "\""
                case "\u{2018}", "\u{2019}": "'"
                default: character
                }
            })
        while let last = key.last, last.isPunctuation || last.isSymbol { key.removeLast() }
        return key
    }

    /// "2.", "12)", "(b)", "b.", "iv.": a label numbering a paragraph or an item.
    static func isListLabel(_ word: Substring) -> Bool {
        var core = word
        if core.first == "(" { core = core.dropFirst() }
        guard let last = core.last, last == "." || last == ")" else { return false }
        core = core.dropLast()
        guard !core.isEmpty, core.count <= 4 else { return false }
        return core.allSatisfy(\.isNumber) || core.allSatisfy { "ivxl".contains($0) }
            || (core.count <= 2 && core.allSatisfy { ("a"..."z").contains($0) })
    }
}
