public import TarjamaText

/// Term QA over a bilingual file: for every pair, each glossary term in the source must have its
/// rendering (or an accepted alternative) in the target, no forbidden rendering may appear,
/// numbers must agree as values (digits, Arabic-Indic digits and number words alike) and dates
/// as dates (``TermChecker/numberProblems(_:line:)``); across the file, a term must be rendered
/// the same way everywhere.
///
/// Feed records in order with ``check(_:line:)``, then call ``finish()`` for the cross-file checks.
public final class TermChecker {
    public let suggester: GlossarySuggester
    /// For each document and entry, the rendering used and where: document → entry → rendering
    /// → segment ids. Consistency is a document's: a file that joins documents (UN reports of
    /// several countries) may rightly word a term apart in each.
    private var renderingsUsed: [Substring: [Int: [String: [String]]]] = [:]
    /// The documents in the order first seen.
    private var documents: [Substring] = []
    private var firstLine: [String: Int] = [:]
    /// Pairs read so far, and where each pair id first stood (position, source ids), so that
    /// problems name pairs unmistakably.
    private var pairCount = 0
    private var pairOf: [String: (pair: Int, sourceIds: [String])] = [:]

    public init(suggester: GlossarySuggester) {
        var suggester = suggester
        suggester.suggestsNames = false
        self.suggester = suggester
    }

    /// The problems of one record (line = its line in the file).
    ///
    /// - Complexity: O(n · k + t · r) for n source units, t target length and r renderings to look for.
    public func check(_ record: BilingualRecord, line: Int) throws(NormalizationError) -> [TermProblem] {
        pairCount += 1
        guard !record.source.isEmpty, !record.target.isEmpty else { return [] }
        firstLine[record.id] = firstLine[record.id] ?? line
        let sourceIds = record.sourceIds ?? []
        if pairOf[record.id] == nil { pairOf[record.id] = (pairCount, sourceIds) }
        let pair = pairCount
        var problems: [TermProblem] = []
        let suggestions = try suggester.suggestions(in: record.source)
        var checkedEntries = Set<Int>()
        // Made once per pair, when a rendering is first looked for in its other English forms.
        var targetKeys: [String]?
        func hasForm(_ rendering: String) -> Bool {
            if targetKeys == nil { targetKeys = RenderingFinder.wordKeys(record.target) }
            return RenderingFinder.containsForm(of: rendering, in: record.target, textKeys: targetKeys)
        }
        for suggestion in suggestions {
            guard let index = suggestion.entryIndex, checkedEntries.insert(index).inserted else { continue }
            let entry = suggester.glossary.entries[index]
            // The preferred rendering wins when present, even inside a longer alternative
            // ("the SANA news agency" uses SANA); otherwise the longest alternative found.
            // A person named by surname alone is checked against the short form the suggestion
            // offers ("Trump" for a bare ترامب), not the full name.
            let preferred = suggestion.rendering
            let others = ([entry.target] + entry.alternatives).filter { $0 != preferred }
            let used =
                RenderingFinder.contains(preferred, in: record.target)
                ? preferred
                : others.filter { RenderingFinder.contains($0, in: record.target) }.max { $0.count < $1.count }
                    ?? ([preferred] + others).first(where: hasForm)
            // Another word class or sense the glossary accepts: no problem, and no rendering
            // to weigh for consistency either.
            let alsoRendered =
                used == nil
                && (entry.context.alsoRendered.contains(where: hasForm)
                    || entry.type == .place && RenderingFinder.containsAdjective(ofPlace: preferred, in: record.target))
            // A generic term (not a name) whose rendering stands in part is paraphrased, as
            // references often do: "armed members of the opposition" for armed opposition,
            // "Mortar attacks" for mortar shells, "a second device" for an improvised explosive
            // device. A name is never rendered by part of another name that way.
            let paraphrased =
                used == nil && !alsoRendered && entry.type == .term
                && {
                    if targetKeys == nil { targetKeys = RenderingFinder.wordKeys(record.target) }
                    return Self.hasPartialRendering(of: [preferred] + others, inKeys: targetKeys ?? [])
                }()
            // Consistency compares full mentions; a short form is a different mention, not a
            // different rendering.
            // An acronym (UN, U.S., WHO) is a short form beside the full name, as a surname is
            // beside a person's full name: a different mention, not a different rendering. Forms
            // that differ only in case, hyphens or spaces (cease-fire, ceasefire) are one rendering.
            if let used, preferred == entry.target, !Self.isAcronym(used) {
                let form = ([preferred] + others).first { Self.spellingKey($0) == Self.spellingKey(used) } ?? used
                let document = record.documentName
                if renderingsUsed[document] == nil { documents.append(document) }
                renderingsUsed[document, default: [:]][index, default: [:]][form, default: []].append(record.id)
            }
            var forbiddenFound = false
            for forbidden in entry.forbidden {
                let hits = RenderingFinder.occurrences(of: forbidden, in: record.target)
                // A forbidden spelling inside an accepted one ("Hama" in "Hamah" is not) is fine.
                if let hit = hits.first,
                    !entry.acceptedRenderings.contains(where: { accepted in
                        RenderingFinder.occurrences(of: accepted, in: record.target).contains {
                            $0.overlaps(hit) && accepted.count > forbidden.count
                        }
                    })
                {
                    problems.append(
                        TermProblem(
                            kind: .forbiddenRendering, id: record.id, line: line, source: suggestion.text,
                            expected: entry.target, found: String(record.target[hit])))
                    forbiddenFound = true
                }
            }
            // A one-word name written in another Latin spelling of its Arabic ("Ladhiqiyah" for
            // اللاذقية, "Dar'a" for درعا, "Deash" for تنظيم داعش, whose entry is داعش) is
            // rendered: a spelling the glossary does not list, not a name left out. A forbidden
            // spelling is still reported above.
            let spelledOtherwise =
                used == nil && entry.type != .term && entry.type != .other
                && (AnchorExtraction.spellsName(suggestion.text, in: record.target)
                    || AnchorExtraction.spellsName(entry.source, in: record.target))
            // A forbidden spelling is the rendering, misspelled: one problem, not two. An
            // organisation inside a longer name (بعثة الأمم المتحدة …) is often rendered by that
            // name's acronym (MONUSCO, UNEP, FARDC), which stands for it.
            if used == nil, !alsoRendered, !paraphrased, !forbiddenFound, !spelledOtherwise,
                !(entry.type == .organisation && Self.isInsideLongerName(suggestion.range, in: record.source)
                    && Self.hasAcronym(of: preferred, in: record.target, absentFrom: record.source))
            {
                problems.append(
                    TermProblem(
                        kind: .missingRendering, id: record.id, line: line, source: suggestion.text,
                        expected: preferred))
            }
        }
        problems += try numberProblems(record, line: line)
        for index in problems.indices {
            problems[index].pair = pair
            problems[index].sourceIds = sourceIds
        }
        return problems
    }

    /// The cross-file problems: terms rendered more than one way within a document
    /// (``BilingualRecord/documentName``). The most used rendering (the preferred one on a tie)
    /// is taken as the norm; each other rendering is one problem.
    public func finish() -> [TermProblem] {
        var problems: [TermProblem] = []
        for document in documents {
            problems += inconsistencies(renderingsUsed[document] ?? [:])
        }
        return problems
    }

    /// The inconsistent renderings of one document's entries (entry → rendering → pair ids).
    private func inconsistencies(_ renderings: [Int: [String: [String]]]) -> [TermProblem] {
        var problems: [TermProblem] = []
        for (index, used) in renderings.sorted(by: { $0.key < $1.key }) where used.count > 1 {
            let entry = suggester.glossary.entries[index]
            guard
                let norm = used.max(by: {
                    ($0.value.count, $0.key == entry.target ? 1 : 0) < ($1.value.count, $1.key == entry.target ? 1 : 0)
                })?.key
            else { continue }
            for (rendering, ids) in used.sorted(by: { $0.key < $1.key }) where rendering != norm {
                var problem = TermProblem(
                    kind: .inconsistentRendering, id: ids[0], line: firstLine[ids[0]] ?? 0,
                    source: entry.source, expected: norm, found: rendering, ids: ids)
                let first = pairOf[ids[0]]
                problem.pair = first?.pair ?? 0
                problem.sourceIds = first?.sourceIds ?? []
                problem.pairLabels = ids.map { id in
                    TermProblem.pairLabel(pair: pairOf[id]?.pair ?? 0, id: id, sourceIds: pairOf[id]?.sourceIds ?? [])
                }
                problems.append(problem)
            }
        }
        return problems
    }

    /// Whether the term at `range` of the source is the last part of a longer name: a noun
    /// without the article stands right before it, which it completes (بعثة الأمم المتحدة,
    /// قوة الأمم المتحدة), or ل and a name follow it (القوات المسلحة لجمهورية الكونغو). Only
    /// then may an acronym in the target stand for it.
    static func isInsideLongerName(_ range: Range<Int>, in source: String) -> Bool {
        let units = Array(source.utf16)
        guard range.lowerBound >= 0, range.upperBound <= units.count else { return false }
        func isArabicLetter(_ unit: UInt16) -> Bool { (0x0621...0x064A).contains(unit) || (0x0671...0x06D3).contains(unit) }
        var end = range.lowerBound
        while end > 0, units[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, isArabicLetter(units[start - 1]) || (0x064B...0x0652).contains(units[start - 1]) { start -= 1 }
        if start < end, end < range.lowerBound {
            let word = String(decoding: units[start..<end], as: UTF16.self)
            if !word.hasPrefix("ال"), !word.hasPrefix("وال"), !word.hasPrefix("بال"), !word.hasPrefix("لل"), !Self.particles.contains(word)
            {
                return true
            }
        }
        var next = range.upperBound
        while next < units.count, units[next] == 0x20 { next += 1 }
        return next + 1 < units.count && units[next] == 0x0644 && isArabicLetter(units[next + 1])
    }

    /// Particles and prepositions: a word before a term that does not make it part of a longer name.
    private static let particles: Set<String> = [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "قد", "لا", "ما", "التي", "الذي",
        "بين", "حول", "لدى", "عند", "منذ", "وفي", "ومن", "أو", "او", "ثم", "كما", "بعد", "قبل", "دون",
    ]

    /// Words an acronym leaves out (Organisation *for the* Prohibition …).
    private static let minorWords: Set<String> = ["of", "the", "for", "and", "on", "in", "to"]

    /// Whether a content word of one of `renderings` (four letters or more, any English form)
    /// is among `keys`, a target's ``RenderingFinder/wordKeys(_:)``.
    static func hasPartialRendering(of renderings: [String], inKeys keys: [String]) -> Bool {
        let wanted = Set(
            renderings.flatMap { rendering in
                rendering.split { !$0.isLetter }.filter { $0.count >= 4 && !minorWords.contains($0.lowercased()) }
                    .map { RenderingFinder.formKey(of: $0.lowercased()) }
            })
        return keys.contains { wanted.contains($0) }
    }

    /// Whether the target has an acronym (three capitals or more, not a Roman numeral, not in
    /// the source's own Latin letters) holding the initials of `rendering`'s words in any order,
    /// since names abbreviated from French keep them too (MONUSCO and UNEP for United Nations,
    /// FARDC for armed forces; not AFISMA for Security Council).
    static func hasAcronym(of rendering: String, in target: String, absentFrom source: String) -> Bool {
        let initials = Set(
            rendering.split { !$0.isLetter }.filter { !minorWords.contains($0.lowercased()) }.compactMap { $0.first?.uppercased().first })
        guard !initials.isEmpty else { return false }
        return target.split { !$0.isLetter }.contains { word in
            word.count >= 3 && word.allSatisfy { $0.isASCII && $0.isUppercase }
                && RomanNumerals.value(of: String(word)) == nil && !source.contains(word)
                && initials.isSubset(of: Set(word))
        }
    }

    /// Whether a rendering is an acronym: capitals (and full stops), six letters at most.
    static func isAcronym(_ rendering: String) -> Bool {
        let letters = rendering.filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// A rendering with case, hyphens, spaces and full stops left out: cease-fire = ceasefire.
    static func spellingKey(_ rendering: String) -> String {
        String(rendering.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
