import Foundation
import Synchronization

/// Transliterates Arabic with the schemes of ``TransliterationScheme``, compiling each scheme's
/// ICU rules once and keeping it.
///
/// ICU transliterators are not thread-safe, so each compiled scheme is used under a lock. One
/// lock would queue every service worker behind one transform, so the compiled schemes live in a
/// small pool of slots: a call takes the first slot that is free, and a slot compiles a scheme
/// only when contention first reaches it. ``shared`` serves the whole process.
public final class ArabicTransliterator: Sendable {
    struct Key: Hashable {
        var scheme: TransliterationScheme
        var reverse: Bool
        var options: NameRomanizationOptions
    }

    /// One set of compiled schemes and the lock that makes its use exclusive.
    final class Slot: Sendable {
        let compiled = Mutex<[Key: Transliterator]>([:])
    }

    private let slots: [Slot]
    private let nextBusySlot = Atomic<Int>(0)

    /// The transliterator the CLI, the service and the demo share.
    public static let shared = ArabicTransliterator()

    /// A transliterator whose pool has `concurrency` slots (at least one): as many callers as
    /// that transform at once; more wait. The default, nil, is the machine's active processor count.
    public init(concurrency: Int? = nil) {
        let count = concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        slots = (0..<max(1, min(count, 64))).map { _ in Slot() }
    }

    /// `text` in `scheme` (or back from it when `reverse`).
    ///
    /// The names scheme writes the names `names` knows as it spells them (the shipped
    /// ``NameDictionary``: agency spellings) and guesses only the rest.
    public func transliterate(
        _ text: String, scheme: TransliterationScheme, reverse: Bool = false,
        nameOptions: NameRomanizationOptions = NameRomanizationOptions(),
        names: NameDictionary = .shipped
    ) throws(TransliterationError) -> String {
        let units = Array(text.utf16)
        let result = try transliterate(units, scheme: scheme, reverse: reverse, nameOptions: nameOptions, names: names)
        return String(decoding: result, as: UTF16.self)
    }

    /// UTF-16 `units` in `scheme` (or back from it when `reverse`).
    public func transliterate(
        _ units: [UInt16], scheme: TransliterationScheme, reverse: Bool = false,
        nameOptions: NameRomanizationOptions = NameRomanizationOptions(),
        names: NameDictionary = .shipped
    ) throws(TransliterationError) -> [UInt16] {
        if reverse && !scheme.isReversible { throw .notReversible(scheme) }
        if let offset = Self.firstUnpairedSurrogate(in: units) { throw .unpairedSurrogate(offset: offset) }
        if scheme == .names {
            var report = NameRomanizationReport()
            return try romanizingNames(units, nameOptions: nameOptions, names: names, report: &report)
        }
        return try ruleTransliteration(units, scheme: scheme, reverse: reverse, nameOptions: nameOptions)
    }

    /// The names romanisation of `units`, dictionary first; `report` counts the words left to the
    /// rules and the dictionary spellings with alternatives.
    func romanizingNames(
        _ units: [UInt16], nameOptions: NameRomanizationOptions, names: NameDictionary,
        report: inout NameRomanizationReport
    ) throws(TransliterationError) -> [UInt16] {
        try romanizingNames(units, dictionary: names, report: &report) { (piece: [UInt16]) throws(TransliterationError) -> [UInt16] in
            try ruleTransliteration(piece, scheme: .names, reverse: false, nameOptions: nameOptions)
        }
    }

    /// `units` through the scheme's ICU rules alone.
    private func ruleTransliteration(
        _ units: [UInt16], scheme: TransliterationScheme, reverse: Bool,
        nameOptions: NameRomanizationOptions
    ) throws(TransliterationError) -> [UInt16] {
        let key = Key(scheme: scheme, reverse: reverse, options: scheme == .names ? nameOptions : NameRomanizationOptions())
        let result: Result<[UInt16], ICUError> = withFreeSlot { cache in
            do throws(ICUError) {
                let transliterator: Transliterator
                if let existing = cache[key] {
                    transliterator = existing
                } else {
                    transliterator = try Self.compile(key)
                    cache[key] = transliterator
                }
                if scheme == .names {
                    // The word-boundary contexts need a non-letter on both sides.
                    let padded = try transliterator.transform([0x20] + units + [0x20])
                    return .success(Array(padded.dropFirst().dropLast()))
                }
                return .success(try transliterator.transform(units))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case let .success(output):
            return scheme == .names ? Array(Self.capitalizingNames(String(decoding: output, as: UTF16.self)).utf16) : output
        case let .failure(error):
            throw .icu(error)
        }
    }

    /// A suggested English spelling for the name `text`, flagged as a suggestion, with how many
    /// of its words the dictionary did not know. With `guessing` false no rule runs (ICU's
    /// transliterator costs more than the rest of a name's work): words the dictionary lacks are
    /// left in Arabic and counted, for a caller that wants dictionary spellings only.
    public func suggestSpelling(
        ofName text: String,
        options: NameRomanizationOptions = NameRomanizationOptions(),
        names: NameDictionary = .shipped,
        guessing: Bool = true
    ) throws(TransliterationError) -> NameSpelling {
        let units = Array(text.utf16)
        if let offset = Self.firstUnpairedSurrogate(in: units) { throw .unpairedSurrogate(offset: offset) }
        var report = NameRomanizationReport()
        let latin =
            guessing
            ? try romanizingNames(units, nameOptions: options, names: names, report: &report)
            : try romanizingNames(units, dictionary: names, report: &report) { (piece: [UInt16]) throws(TransliterationError) -> [UInt16] in
                piece
            }
        // Each other spelling of one word at a time (Steven Thompson, Stephen Thomson), not every
        // combination: enough for a translator to see the name is ambiguous and check it.
        var alternatives: [String] = []
        for choice in report.choices {
            for alternative in choice.alternatives {
                let other = Array(latin[..<choice.range.lowerBound]) + Array(alternative.utf16) + Array(latin[choice.range.upperBound...])
                alternatives.append(String(decoding: other, as: UTF16.self))
            }
        }
        return NameSpelling(
            arabic: text, suggestion: String(decoding: latin, as: UTF16.self), guessedWords: report.guessedWords,
            alternatives: alternatives, tossedWords: report.tossedWords)
    }

    /// Runs `body` on the compiled schemes of the first free slot; when every slot is busy, waits
    /// for one, taken in turn so that waiting callers spread over the slots.
    private func withFreeSlot<R>(_ body: (inout [Key: Transliterator]) -> sending R) -> sending R {
        for slot in slots {
            if let result = slot.compiled.withLockIfAvailable(body) { return result }
        }
        let index = nextBusySlot.wrappingAdd(1, ordering: .relaxed).oldValue
        // `index` may be negative after the counter wraps; the remainder's magnitude is still in range.
        return slots[abs(index % slots.count)].compiled.withLock(body)
    }

    private static func compile(_ key: Key) throws(ICUError) -> Transliterator {
        switch key.scheme {
        case .icu:
            try Transliterator(systemID: key.reverse ? "Latin-Arabic" : "Arabic-Latin")
        case .buckwalter:
            try Transliterator(id: "Tarjama-Buckwalter", rules: BuckwalterRules.rules(safe: false), reverse: key.reverse)
        case .safeBuckwalter:
            try Transliterator(id: "Tarjama-SafeBuckwalter", rules: BuckwalterRules.rules(safe: true), reverse: key.reverse)
        case .names:
            try Transliterator(id: "Tarjama-Names", rules: NameRomanizationRules.rules(key.options))
        }
    }

    /// Capitalises each word, and after an article prefix the word itself: al-Raqqa, Bashar.
    static func capitalizingNames(_ text: String) -> String {
        var result = ""
        var atWordStart = true
        var wordSoFar = ""
        for character in text {
            if character.isLetter || character == "'" {
                if atWordStart {
                    result.append(contentsOf: character.uppercased())
                    atWordStart = false
                } else {
                    result.append(character)
                }
                wordSoFar.append(character)
            } else if character == "-", (2...3).contains(wordSoFar.count), wordSoFar.lowercased().hasPrefix("a") {
                // al-, ar-, ash-: the article stays lower case, the name after it is capitalised.
                result.removeLast(wordSoFar.count)
                result += wordSoFar.lowercased() + "-"
                wordSoFar = ""
                atWordStart = true
            } else {
                result.append(character)
                wordSoFar = ""
                atWordStart = true
            }
        }
        return result
    }

    static func firstUnpairedSurrogate(in units: [UInt16]) -> Int? {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit & 0xF800 == 0xD800 {
                guard unit < 0xDC00, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 else { return index }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }
}
