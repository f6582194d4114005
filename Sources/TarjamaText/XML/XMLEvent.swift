/// One step of a streaming XML read: what ``XMLPullParser/next()`` returns.
public enum XMLEvent: Sendable, Equatable {
    /// A start tag (an empty-element tag gives `start` then `end`).
    case start(name: String, attributes: [XMLAttribute])
    /// An end tag.
    case end(name: String)
    /// Character data inside the root (entity and character references resolved, line ends
    /// normalised to LF, CDATA sections included); consecutive pieces may arrive separately.
    case text(String)
}

/// One attribute of a start tag, name as written (`xml:lang`), value normalised as XML says.
public struct XMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == XMLAttribute {
    /// The value of the attribute called `name`, if present.
    public subscript(name: String) -> String? {
        first { $0.name == name }?.value
    }
}

/// Bounds that keep a hostile or broken file from exhausting memory.
public struct XMLLimits: Sendable {
    /// The longest run of character data or attribute value, in UTF-8 bytes.
    public var maxTextBytes = 1 << 26
    /// The deepest element nesting.
    public var maxDepth = 256
    /// The most attributes on one element.
    public var maxAttributes = 256
    /// The longest element or attribute name.
    public var maxNameBytes = 1024
    /// The size of the read buffer; memory use is a small multiple of it. Tiny values are for
    /// tests of tokens that straddle buffers.
    public var bufferBytes = 1 << 18 {
        didSet { bufferBytes = max(bufferBytes, 16) }
    }

    public init() {}
}
