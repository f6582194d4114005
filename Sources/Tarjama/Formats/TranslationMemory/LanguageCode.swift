/// BCP 47 language codes as translation memories use them (`ar`, `ar-SY`, `en-GB`).
public enum LanguageCode {
    /// Whether `a` and `b` are the same code, ignoring case (`en-us` = `en-US`).
    public static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (0x61...0x7A).contains(x | 0x20))
        }
    }

    /// The primary language subtag, lower-cased: `ar-SY` → `ar`.
    public static func primary(_ code: String) -> String {
        String(code.split(separator: "-", maxSplits: 1).first ?? Substring(code)).lowercased()
    }

    /// The code in BCP 47's conventional case: language lower, script title, region upper
    /// (`EN-us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`).
    public static func canonicalCase(_ code: String) -> String {
        code.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2 { return part.uppercased() }
            if part.count == 4 { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }
}

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
        self == .strip ? LanguageCode.primary(code) : code
    }

    /// The key two codes are compared by under this policy.
    public func key(_ code: String) -> String {
        self == .keep ? code.lowercased() : LanguageCode.primary(code)
    }

    /// Whether `code` matches the wanted `language` (e.g. a `--source-lang` filter).
    public func matches(_ code: String, _ language: String) -> Bool {
        key(code) == key(language)
    }
}
