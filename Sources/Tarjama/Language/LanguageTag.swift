/// A BCP 47 language tag (`ar`, `ar-SY`, `en-GB`, `zh-Hant-TW`): the one place Tarjama reads,
/// compares and matches language codes, for TMX, XLIFF, TBX, the memory and the service.
///
/// Tags compare case-insensitively (`AR` is `ar`, `en-us` is `en-US`), as BCP 47 says; an
/// underscore, as some tools write (`en_US`), counts as a hyphen. A range such as `fr` selects
/// `fr`, `fr-CA` and `fr-FR` (RFC 4647 basic filtering); ``lookup(_:in:)`` picks the best.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// The tag as written.
    public let text: String
    /// The subtags, lower-cased, hyphen-separated.
    public let subtags: [Substring]

    /// The tag `text`, nil when it does not have the shape of one: a language of 2–8 letters
    /// (or `x`/`i` for private and grandfathered tags), then subtags of 1–8 letters or digits.
    public init?(_ text: String) {
        let folded = Self.folded(text)
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 1 ? (first == "x" || first == "i") : (2...8).contains(first.count),
            first.unicodeScalars.allSatisfy({ (0x61...0x7A).contains($0.value) }),
            parts.dropFirst().allSatisfy({ part in
                (1...8).contains(part.count)
                    && part.unicodeScalars.allSatisfy { (0x61...0x7A).contains($0.value) || (0x30...0x39).contains($0.value) }
            })
        else { return nil }
        self.text = text
        subtags = parts
    }

    /// The primary language subtag, lower-cased: `ar-SY` → `ar`.
    public var primary: String { String(subtags[0]) }

    /// The tag in BCP 47's conventional case: language lower, script title (`Hant`), region
    /// upper (`SY`, `419`), the rest lower. `AR` → `ar`, `en-us` → `en-US`.
    public var canonical: String {
        var result = String(subtags[0])
        var afterSingleton = false
        for subtag in subtags.dropFirst() {
            result += "-"
            if afterSingleton || subtag.count == 1 {
                afterSingleton = true
                result += subtag
            } else if subtag.count == 2 {
                result += subtag.uppercased()
            } else if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                result += subtag.prefix(1).uppercased() + subtag.dropFirst()
            } else {
                result += subtag
            }
        }
        return result
    }

    public var description: String { text }

    /// Same tag, ignoring case.
    public static func == (a: LanguageTag, b: LanguageTag) -> Bool { a.subtags == b.subtags }
    public func hash(into hasher: inout Hasher) { hasher.combine(subtags) }

    /// Whether this tag falls under `range` (RFC 4647 basic filtering): `fr-CA` under `fr`.
    public func isUnder(_ range: LanguageTag) -> Bool {
        subtags.count >= range.subtags.count && Array(subtags.prefix(range.subtags.count)) == range.subtags
    }

    // MARK: Strings

    /// Whether `a` and `b` name the same language, ignoring case; codes that are not tags
    /// (`*all*`) are compared as written, ignoring case.
    public static func equal(_ a: String, _ b: String) -> Bool {
        // Identical codes (the usual case) compare without folding.
        if a == b { return true }
        return folded(a) == folded(b)
    }

    /// The primary language of a code, lower-cased (`ar-SY` → `ar`); a code that is not a tag,
    /// lower-cased whole.
    public static func primary(_ code: String) -> String {
        let folded = folded(code)
        return String(folded.split(separator: "-", maxSplits: 1).first ?? Substring(folded))
    }

    /// `code` in conventional case when it is a tag (`AR` → `ar`), else as written.
    public static func canonical(_ code: String) -> String {
        LanguageTag(code)?.canonical ?? code
    }

    /// Whether `code` falls under `range` (`fr-CA` under `fr`, `AR` under `ar`).
    public static func matches(_ code: String, range: String) -> Bool {
        guard let tag = LanguageTag(code), let range = LanguageTag(range) else { return equal(code, range) }
        return tag.isUnder(range)
    }

    /// The index of the code in `codes` that best answers `wanted`: the same tag, else the first
    /// tag under it (`fr` finds `fr-CA`), else the first that `wanted` falls under (`fr-CA` finds
    /// `fr`), else the first with the same primary language. Nil when none shares it.
    public static func lookup(_ wanted: String, in codes: [String]) -> Int? {
        if let index = codes.firstIndex(where: { equal($0, wanted) }) { return index }
        if let index = codes.firstIndex(where: { matches($0, range: wanted) }) { return index }
        if let index = codes.firstIndex(where: { matches(wanted, range: $0) }) { return index }
        let primary = primary(wanted)
        return codes.firstIndex { Self.primary($0) == primary }
    }

    /// Lower-cased ASCII, `_` as `-`.
    private static func folded(_ code: String) -> String {
        var bytes = Array(code.utf8)
        for index in bytes.indices {
            if (0x41...0x5A).contains(bytes[index]) { bytes[index] |= 0x20 } else if bytes[index] == 0x5F { bytes[index] = 0x2D }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
