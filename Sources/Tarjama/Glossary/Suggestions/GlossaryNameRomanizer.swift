public import TarjamaText
import Synchronization

/// The names romanisation with the glossary first: the glossary's people and places (and the
/// words of their names) are spelled as the glossary spells them, then the shipped
/// ``NameDictionary``, then the rules; and a spelling the glossary forbids (Bashar al-Asad) is
/// never given — it becomes the glossary's rendering (Bashar al-Assad).
///
/// Build it once per glossary and reuse it; it keeps the romanisations it made.
public final class GlossaryNameRomanizer: Sendable {
    /// The shipped dictionary with the glossary's names over it.
    public let dictionary: NameDictionary
    /// Forbidden spellings as lower-cased word sequences, longest first, with the rendering that replaces each.
    let replacements: [(words: [String], rendering: [String])]
    /// The spotter's questions about single words (given, foreign, everyday-homograph names from
    /// the dictionary with the glossary over it, and the spotter's titles, cues and stop words),
    /// answered with one probe per word.
    let wordClasses: NameWordClasses
    private let made = Mutex<[String: Romanized?]>([:])
    /// Names with a word the dictionary lacks, asked for without guessing.
    private let unspelled = Mutex<Set<String>>([])
    /// Whether a run of words is a whole dictionary entry, as asked before.
    private let wholeEntries = Mutex<[String: Bool]>([:])
    private static let wholeEntriesKept = 16_384

    /// A name's spelling, whether the dictionary or glossary gave every word, the other
    /// spellings the dictionary offers (Steven for Stephen), and whether some word's agency
    /// spelling is a coin toss (محمد: Mohammed or Muhammad).
    typealias Romanized = (spelling: String, isFromDictionary: Bool, alternatives: [String], isCoinToss: Bool)
    private static let madeKept = 4096

    /// The house style applied to every spelling before the glossary's forbidden forms are
    /// replaced (so the glossary still has the last word); nil keeps the dictionary's forms.
    public let style: NameStyle?

    /// A romaniser for `glossary` over `names` (the shipped dictionary by default).
    public init(glossary: Glossary, names: NameDictionary = .shipped, style: NameStyle? = nil) {
        self.style = style
        dictionary = names.overlaid(with: Self.overlay(glossary, names))
        replacements = Self.replacements(glossary)
        var words = NameSpotter.wordClasses
        for (key, entry) in dictionary.keyedEntries where !key.contains(" ") {
            switch entry.kind {
            case .given, .family, .foreign, .forename: break
            case .initial:
                // جيه, إتش: part of a name (جيه جونسون), never the end of one.
                words.append((key, [.known, .particle]))
                continue
            case .place: continue
            }
            var classes: NameWordClasses.Classes = .known
            if entry.isPersonEvidence { classes.insert(.evidence) }
            if entry.kind == .foreign || entry.kind == .forename, !entry.isOrdinaryWord { classes.insert(.foreign) }
            if entry.kind == .forename { classes.insert(.forename) }
            if entry.isOrdinaryWord { classes.insert(.ordinary) }
            if NameSpotter.particles.contains(key) { classes.insert(.particle) }
            words.append((key, classes))
        }
        wordClasses = NameWordClasses(words)
    }

    /// The names romanisation of `text` (any text: whole files pass through `tarjama translit`).
    public func romanize(_ text: String, options: NameRomanizationOptions = NameRomanizationOptions()) throws(TransliterationError)
        -> String
    {
        let latin = try ArabicTransliterator.shared.transliterate(text, scheme: .names, nameOptions: options, names: dictionary)
        return replacingForbidden(styled(latin))
    }

    /// The romanisation of a name, remembered (a name recurs through a transcript, and ICU's
    /// rule-based transliterator costs about as much per name as matching a long paragraph), with
    /// whether the dictionary or glossary spelled every word. Bounded: emptied when full. Without
    /// `guessing`, a name with a word the dictionary lacks comes back with `isFromDictionary`
    /// false and no usable spelling, at the cost of dictionary lookups only; that answer is kept
    /// too, since the same unknown run recurs through a document as often as a known name does.
    func spelling(ofName text: String, guessing: Bool = true) -> Romanized? {
        if let known = made.withLock({ $0[text] }) { return known }
        if !guessing {
            if unspelled.withLock({ $0.contains(text) }) { return ("", false, [], false) }
            guard let name = try? ArabicTransliterator.shared.suggestSpelling(ofName: text, names: dictionary, guessing: false) else {
                return nil
            }
            guard name.isFromDictionary else {
                unspelled.withLock { kept in
                    if kept.count >= Self.madeKept { kept.removeAll(keepingCapacity: true) }
                    kept.insert(text)
                }
                return ("", false, [], false)
            }
        }
        let made: Romanized?
        if let name = try? ArabicTransliterator.shared.suggestSpelling(ofName: text, names: dictionary) {
            let spelling = replacingForbidden(styled(name.suggestion))
            var alternatives: [String] = []
            for alternative in name.alternatives.map({ replacingForbidden(styled($0)) })
            where alternative != spelling && !alternatives.contains(alternative) {
                alternatives.append(alternative)
            }
            made = (spelling, name.isFromDictionary, alternatives, name.isCoinToss)
        } else {
            made = nil
        }
        self.made.withLock { cache in
            if cache.count >= Self.madeKept { cache.removeAll(keepingCapacity: true) }
            cache[text] = made
        }
        return made
    }

    /// Whether `text` is an entry of the dictionary as a whole (a name it spells in four words),
    /// remembered: the spotter asks it of every three-word run with a word after it, and
    /// keying the words costs a normalisation each, more than the rest of the spotting.
    func isWholeEntry(_ text: String) -> Bool {
        if let known = wholeEntries.withLock({ $0[text] }) { return known }
        let found = dictionary.entry(for: text) != nil
        wholeEntries.withLock { kept in
            if kept.count >= Self.wholeEntriesKept { kept.removeAll(keepingCapacity: true) }
            kept[text] = found
        }
        return found
    }

    /// `latin` in the house style, line by line.
    private func styled(_ latin: String) -> String {
        guard let style else { return latin }
        return latin.split(separator: "\n", omittingEmptySubsequences: false).map { style.apply(to: String($0)) }.joined(separator: "\n")
    }

    /// `latin` with every forbidden spelling (as whole words, any case) replaced by the rendering.
    func replacingForbidden(_ latin: String) -> String {
        guard !replacements.isEmpty else { return latin }
        let tokens = Self.tokens(latin)
        var output = ""
        var index = 0
        scan: while index < tokens.count {
            let token = tokens[index]
            if token.isWord {
                for replacement in replacements {
                    if let end = Self.match(replacement.words, in: tokens, at: index) {
                        output += replacement.rendering.joined(separator: " ")
                        index = end
                        continue scan
                    }
                }
            }
            output += token.text
            index += 1
        }
        return output
    }

    /// The token after a match of `words` starting at `start` (words one space apart), or nil.
    private static func match(_ words: [String], in tokens: [(text: String, isWord: Bool)], at start: Int) -> Int? {
        var index = start
        for (offset, word) in words.enumerated() {
            if offset > 0 {
                guard index + 1 < tokens.count, tokens[index].text == " " else { return nil }
                index += 1
            }
            guard index < tokens.count, tokens[index].isWord, tokens[index].text.lowercased() == word else { return nil }
            index += 1
        }
        return index
    }

    /// Words (letters, apostrophes, inner hyphens and dots) and the text between them.
    static func tokens(_ text: String) -> [(text: String, isWord: Bool)] {
        var tokens: [(text: String, isWord: Bool)] = []
        for character in text {
            let isWordCharacter = character.isLetter || character == "'" || character == "-" || character == "."
            if let last = tokens.last, last.isWord == isWordCharacter {
                tokens[tokens.count - 1].text.append(character)
            } else {
                tokens.append((String(character), isWordCharacter))
            }
        }
        return tokens
    }

    private static func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    /// The glossary's people and places, whole and word by word where source and rendering have
    /// as many words and every entry using a word agrees on its spelling (for words the shipped
    /// dictionary does not know as given names: surnames such as الأسد → al-Assad).
    static func overlay(_ glossary: Glossary, _ names: NameDictionary) -> NameDictionary {
        var overlay = NameDictionary()
        var wordSpellings: [String: String?] = [:]
        var wordSources: [String: String] = [:]
        for entry in glossary.entries where entry.type == .person || entry.type == .place {
            let kind: NameDictionary.Kind = entry.type == .person ? .given : .place
            for spelling in entry.sourceSpellings {
                // A variant that is the person's last name alone (ترامب for دونالد ترامب) is
                // written as the short form, as `suggest` writes it: Trump, not Donald Trump.
                let target = GlossarySuggester.shortForm(of: entry, matching: spelling) ?? entry.target
                overlay.set(spelling, NameDictionary.Entry(spelling: target, kind: kind))
            }
            let sourceWords = words(entry.source), targetWords = words(entry.target)
            guard sourceWords.count > 1, sourceWords.count == targetWords.count else { continue }
            for (word, spelling) in zip(sourceWords, targetWords) {
                guard let key = NameDictionary.key(word) else { continue }
                if let seen = wordSpellings[key] {
                    if seen != spelling { wordSpellings[key] = .some(nil) }
                } else {
                    wordSpellings[key] = spelling
                    wordSources[key] = word
                }
            }
        }
        for (key, spelling) in wordSpellings {
            guard let spelling, let word = wordSources[key], overlay.entry(forKey: key) == nil else { continue }
            // A word's own standing (given name, ordinary word) comes from the shipped dictionary.
            // A given name read off one person's entry (جيمس in "Jim Mattis", محمد in "Abu
            // Mohammad al-Jolani") is that person's choice, not the desk's spelling of the name.
            let shipped = names.entry(forKey: key)
            if let shipped, [.given, .forename, .foreign].contains(shipped.kind) { continue }
            overlay.set(
                word,
                NameDictionary.Entry(
                    spelling: spelling, kind: shipped?.kind ?? .family,
                    isOrdinaryWord: shipped?.isOrdinaryWord ?? false))
        }
        return overlay
    }

    /// Every forbidden spelling with its rendering, and, where a forbidden spelling and the
    /// rendering have as many words, each differing word with its replacement (al-Asad →
    /// al-Assad), so the forbidden form cannot come back inside a longer name either.
    static func replacements(_ glossary: Glossary) -> [(words: [String], rendering: [String])] {
        var phrases: [(words: [String], rendering: [String])] = []
        var wordReplacements: [String: String?] = [:]
        let accepted = Set(glossary.entries.flatMap { $0.acceptedRenderings.flatMap(words).map { $0.lowercased() } })
        for entry in glossary.entries {
            let rendering = words(entry.target)
            for forbidden in entry.forbidden {
                let forbiddenWords = words(forbidden)
                guard !forbiddenWords.isEmpty else { continue }
                phrases.append((forbiddenWords.map { $0.lowercased() }, rendering))
                guard forbiddenWords.count == rendering.count else { continue }
                for (bad, good) in zip(forbiddenWords, rendering) where bad.lowercased() != good.lowercased() {
                    // A word some entry accepts (a forbidden "Mohammed Smith" for one person) is not
                    // forbidden everywhere.
                    let key = bad.lowercased()
                    guard !accepted.contains(key) else { continue }
                    if let seen = wordReplacements[key], seen != good {
                        wordReplacements[key] = .some(nil)
                    } else {
                        wordReplacements[key] = good
                    }
                }
            }
        }
        for (word, good) in wordReplacements.sorted(by: { $0.key < $1.key }) {
            if let good { phrases.append(([word], [good])) }
        }
        return phrases.sorted { $0.words.count > $1.words.count }
    }
}
