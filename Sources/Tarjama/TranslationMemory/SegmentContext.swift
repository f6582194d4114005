/// The source segments around a looked-up segment; when they match a unit's own neighbours,
/// an identical segment is a 101% context match.
public struct SegmentContext: Sendable, Equatable {
    /// The segment before, nil at the start of the document.
    public var previous: String?
    /// The segment after, nil at the end of the document.
    public var next: String?

    /// Makes a context.
    public init(previous: String?, next: String?) {
        self.previous = previous
        self.next = next
    }

    func matches(previous other: String?, next otherNext: String?) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool {
            a?.trimmingWhitespace() == b?.trimmingWhitespace()
        }
        return same(previous, other) && same(next, otherNext)
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
