/// One way to read a word as proclitics + a form to look up, e.g. للمسلحين as ل + المسلحين.
public struct CliticAnalysis: Sendable, Hashable {
    /// The clitics in front of ``form``, in writing order (the article included when the form
    /// drops it).
    public let removed: [Proclitic]
    /// Whether ``form`` begins with the article (kept, or restored from a contracted لل).
    public let keepsArticle: Bool
    /// Whether the word spelled ل + ال as لل (the article's alef is not written).
    public let contractedArticle: Bool
    /// The form to look up (a matching key): the stem, with its article when ``keepsArticle``.
    public let form: [UInt16]
    /// The units of the analysed buffer that ``form`` stands for. For a contracted article this
    /// starts at the article's ل: in للمسلحين, المسلحين stands for the last seven letters.
    public let range: Range<Int>

    /// The form as a string.
    public var formString: String { String(decoding: form, as: UTF16.self) }

    /// Whether this is the word itself, nothing removed.
    public var isWholeWord: Bool { removed.isEmpty && !contractedArticle }

    /// How the form was reached, e.g. "ل+ال", "و", "و+ال (article dropped)", or "" for the
    /// word itself.
    public var explanation: String {
        var parts = removed.filter { $0 != .article }.map(\.rawValue)
        if keepsArticle {
            if contractedArticle { parts.append(Proclitic.article.rawValue) }
            return parts.joined(separator: "+")
        }
        guard removed.contains(.article) else { return parts.joined(separator: "+") }
        parts.append(Proclitic.article.rawValue)
        return parts.joined(separator: "+") + " (article dropped)"
    }

    /// A sentence a suggestion can show: "matched المسلحين via ل+ال".
    public func explain(matching term: String) -> String {
        isWholeWord ? "matched \(term)" : "matched \(term) via \(explanation)"
    }
}
