/// The regular forms a glossary term takes in running news text, made from its matching key
/// once, when the automaton is built, so that matching stays one table probe per word reading
/// (no stemming of the text at match time).
///
/// Only common nouns (type term) get forms, and only those whose key has more than
/// ``minimumLetters`` letters: a name keeps its spelling, and a short key needs its exact form.
/// The forms are regular Arabic morphology; broken plurals (الأسلحة for سلاح) stay the
/// glossary's `variants`.
/// - article: on an adjective phrase (every word with ال, or none) the article comes and goes on
///   every word together (المنطقة العازلة ↔ منطقة عازلة; غارة جوية ↔ الغارة الجوية), never a mix;
///   a construct phrase (وقف إطلاق النار) keeps its article as written;
/// - sound plural: ة → ات on the head noun (غارة جوية → غارات جوية: a plural of things takes a
///   singular feminine adjective); ين ↔ ون (المسلحين ↔ المسلحون), and a masculine singular phrase takes
///   ون / ين, its adjectives agreeing (a lone masculine word gets no plural or dual: محافظين is
///   'conservatives' as often as 'governors');
/// - dual: ة → تان / تين, a masculine word in a phrase + ان / ين, every adjective agreeing in case;
/// - split construct and attached pronouns: ``splitForms(of:)``, ``pronounForms(of:)``.
enum TermForms {
    /// How a generated form differs from the glossary's spelling.
    enum Kind: UInt8, Sendable {
        case asWritten = 0, plural, dual, indefinite, definite, split, pronoun
    }

    /// A key of this many letters or fewer gets no forms.
    static let minimumLetters = 3

    static let alef: UInt16 = 0x0627, lam: UInt16 = 0x0644, heh: UInt16 = 0x0647, hamza: UInt16 = 0x0621
    static let yeh: UInt16 = 0x064A, noon: UInt16 = 0x0646, waw: UInt16 = 0x0648, teh: UInt16 = 0x062A
    static let meem: UInt16 = 0x0645, kaf: UInt16 = 0x0643

    /// The forms of the term whose folded words are `words`, each with how it was made; the
    /// spelling itself is not among them.
    static func forms(of words: [[UInt16]]) -> [(words: [[UInt16]], kind: Kind)] {
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy(isLetter) }),
            words.reduce(0, { $0 + $1.count }) > minimumLetters
        else { return [] }
        let articled = words.map(hasArticle)
        let definite = articled.allSatisfy { $0 }
        let indefinite = !articled.contains(true)
        // An adjective phrase agrees word by word; in a construct phrase only the head inflects.
        let agrees = definite || indefinite
        let bases = definite ? words.map { Array($0.dropFirst(2)) } : words

        var numbers: [(words: [[UInt16]], kind: Kind)] = [(bases, .asWritten)]
        numbers += numberForms(of: bases, agrees: agrees)

        var results: [(words: [[UInt16]], kind: Kind)] = []
        // A dozen forms at most: a linear check beats hashing arrays of words.
        func add(_ form: [[UInt16]], _ kind: Kind) {
            if form != words, !results.contains(where: { $0.words == form }) { results.append((form, kind)) }
        }
        for (form, kind) in numbers {
            if definite {
                add(form.map { [alef, lam] + $0 }, kind)
                add(form, kind == .asWritten ? .indefinite : kind)
            } else if indefinite && words.count > 1 {
                add(form, kind)
                add(form.map { [alef, lam] + $0 }, kind == .asWritten ? .definite : kind)
            } else {
                add(form, kind)
            }
        }
        return results
    }

    private enum Shape { case feminine, masculinePlural, feminineOrBrokenPlural, masculine }

    private static func shape(of word: [UInt16]) -> Shape? {
        guard word.count >= 3, let last = word.last else { return nil }
        let tail = word.suffix(2)
        if last == heh { return .feminine }
        if word.count >= 5, tail == [yeh, noon] || tail == [waw, noon] { return .masculinePlural }
        if tail == [alef, teh] { return .feminineOrBrokenPlural }
        if last == alef { return nil }
        return .masculine
    }

    /// The plural and dual forms of a phrase of bases (articles removed).
    private static func numberForms(of bases: [[UInt16]], agrees: Bool) -> [(words: [[UInt16]], kind: Kind)] {
        guard let head = shape(of: bases[0]) else { return [] }
        var results: [(words: [[UInt16]], kind: Kind)] = []
        /// `bases` with the head made by `headForm` and, where the phrase agrees, each other word
        /// by `modifier` (nil keeps it); nil when the head has no such form.
        func phrase(_ headForm: [UInt16], _ modifier: ([UInt16], Shape?) -> [UInt16]?) -> [[UInt16]] {
            var words = bases
            words[0] = headForm
            guard agrees else { return words }
            for index in words.indices.dropFirst() {
                if let changed = modifier(bases[index], shape(of: bases[index])) { words[index] = changed }
            }
            return words
        }
        let stem = Array(bases[0].dropLast())
        let plainStem = Array(bases[0].dropLast(2))
        switch head {
        case .feminine:
            // Things in the plural take a singular feminine adjective: غارات جوية.
            results.append((phrase(stem + [alef, teh]) { _, _ in nil }, .plural))
            for ending in [[alef, noon], [yeh, noon]] {
                results.append((phrase(stem + [teh] + ending) { word, shape in dual(word, shape, ending) }, .dual))
            }
        case .masculinePlural:
            for ending in [[waw, noon], [yeh, noon]] where Array(bases[0].suffix(2)) != ending {
                results.append(
                    (
                        phrase(plainStem + ending) { word, shape in
                            shape == .masculinePlural ? Array(word.dropLast(2)) + ending : nil
                        }, .plural
                    ))
            }
        case .feminineOrBrokenPlural:
            break
        case .masculine:
            // A lone masculine word + ين is too often another word: محافظين 'conservatives',
            // معبرين 'expressing'. In a phrase the agreeing adjective confirms the reading.
            guard bases.count > 1 else { break }
            for ending in [[waw, noon], [yeh, noon]] {
                results.append(
                    (
                        phrase(bases[0] + ending) { word, shape in
                            shape == .masculine ? word + ending : nil
                        }, .plural
                    ))
            }
            for ending in [[alef, noon], [yeh, noon]] {
                results.append((phrase(bases[0] + ending) { word, shape in dual(word, shape, ending) }, .dual))
            }
        }
        return results
    }

    /// A modifier in the dual, `ending` (ان or ين) giving the case.
    private static func dual(_ word: [UInt16], _ shape: Shape?, _ ending: [UInt16]) -> [UInt16]? {
        switch shape {
        case .feminine: Array(word.dropLast()) + [teh] + ending
        case .masculine: word + ending
        default: nil
        }
    }

    /// Whether `word` carries the article and keeps a stem of three letters without it.
    static func hasArticle(_ word: [UInt16]) -> Bool {
        word.count >= 5 && word[0] == alef && word[1] == lam
    }

    static func isLetter(_ unit: UInt16) -> Bool { (0x0621...0x064A).contains(unit) }
}
