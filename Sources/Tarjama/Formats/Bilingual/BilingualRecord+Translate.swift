extension BilingualRecord {
    /// Whether the pair is meant to be translated. XLIFF's `translate="no"` (a product name, a
    /// code listing, a quoted original) clears it; the bilingual file keeps it as
    /// `"translate": false`, so a round trip through JSONL gives it back to the XLIFF writer.
    public var isTranslatable: Bool {
        get { extra["translate"] != .bool(false) }
        set { extra["translate"] = newValue ? nil : .bool(false) }
    }
}
