/// Word translations learned from the collection being aligned (hunalign's "realign" idea): a
/// first pass aligns every document on length, numbers, names and glossary terms; the words of
/// its confident one-to-one pairs are counted together; each Arabic word is linked to the
/// English word it keeps company with most (Dice coefficient, competitive linking: every word in
/// at most one link); a second pass then uses the links as anchors, as it uses glossary terms.
///
/// UN prose and news leads have few numbers or names per sentence, and there the length model
/// alone cannot tell where a sentence was dropped; shared vocabulary can ("نوفمبر" ↔
/// "november", "فقر" ↔ "poverty", "الجمعية" ↔ "assembly").
public struct TranslationLexicon: Sendable, Hashable {
    /// One learned word translation.
    public struct Link: Sendable, Hashable {
        /// The Arabic stem as a matching key (folded, proclitics and article removed).
        public var source: String
        /// The English word, lower case.
        public var target: String
        /// Dice coefficient of the two words over the pairs learned from, in (0, 1].
        public var dice: Double
        /// In how many of those pairs both occur.
        public var count: Int

        public init(source: String, target: String, dice: Double, count: Int) {
            self.source = source
            self.target = target
            self.dice = dice
            self.count = count
        }
    }

    /// What learning requires of a link and of the pairs it learns from.
    public struct Settings: Sendable, Hashable {
        /// Only pairs the first pass scored at least this high, and only one-to-one beads.
        public var minimumPairScore = 0.9
        /// Below this many such pairs nothing is learned (a single short document).
        public var minimumPairs = 100
        /// At most this many pairs are counted (spread over the collection), to bound memory.
        public var maximumPairs = 20_000
        /// The fewest pairs in which both words of a link occur.
        public var minimumCount = 3
        /// The lowest Dice coefficient of a link.
        public var minimumDice = 0.3
        /// Words in more than this share of the pairs are function words: never linked.
        public var maximumShare = 0.15
        /// The shortest word (in letters) that is counted.
        public var minimumWordLength = 3

        public init() {}
    }

    /// The links, strongest first.
    public let links: [Link]

    public init(links: [Link]) {
        self.links = links
    }

    /// The links as a glossary of terms (Arabic stem → English word), so that the glossary
    /// matcher finds each stem in any spelling and with clitics, and ``TermAnchors`` finds the
    /// English word with a plural or possessive ending.
    public var glossary: Glossary {
        Glossary(entries: links.map { GlossaryEntry(source: $0.source, target: $0.target, type: .term) }, file: "(learned lexicon)")
    }
}
