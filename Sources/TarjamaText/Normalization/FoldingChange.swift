/// One change a normaliser made, for `tarjama normalize --explain` and for people asking why
/// two spellings matched.
public struct FoldingChange: Sendable, Hashable {
    /// The original UTF-16 range that changed.
    public let range: Range<Int>
    /// The original characters.
    public let original: String
    /// What the key has instead ("" when they were removed).
    public let replacement: String
    /// The steps that made the change, by name: "nfc" and the ``ArabicFolding/steps`` names.
    public let steps: [String]
}
