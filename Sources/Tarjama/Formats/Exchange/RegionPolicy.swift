/// What to do with region subtags (`ar` vs `ar-SY`) when TMX files are merged, filtered,
/// de-duplicated or converted.
public enum RegionPolicy: String, Sendable, CaseIterable {
    /// Codes stay as written; `ar` and `ar-SY` are different languages.
    case keep
    /// Regions are removed on output: `ar-SY` becomes `ar`, so the two merge.
    case strip
    /// Codes stay as written, but matching (filters, duplicates, a unit's source variant)
    /// compares primary languages: `ar` matches `ar-SY`.
    case matchPrimary = "match-primary"

    /// The code as written to output under this policy.
    public func output(_ code: String) -> String {
        self == .strip ? LanguageTag.primary(code) : code
    }

    /// The key two codes are compared by under this policy.
    public func key(_ code: String) -> String {
        self == .keep ? LanguageTag.canonical(code).lowercased() : LanguageTag.primary(code)
    }

    /// Whether `code` matches the wanted `language` (e.g. a `--source-lang` filter).
    public func matches(_ code: String, _ language: String) -> Bool {
        key(code) == key(language)
    }
}
