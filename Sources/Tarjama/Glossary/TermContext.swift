import Foundation

/// Where a glossary entry is not what its letters say: the `context` column, a few rules a
/// translator writes and reads, separated by `;`.
///
/// - `not in: PHRASE`: the entry is not suggested where its match lies inside PHRASE, which
///   must contain the entry (قانون العقوبات 'penal code' for العقوبات 'sanctions'). The phrase
///   is matched like the entry: the same normalisation, clitics allowed on its first word.
/// - `needs cue`: the entry is suggested only after a word that announces it: for a place a
///   preposition of place or a settlement noun (في سلمية, مدينة سلمية, not التسوية سلمية); for
///   a person a title (الشيخ, الرئيس); for other entries a place cue or a title. Continuing a
///   list of entries of its type is a cue too (حماة وسلمية). A word that is usually something
///   else (سلمية 'peaceful', نصيب 'share') needs one.
/// - `reading: SPELLING`: the entry read with its vowels; a written mark in the text that the
///   spelling contradicts rules the match out (سِلْمية 'peaceful' against `reading: سَلَمِيَّة`),
///   and so does tanween the spelling does not write. Unmarked letters of SPELLING accept any mark.
/// - `adjective reading`: the entry's letters are also an adjective, which follows a definite
///   noun: right after a definite word (only a space between, no apposition noun such as
///   المدينة) it is not suggested (القيم المحافظة 'conservative values' for محافظة). Places
///   always get this reading check.
/// - `not with: WORD | WORD`: the entry is not suggested in a segment that also has one of
///   these words (clitics allowed): the words of the other sense's subject. الحصار 'siege' with
///   البحرية is a naval blockade; العقوبات 'sanctions' with قانون العقوبات in the sentence are
///   penalties (لتخفيف العقوبات 'to reduce sentences').
/// - `indefinite needs adjective`: the entry's indefinite form (the article dropped) is
///   suggested only before an indefinite adjective agreeing with it (معارضة مسلحة 'armed
///   opposition'); otherwise it is the verbal noun (معارضة للاستفتاء 'opposing the
///   referendum', معارضة واشنطن 'Washington's opposition').
/// - `also rendered: WORDS | WORDS`: English a translator rightly writes for the entry in another
///   word class or sense (تسوية 'settlement': "resolve", "resolution"; الجمعية العامة: "the
///   Assembly" on a second mention). `check` accepts them as the term's rendering; suggestions
///   never offer them, and `apply`, unlike with alternatives, leaves them as they stand.
///
/// An unknown rule is refused when the glossary is read, with its file and line.
public struct TermContext: Sendable, Hashable, CustomStringConvertible {
    /// One rule of the context column.
    public enum Rule: Sendable, Hashable {
        /// The entry is not suggested inside this phrase.
        case notIn(String)
        /// The entry is suggested only after a cue word (a place preposition, a title).
        case needsCue
        /// The entry's vocalised spelling; written marks that contradict it rule a match out.
        case reading(String)
        /// The letters are also an adjective: not suggested right after a definite word.
        case adjectiveReading
        /// English that QA accepts for the entry, which apply leaves alone.
        case alsoRendered([String])
        /// The entry is not suggested in a segment with one of these words.
        case notWith([String])
        /// The indefinite form is the entry only before an agreeing indefinite adjective.
        case indefiniteNeedsAdjective
    }

    /// Why a context cell was refused; the reader adds the file and line.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// The rules, in the order written.
    public var rules: [Rule]

    public init(rules: [Rule] = []) {
        self.rules = rules
    }

    /// Reads a context cell: rules separated by `;`, each `not in: PHRASE`, `needs cue`,
    /// `reading: SPELLING`, `adjective reading`, `also rendered: WORDS | WORDS`, `not with: WORD | WORD`
    /// or `indefinite needs adjective` (names in any case, spaces around them ignored).
    public init(parsing text: String) throws(ParseError) {
        var rules: [Rule] = []
        for part in text.split(separator: ";") {
            let rule = part.trimmingCharacters(in: .whitespaces)
            guard !rule.isEmpty else { continue }
            let name: Substring, value: String
            if let colon = rule.firstIndex(of: ":") {
                name = rule[..<colon]
                value = rule[rule.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            } else {
                name = rule[...]
                value = ""
            }
            switch name.trimmingCharacters(in: .whitespaces).lowercased() {
            case "not in":
                guard !MatchFold.words(value).isEmpty else {
                    throw ParseError(reason: "`not in:` needs the phrase the entry is not suggested in")
                }
                rules.append(.notIn(value))
            case "needs cue":
                guard value.isEmpty else { throw ParseError(reason: "`needs cue` takes no value") }
                rules.append(.needsCue)
            case "adjective reading":
                guard value.isEmpty else { throw ParseError(reason: "`adjective reading` takes no value") }
                rules.append(.adjectiveReading)
            case "also rendered":
                let renderings = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !renderings.isEmpty else {
                    throw ParseError(reason: "`also rendered:` needs the English words, separated by |")
                }
                rules.append(.alsoRendered(renderings))
            case "not with":
                let words = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !words.isEmpty, words.allSatisfy({ !MatchFold.words($0).isEmpty }) else {
                    throw ParseError(reason: "`not with:` needs the Arabic words, separated by |")
                }
                rules.append(.notWith(words))
            case "indefinite needs adjective":
                guard value.isEmpty else { throw ParseError(reason: "`indefinite needs adjective` takes no value") }
                rules.append(.indefiniteNeedsAdjective)
            case "reading":
                guard !MatchFold.words(value).isEmpty else {
                    throw ParseError(reason: "`reading:` needs the entry spelled with its vowels")
                }
                rules.append(.reading(value))
            default:
                throw ParseError(
                    reason:
                        "unknown rule \"\(rule.prefix(40))\"; rules are `not in: PHRASE`, `needs cue`, `reading: SPELLING`, `adjective reading`, `also rendered: WORDS | WORDS`, `not with: WORD | WORD`, `indefinite needs adjective`, separated by ;"
                )
            }
        }
        self.rules = rules
    }

    /// Whether the entry has no rule.
    public var isEmpty: Bool { rules.isEmpty }

    /// The phrases of the `not in` rules.
    public var excludedPhrases: [String] {
        rules.compactMap { if case let .notIn(phrase) = $0 { phrase } else { nil } }
    }

    /// The spellings of the `reading` rules.
    public var readings: [String] {
        rules.compactMap { if case let .reading(spelling) = $0 { spelling } else { nil } }
    }

    /// The English of the `also rendered` rules, in order.
    public var alsoRendered: [String] {
        rules.flatMap { rule -> [String] in if case let .alsoRendered(renderings) = rule { renderings } else { [] } }
    }

    /// The words of the `not with` rules, in order.
    public var absentWords: [String] {
        rules.flatMap { rule -> [String] in if case let .notWith(words) = rule { words } else { [] } }
    }

    /// Whether an `indefinite needs adjective` rule is present.
    public var indefiniteNeedsAdjective: Bool { rules.contains(.indefiniteNeedsAdjective) }

    /// Whether an `adjective reading` rule is present.
    public var hasAdjectiveReading: Bool { rules.contains(.adjectiveReading) }

    /// Whether a `needs cue` rule is present.
    public var needsCue: Bool { rules.contains(.needsCue) }

    /// The cell as files write it: the rules in order, `; ` between them.
    public var description: String {
        rules.map { rule in
            switch rule {
            case let .notIn(phrase): "not in: \(phrase)"
            case .needsCue: "needs cue"
            case let .reading(spelling): "reading: \(spelling)"
            case .adjectiveReading: "adjective reading"
            case let .alsoRendered(renderings): "also rendered: \(renderings.joined(separator: " | "))"
            case let .notWith(words): "not with: \(words.joined(separator: " | "))"
            case .indefiniteNeedsAdjective: "indefinite needs adjective"
            }
        }.joined(separator: "; ")
    }
}
