public import TarjamaText

/// Everything `tarjama suggest` offers for a segment, from one normalisation of the text:
/// glossary terms (``GlossaryMatcher``), numbers as English news writes them (تسع وعشرين → 29,
/// أربعة → four), dates (15 كانون الأول 2016 → 15 December 2016), and,
/// where the text shows a person the glossary does not know (a title, a reporting verb, a known
/// given name), the names romanisation as a low-confidence suggestion.
///
/// Build it once per glossary and reuse it.
public struct GlossarySuggester: Sendable {
    public let matcher: GlossaryMatcher
    /// The names romanisation with this glossary first (its spellings, never a forbidden one).
    public let names: GlossaryNameRomanizer
    /// Whether written-out numbers get a digits suggestion.
    public var suggestsNumbers = true
    /// Whether people the glossary does not know get a name suggestion (dictionary or romanised).
    public var suggestsNames = true
    /// Whether a person's name is suggested even where the rules must guess some of its
    /// spelling (match `guess`, confidence `guess`); off by default, since such spellings are
    /// almost never the agencies'. For building a glossary: they show which names to add.
    public var suggestsGuessedNames = false
    /// The number runs read so far, shared by the copies of this suggester.
    private let numberReadings = NumberRunReadings()

    /// A suggester for `glossary`, spelling names it does not know in `nameStyle` (nil: the
    /// name dictionary's forms).
    public init(glossary: Glossary, nameStyle: NameStyle? = nil) {
        matcher = GlossaryMatcher(glossary: glossary)
        names = GlossaryNameRomanizer(glossary: glossary, style: nameStyle)
    }

    public init(matcher: GlossaryMatcher) {
        self.matcher = matcher
        names = GlossaryNameRomanizer(glossary: matcher.glossary)
    }

    public var glossary: Glossary { matcher.glossary }

    /// The suggestions for `range` of `units` (a document's buffer), in text order.
    ///
    /// - Complexity: O(n · k) for n = `range.count` and k the longest glossary term in words.
    public func suggestions(in units: UnsafeBufferPointer<UInt16>, range: Range<Int>) throws(NormalizationError) -> [TermSuggestion] {
        var found: [TermSuggestion] = []
        try FoldedWords.with(units, range: range) { words throws(NormalizationError) in
            found = try suggestions(in: words, original: units, end: range.upperBound)
        }
        return found
    }

    private func suggestions(
        in words: FoldedWords, original units: UnsafeBufferPointer<UInt16>,
        end: Int
    ) throws(NormalizationError) -> [TermSuggestion] {
        let terms = matcher.matches(in: words, original: units)
        var suggestions = terms.map { termSuggestion($0, units) }
        var numbers: [Range<Int>] = []
        if suggestsNumbers {
            for run in NumberPrefilter.numberRuns(words, original: units) {
                let (runNumbers, dates) = try numberReadings.reading(of: run, in: units)
                // A run is read in its context, so a number or date of an earlier run may reach
                // into this one (بعد المائة after an ordinal): it is suggested once.
                for date in dates
                where !terms.contains(where: { $0.range.overlaps(date.range) }) && !numbers.contains(where: { $0.overlaps(date.range) }) {
                    let text = Self.string(units, date.range)
                    suggestions.append(
                        TermSuggestion(
                            range: date.range, text: text, source: text, rendering: date.englishRendering,
                            alternatives: date.englishAlternatives, forbidden: [], type: "date", match: "date", clitics: "",
                            origin: .number, entryIndex: nil, note: nil))
                    numbers.append(date.range)
                }
                for number in runNumbers {
                    if terms.contains(where: { $0.range.overlaps(number.range) }) { continue }
                    // A dual is "two", "both", "twice" or only a plural in English: no suggestion
                    // (and the readings leave them out).
                    if number.kind == .dual { continue }
                    // A date's day and year are part of its suggestion.
                    if dates.contains(where: { $0.range.overlaps(number.range) }) { continue }
                    // ASCII digits are written as they stand.
                    if units[number.range].allSatisfy({ $0 < 0x80 }) { continue }
                    guard let suggestion = Self.numberSuggestion(number, units, end: end),
                        !terms.contains(where: { $0.range.overlaps(suggestion.range) }),
                        !numbers.contains(where: { $0.overlaps(suggestion.range) })
                    else { continue }
                    suggestions.append(suggestion)
                    numbers.append(suggestion.range)
                }
            }
        }
        if suggestsNames {
            suggestions += NameSpotter.names(
                in: words, terms: terms, numbers: numbers, glossary: glossary,
                names: names, guesses: suggestsGuessedNames, original: units)
        }
        // Terms come in text order, so often nothing needs sorting; `sort` is the algorithm
        // `sorted` runs (stable), so equal starts keep the order they were added in.
        if !Self.isStrictlyIncreasing(suggestions) {
            suggestions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return suggestions
    }

    private static func isStrictlyIncreasing(_ suggestions: [TermSuggestion]) -> Bool {
        var previous = Int.min
        for suggestion in suggestions {
            guard suggestion.range.lowerBound > previous else { return false }
            previous = suggestion.range.lowerBound
        }
        return true
    }

    /// The suggestions for a string; ranges count its UTF-16 units.
    public func suggestions(in text: String) throws(NormalizationError) -> [TermSuggestion] {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { buffer throws(NormalizationError) in
            try suggestions(in: buffer, range: 0..<buffer.count)
        }
    }

    private func termSuggestion(_ match: TermMatch, _ units: UnsafeBufferPointer<UInt16>) -> TermSuggestion {
        let entry = glossary.entries[match.entryIndex]
        let text = Self.string(units, match.range)
        if let short = Self.shortForm(of: entry, matching: text) {
            // A person named by surname alone (ترامب for دونالد ترامب) is named so in English
            // too: "Trump", with the full name offered as an alternative.
            return TermSuggestion(
                range: match.range, text: text, source: entry.source, rendering: short,
                alternatives: [entry.target] + entry.alternatives, forbidden: entry.forbidden,
                type: entry.type.rawValue, match: match.kind.rawValue, clitics: match.clitics,
                origin: .glossary, entryIndex: match.entryIndex, note: "short form of \(entry.target)")
        }
        return TermSuggestion(
            range: match.range, text: text, source: entry.source,
            rendering: entry.target, alternatives: entry.alternatives, forbidden: entry.forbidden,
            type: entry.type.rawValue, match: match.kind.rawValue, clitics: match.clitics,
            origin: .glossary, entryIndex: match.entryIndex, note: nil)
    }

    /// The short form of a person entry when `text` is the last words of its source alone: as
    /// many last words of the rendering as the text has (الجولاني → al-Jolani), or nil.
    static func shortForm(of entry: GlossaryEntry, matching text: String) -> String? {
        guard entry.type == .person else { return nil }
        let sourceWords = entry.source.split(separator: " "), targetWords = entry.target.split(separator: " ")
        let textWords = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard sourceWords.count > 1, targetWords.count > 1, textWords.count < sourceWords.count,
            textWords.count < targetWords.count
        else { return nil }
        let tail = sourceWords.suffix(textWords.count).joined(separator: " ")
        let textKey = Glossary.key(of: textWords.joined(separator: " "))
        let tailKey = Glossary.key(of: tail)
        // The text may carry clitics in front (وترامب); the key must end with the tail's.
        guard textKey == tailKey || (textWords.count == 1 && textKey.hasSuffix(tailKey) && textKey.count <= tailKey.count + 2) else {
            return nil
        }
        return targetWords.suffix(textWords.count).joined(separator: " ")
    }

    static func string(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        String(utf16Units: UnsafeBufferPointer(rebasing: units[range]))
    }
}
