import TarjamaText

extension TranslationLexicon {
    /// Learns links from aligned sentence pairs (Arabic source, English target), or returns nil
    /// when there are fewer than ``Settings/minimumPairs`` of them.
    ///
    /// Words are counted once per pair: Arabic as matching keys with proclitics and the article
    /// removed (والرقة and الرقة both count as رقه), English in lower case. A link needs
    /// ``Settings/minimumCount`` shared pairs and a Dice coefficient of ``Settings/minimumDice``;
    /// links are then taken strongest first, skipping any whose words are already linked.
    ///
    /// - Complexity: O(p · a · e) for p pairs (at most ``Settings/maximumPairs``) with a and e
    ///   counted words per side, after words too rare or too common are dropped.
    public static func learn(from pairs: [(source: String, target: String)], settings: Settings = Settings()) -> TranslationLexicon? {
        guard pairs.count >= settings.minimumPairs else { return nil }
        let stride = max(1, (pairs.count + settings.maximumPairs - 1) / settings.maximumPairs)
        var arabicIds = WordInterner(), englishIds = WordInterner()
        var bags: [(source: [Int32], target: [Int32])] = []
        bags.reserveCapacity(pairs.count / stride + 1)
        for index in Swift.stride(from: 0, to: pairs.count, by: stride) {
            let source = Set(arabicStems(in: pairs[index].source, minimumLength: settings.minimumWordLength).map { arabicIds.id($0) })
            let target = Set(englishWords(in: pairs[index].target, minimumLength: settings.minimumWordLength).map { englishIds.id($0) })
            bags.append((source.sorted(), target.sorted()))
        }

        // Document frequencies, then only the words frequent enough to link and rare enough to mean something.
        var sourceFrequency = [Int32](repeating: 0, count: arabicIds.count)
        var targetFrequency = [Int32](repeating: 0, count: englishIds.count)
        for bag in bags {
            for word in bag.source { sourceFrequency[Int(word)] += 1 }
            for word in bag.target { targetFrequency[Int(word)] += 1 }
        }
        let ceiling = Int32(Double(bags.count) * settings.maximumShare)
        let floor = Int32(settings.minimumCount)
        func eligible(_ frequency: Int32) -> Bool { frequency >= floor && frequency <= ceiling }

        var together: [UInt64: Int32] = [:]
        for bag in bags {
            let targets = bag.target.filter { eligible(targetFrequency[Int($0)]) }
            guard !targets.isEmpty else { continue }
            for source in bag.source where eligible(sourceFrequency[Int(source)]) {
                let high = UInt64(UInt32(bitPattern: source)) << 32
                for target in targets { together[high | UInt64(UInt32(bitPattern: target)), default: 0] += 1 }
            }
        }

        var candidates: [Link] = []
        for (key, count) in together where count >= floor {
            let source = Int(key >> 32), target = Int(key & 0xFFFF_FFFF)
            let dice = 2 * Double(count) / Double(sourceFrequency[source] + targetFrequency[target])
            if dice >= settings.minimumDice {
                candidates.append(Link(source: arabicIds.words[source], target: englishIds.words[target], dice: dice, count: Int(count)))
            }
        }
        candidates.sort { ($0.dice, $0.count, $1.source, $1.target) > ($1.dice, $1.count, $0.source, $0.target) }
        var linkedSources = Set<String>(), linkedTargets = Set<String>()
        var links: [Link] = []
        for candidate in candidates where !linkedSources.contains(candidate.source) && !linkedTargets.contains(candidate.target) {
            linkedSources.insert(candidate.source)
            linkedTargets.insert(candidate.target)
            links.append(candidate)
        }
        return TranslationLexicon(links: links)
    }

    /// Learns links from the confident one-to-one pairs of aligned documents (score at least
    /// ``Settings/minimumPairScore``, pinned pairs left out), or returns nil when there are
    /// fewer than ``Settings/minimumPairs`` of them.
    public static func learn(
        from documents: [(source: AlignmentSide, target: AlignmentSide, alignment: Alignment)],
        settings: Settings = Settings()
    ) -> TranslationLexicon? {
        var confident: [(source: String, target: String)] = []
        for (source, target, alignment) in documents {
            for pair in alignment.pairs
            where pair.source.count == 1 && pair.target.count == 1 && !pair.isPinned
                && pair.score >= settings.minimumPairScore
            {
                confident.append((source.segments[pair.source.lowerBound].text, target.segments[pair.target.lowerBound].text))
            }
        }
        return learn(from: confident, settings: settings)
    }

    /// The Arabic words of `text` as matching keys with proclitics and the article removed.
    static func arabicStems(in text: String, minimumLength: Int) -> [String] {
        let analyzer = CliticAnalyzer(minimumStemLength: minimumLength)
        var stems: [String] = []
        for word in MatchFold.words(text) where word.allSatisfy({ (0x0621...0x064A).contains($0) }) {
            let readings = analyzer.analyses(of: word, in: 0..<word.count)
            // The reading that removes the most, article included: the stem both spellings share.
            guard let stem = readings.min(by: { $0.form.count < $1.form.count })?.form, stem.count >= minimumLength else { continue }
            stems.append(String(decoding: stem, as: UTF16.self))
        }
        return stems
    }

    /// The English words of `text` (runs of ASCII letters), lower case.
    static func englishWords(in text: String, minimumLength: Int) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: current.append(byte | 0x20)
            case 0x61...0x7A: current.append(byte)
            default:
                if current.count >= minimumLength { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if current.count >= minimumLength { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}

/// Words numbered in order of first appearance.
struct WordInterner {
    private(set) var words: [String] = []
    private var ids: [String: Int32] = [:]

    var count: Int { words.count }

    mutating func id(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }
}
