/// BCP 47 language codes as translation memories use them (`ar`, `ar-SY`, `en-GB`).
public enum LanguageCode {
    /// Whether `a` and `b` are the same code, ignoring case (`en-us` = `en-US`).
    public static func equal(_ a: String, _ b: String) -> Bool {
        // Identical codes (the usual case) compare without a walk over the bytes.
        if a == b { return true }
        return a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (0x61...0x7A).contains(x | 0x20))
        }
    }

    /// The primary language subtag, lower-cased: `ar-SY` → `ar`.
    public static func primary(_ code: String) -> String {
        String(code.split(separator: "-", maxSplits: 1).first ?? Substring(code)).lowercased()
    }
}
