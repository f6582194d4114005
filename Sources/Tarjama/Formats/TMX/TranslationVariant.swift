/// One language's text in a translation unit (a TMX `<tuv>`).
public struct TranslationVariant: Sendable, Hashable {
    /// BCP 47 code as written, e.g. `ar`, `ar-SY`, `en-GB`.
    public var language: String
    /// Plain text (inline codes of a read TMX dropped, their `<hi>` text kept).
    public var text: String

    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }
}

/// A `<prop type="...">value</prop>` of a unit.
public struct TranslationProperty: Sendable, Hashable {
    public var type: String
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}
