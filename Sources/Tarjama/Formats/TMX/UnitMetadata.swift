import Foundation

/// A `<tu>`'s own attributes beyond its id, language and dates: who created and changed it
/// (`creationid`, `changeid`, what CAT tools show), and the rest as read (`usagecount`,
/// `lastusagedate`, `datatype`, `segtype`, `o-tmf`, a date not in TMX's form ...).
public struct UnitMetadata: Sendable, Hashable, Codable {
    public var creationId: String?
    public var changeId: String?
    /// Other attributes, as read, in order.
    public var attributes: [MarkupAttribute]

    public init(creationId: String? = nil, changeId: String? = nil, attributes: [MarkupAttribute] = []) {
        self.creationId = creationId
        self.changeId = changeId
        self.attributes = attributes
    }

    /// Whether there is nothing to keep.
    public var isEmpty: Bool { creationId == nil && changeId == nil && attributes.isEmpty }

    /// The value of attribute `name`, if read.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `usagecount`, when it is a number.
    public var usageCount: Int? { self[attribute: "usagecount"].flatMap { Int($0) } }
}

/// A `<tuv>`'s own notes, props and attributes (besides `xml:lang`).
public struct VariantMetadata: Sendable, Hashable, Codable {
    public var attributes: [MarkupAttribute]
    public var properties: [TranslationProperty]
    public var notes: [String]

    public init(attributes: [MarkupAttribute] = [], properties: [TranslationProperty] = [], notes: [String] = []) {
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
    }

    /// Whether there is nothing to keep.
    public var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty }

    /// The value of attribute `name`, if read.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// A date attribute (`creationdate`, `changedate`) in TMX's form, if read and valid.
    func date(_ name: String) -> Date? {
        self[attribute: name].flatMap { UTCDate.date(from: $0, .basic) }
    }
}
