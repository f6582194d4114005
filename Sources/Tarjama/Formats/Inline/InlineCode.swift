/// One inline code of a segment: a piece of native markup (a bold tag, an image, a field) that
/// is not text to translate but must come back out where it was.
///
/// A segment's text carries each code as a numbered placeholder (``placeholder``): `{1}` opens
/// a pair, `{/1}` closes it, `{1/}` stands alone. The code keeps what the file had, so a
/// TMX or XLIFF written from it has the same markup (ARCHITECTURE.md, Inline codes).
public struct InlineCode: Sendable, Hashable, Codable {
    /// What the code does in the segment.
    public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
        /// Opens a pair (TMX `bpt`, `<hi>`'s start; XLIFF `bx`, `sc`, `<g>`/`<pc>`'s start).
        case opening
        /// Closes the pair of the same ``InlineCode/id`` (TMX `ept`; XLIFF `ex`, `ec`, the end of `<g>`/`<pc>`).
        case closing
        /// A code on its own (TMX `ph`, `it`, `ut`; XLIFF `x`, `ph`, `it`).
        case standalone
    }

    /// The placeholder number, 1-based, unique per pair or standalone code within the segment.
    public var id: Int
    public var role: Role
    /// The element as read (`bpt`, `ph`, `g`, `sc`, ...), so a writer of the same format can
    /// write it again; writers of other formats map it by ``role``.
    public var element: String
    /// The element's attributes as read, in order.
    public var attributes: [MarkupAttribute]
    /// The element's content as XML (escaped text, `<sub>` kept as elements): the native code,
    /// e.g. `&lt;B>`. Empty for codes that have none (`<x/>`, the end of `<g>`).
    public var content: String

    public init(id: Int, role: Role, element: String, attributes: [MarkupAttribute] = [], content: String = "") {
        self.id = id
        self.role = role
        self.element = element
        self.attributes = attributes
        self.content = content
    }

    /// The code's placeholder in segment text: `{n}`, `{/n}` or `{n/}`.
    public var placeholder: String {
        switch role {
        case .opening: "{\(id)}"
        case .closing: "{/\(id)}"
        case .standalone: "{\(id)/}"
        }
    }

    /// The value of attribute `name`, if the code has it.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
