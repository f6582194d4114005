public import Foundation

/// The rules of an SRX 2.0 file (the segmentation format OmegaT, Okapi and most CAT tools use):
/// named rule sets and the language map that chooses them.
public struct SRXRules: Sendable {
    /// One `<languagemap>`: languages whose code matches `pattern` use the rule set `ruleSetName`.
    public struct LanguageMap: Sendable, Equatable {
        /// A regular expression over language codes (`ar.*`, `EN.*`).
        public var pattern: String
        /// The `languagerulename` of the rule set it selects.
        public var ruleSetName: String
    }

    /// The rule sets by name (`<languagerule languagerulename=...>`), rules in file order.
    public var ruleSets: [String: [SRXRule]]
    /// The language maps in file order.
    public var languageMaps: [LanguageMap]
    /// With cascading, every matching map's rules apply in order; without, only the first map's.
    public var cascade: Bool
    /// Where the rules came from, for messages.
    public var source: String

    /// The rules that apply to `language` (a BCP 47 code such as `ar` or `en-GB`), in the order
    /// they are tried. Map patterns are matched case-insensitively against the whole code, with
    /// `-` and `_` both accepted, since files in the wild write `EN.*` and `en_one`.
    public func rules(for language: String) throws(SRXError) -> [SRXRule] {
        var result: [SRXRule] = []
        let candidates = [language, language.replacingOccurrences(of: "-", with: "_")]
        for map in languageMaps {
            let regex: ICURegex
            do {
                regex = try ICURegex(map.pattern, options: .caseInsensitive)
            } catch {
                throw .badPattern(file: source, line: 0, offset: Int(error.offset ?? 0), reason: "languagepattern: \(error.name)")
            }
            var matched = false
            for candidate in candidates {
                do {
                    try regex.setText(Array(candidate.utf16))
                    if try regex.matchesWholeRegion() { matched = true; break }
                } catch {
                    throw .badPattern(file: source, line: 0, offset: 0, reason: error.description)
                }
            }
            guard matched else { continue }
            guard let rules = ruleSets[map.ruleSetName] else { throw .unknownRuleSet(file: source, name: map.ruleSetName) }
            result += rules
            if !cascade { break }
        }
        return result
    }

    /// Reads an SRX 2.0 file.
    public static func load(contentsOf path: String) throws(SRXError) -> SRXRules {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(
                file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file")
        }
        return try SRXRules(xml: data, source: path)
    }

    /// Parses SRX 2.0 XML; `source` names it in messages.
    public init(xml: Data, source: String) throws(SRXError) {
        self = try SRXParser(source: source).parse([UInt8](xml))
    }

    init(ruleSets: [String: [SRXRule]], languageMaps: [LanguageMap], cascade: Bool, source: String) {
        self.ruleSets = ruleSets
        self.languageMaps = languageMaps
        self.cascade = cascade
        self.source = source
    }
}
