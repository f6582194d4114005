/// What ``XMLPullParser/nextToken()`` read. The payload stays in the parser until the next
/// call (``XMLPullParser/tokenName``, ``XMLPullParser/takeTokenText()``,
/// ``XMLPullParser/attribute(_:)``), so readers that look at a tag and move on, as the TMX
/// reader does for every unit, build no event and no attribute array.
package enum XMLToken {
    /// A start tag (an empty-element tag gives `start` then `end`).
    case start
    /// An end tag.
    case end
    /// Character data inside the root.
    case text
}
