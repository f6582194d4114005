/// One language's text in a translation unit (a TMX `<tuv>`).
public struct TranslationVariant: Sendable, Hashable, Codable {
    /// BCP 47 code as written, e.g. `ar`, `ar-SY`, `en-GB`.
    public var language: String
    /// The text, each inline code as its placeholder (`{1}`, `{/1}`, `{1/}`); plain text when
    /// ``codes`` is empty.
    public var text: String
    /// The inline codes whose placeholders ``text`` holds, in order; empty for plain text.
    public var codes: [InlineCode]
    /// The `<tuv>`'s own notes, props and attributes; nil when it had none.
    public var metadata: VariantMetadata?

    public init(language: String, text: String, codes: [InlineCode] = [], metadata: VariantMetadata? = nil) {
        self.language = language
        self.text = text
        self.codes = codes
        self.metadata = metadata
    }

    /// The text as runs and codes.
    public var parts: [InlinePart] { InlinePart.parts(of: text, codes: codes) }

    /// The text without its codes' placeholders, for matching and word checks.
    public var plainText: String { InlinePlaceholders.plainText(text, codes: codes) }
}

/// A `<prop type="...">value</prop>` of a unit.
public struct TranslationProperty: Sendable, Hashable, Codable {
    public var type: String
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}
