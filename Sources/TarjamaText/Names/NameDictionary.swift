import Foundation

/// Names with the spellings English-language news agencies print (سامر → Samer, حمص → Homs,
/// ترامب → Trump), looked up word by word before the names romanisation guesses any vowel.
///
/// Keys are matching keys (``ArabicNormalizer/matching``), so أسامة, اسامة and اسامه find one
/// entry. An entry may span words (عبد الرحمن, دي ميستورا); lookups try the longest first.
public struct NameDictionary: Sendable {
    /// What an entry names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A given name: evidence that a person is named.
        case given
        /// A non-Arab given name (Mike, Olga, Vladimir): evidence of a person, but alone before a
        /// word the dictionary lacks only half a name, the surname still to be found.
        case forename
        /// A surname or family-name element (al-Assad, bin).
        case family
        /// A non-Arab name written in Arabic, back to its own spelling.
        case foreign
        /// A place whose vowels the rules would guess wrong.
        case place
        /// A Latin initial spelled out in Arabic (جيه → J.).
        case initial
    }

    /// One name and its spelling.
    public struct Entry: Sendable, Hashable {
        /// The Latin spelling to print.
        public var spelling: String
        /// Other spellings agencies print for the same Arabic (ستيفن: Stephen, also Steven),
        /// offered beside the spelling so the translator sees the name is ambiguous.
        public var alternatives: [String]
        public var kind: Kind
        /// Whether the word is also an everyday Arabic word (حسن 'good', سعيد 'happy'), so that
        /// seeing it is no evidence of a person.
        public var isOrdinaryWord: Bool
        /// Whether the agencies' spelling of this Arabic is a coin toss: different people, and
        /// different agencies, print it differently (محمد Mohammed, Muhammad, Mohamed; حسين
        /// Hussein, Hossein), so the first spelling is as likely wrong as right for a given person.
        public var isCoinToss: Bool

        public init(
            spelling: String, kind: Kind, isOrdinaryWord: Bool = false, alternatives: [String] = [],
            isCoinToss: Bool = false
        ) {
            self.spelling = spelling
            self.alternatives = alternatives
            self.kind = kind
            self.isOrdinaryWord = isOrdinaryWord
            self.isCoinToss = isCoinToss
        }

        /// Whether the entry alone says a person is named here.
        public var isPersonEvidence: Bool { !isOrdinaryWord && (kind == .given || kind == .forename || kind == .foreign) }
    }

    private var entries: [String: Entry] = [:]
    /// The most words any entry spans.
    public private(set) var longestEntryWords = 1

    /// An empty dictionary.
    public init() {}

    /// The number of entries.
    public var count: Int { entries.count }

    /// The dictionary shipped with Tarjama (`Resources/names.tsv` of this module), empty only when
    /// the resource is missing from the installation.
    public static let shipped: NameDictionary = {
        guard let url = Bundle.module.url(forResource: "names", withExtension: "tsv"),
            let data = try? Data(contentsOf: url),
            let dictionary = try? NameDictionary(tsv: String(decoding: data, as: UTF8.self), file: "names.tsv")
        else {
            return NameDictionary()
        }
        return dictionary
    }()

    /// Reads the TSV format of `names.tsv`: `#` comment lines, a header `arabic english kind
    /// ordinary toss`, then one entry a line; `english` may list alternatives after the spelling,
    /// `|`-separated; `ordinary` and `toss` are `yes` or empty (and may be left off the line).
    /// The first entry for a key wins.
    public init(tsv: String, file: String) throws(NameDictionaryError) {
        var lineNumber = 0
        var sawHeader = false
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                guard fields.first == "arabic" else { throw .missingHeader(file: file, line: lineNumber) }
                sawHeader = true
                continue
            }
            guard fields.count >= 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .badLine(file: file, line: lineNumber, reason: "needs arabic, english and kind columns")
            }
            guard let kind = Kind(rawValue: fields[2]) else {
                throw .badLine(
                    file: file, line: lineNumber, reason: "kind must be one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let ordinary = fields.count > 3 && fields[3] == "yes"
            let toss = fields.count > 4 && fields[4] == "yes"
            // `Stephen|Steven`: the spelling, then its alternatives.
            let spellings = fields[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let spelling = spellings.first else {
                throw .badLine(file: file, line: lineNumber, reason: "needs arabic, english and kind columns")
            }
            let entry = Entry(
                spelling: spelling, kind: kind, isOrdinaryWord: ordinary, alternatives: Array(spellings.dropFirst()),
                isCoinToss: toss)
            guard add(fields[0], entry) else {
                throw .badLine(file: file, line: lineNumber, reason: "the Arabic has no letters")
            }
        }
    }

    /// The matching key of an Arabic name: the matching key of each word, one space between.
    public static func key(_ arabic: String) -> String? {
        let words = arabic.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard !words.isEmpty else { return nil }
        var keys: [String] = []
        for word in words {
            guard let key = try? ArabicNormalizer.matching.key(for: String(word)), !key.isEmpty else { return nil }
            keys.append(key)
        }
        return keys.joined(separator: " ")
    }

    /// Adds `entry` under `arabic` unless that key has one already; false when `arabic` makes no key.
    @discardableResult
    public mutating func add(_ arabic: String, _ entry: Entry) -> Bool {
        guard let key = Self.key(arabic) else { return false }
        if entries[key] == nil { entries[key] = entry }
        longestEntryWords = max(longestEntryWords, key.split(separator: " ").count)
        return true
    }

    /// Sets `entry` under `arabic`, replacing what was there (a glossary's house spelling).
    public mutating func set(_ arabic: String, _ entry: Entry) {
        guard let key = Self.key(arabic) else { return }
        entries[key] = entry
        longestEntryWords = max(longestEntryWords, key.split(separator: " ").count)
    }

    /// Every entry by its matching key.
    public var keyedEntries: [String: Entry] { entries }

    /// The entry for a matching key (words joined by one space).
    public func entry(forKey key: String) -> Entry? { entries[key] }

    /// The entry for an Arabic name in any spelling.
    public func entry(for arabic: String) -> Entry? { Self.key(arabic).flatMap { entries[$0] } }

    /// This dictionary with `overlay`'s entries taking precedence.
    public func overlaid(with overlay: NameDictionary) -> NameDictionary {
        var merged = self
        merged.entries.merge(overlay.entries) { _, new in new }
        merged.longestEntryWords = max(longestEntryWords, overlay.longestEntryWords)
        return merged
    }
}
