/// One attribute of a markup element as read, other than those a reader turns into fields:
/// a TMX `<tu>`'s or `<tuv>`'s (usagecount, o-tmf, …) and an inline code's (`x`, `type`, …),
/// kept in their order so a writer gives them back. Stored as JSON `{"name","value"}` in the
/// memory's exchange metadata and in the bilingual file's codes.
public struct MarkupAttribute: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
