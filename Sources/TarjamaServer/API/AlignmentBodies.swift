/// `POST /v1/alignments`: an Arabic article and its published English version.
struct AlignmentRequest: Codable, Sendable {
    /// The document name used in the pair ids (`<name>:<n>`); letters, digits, `-`, `_`, `.`.
    var name: String?
    /// The Arabic text (plain text; hard-wrapped lines are re-flowed before sentence breaking).
    var source: String
    /// The English text.
    var target: String
    var sourceLang: String?
    var targetLang: String?
    /// Add the pairs with text on both sides to the translation memory (origin "aligned"; admin only).
    var addToMemory: Bool?
}
