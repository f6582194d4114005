import Foundation
@testable import Tarjama
import TarjamaText
import TestSupport
import Testing

/// The matcher's hot path (word hashes, filters, an interned trie, unit comparisons) checked
/// against a plain reading of its rules: strings, a dictionary of joined keys, `String ==`.
@Suite("Matcher against a plain reference")
struct MatcherReferenceTests {
    static let ntrexPath = "ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt"

    /// The rules of ``GlossaryMatcher`` written the slow, obvious way.
    struct ReferenceMatcher {
        let glossary: Glossary
        var terms: [String: (entry: Int, spelling: Int, form: TermForms.Kind)] = [:]
        var maxWords = 0
        /// The first words of every key: a word that starts a glossary spelling.
        var firstWords: Set<String> = []

        init(glossary: Glossary) {
            self.glossary = glossary
            // Main spellings first, then variants; the first to claim a key keeps it.
            for pass in 0..<2 {
                for (index, entry) in glossary.entries.enumerated() {
                    for (offset, spelling) in (pass == 0 ? [entry.source] : entry.variants).enumerated() {
                        let words = MatchFold.words(spelling)
                        guard !words.isEmpty else { continue }
                        maxWords = max(maxWords, words.count)
                        let key = words.map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
                        if terms[key] == nil { terms[key] = (index, pass == 0 ? 0 : offset + 1, .asWritten) }
                    }
                }
            }
            // Then the forms of common nouns, from the source and the variants.
            for (index, entry) in glossary.entries.enumerated() where entry.type == .term {
                for (offset, spelling) in ([entry.source] + entry.variants).enumerated() {
                    let words = MatchFold.words(spelling)
                    for form in TermForms.forms(of: words) + TermForms.splitForms(of: words).map({ ($0, TermForms.Kind.split) }) {
                        maxWords = max(maxWords, form.0.count)
                        let key = form.0.map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
                        if terms[key] == nil { terms[key] = (index, offset, form.1) }
                    }
                }
            }
            // Pronoun forms last, never on a word already known or on a name.
            let known = Set(terms.keys.flatMap { $0.split(separator: " ").map(String.init) })
            for (index, entry) in glossary.entries.enumerated() where entry.type == .term {
                for (offset, spelling) in ([entry.source] + entry.variants).enumerated() {
                    for form in TermForms.pronounForms(of: MatchFold.words(spelling)) {
                        let last = String(decoding: form[form.count - 1], as: UTF16.self)
                        guard !known.contains(last), NameDictionary.shipped.entry(forKey: last) == nil else { continue }
                        let key = form.map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
                        if terms[key] == nil { terms[key] = (index, offset, .pronoun) }
                    }
                }
            }
            firstWords = Set(terms.keys.map { String($0.split(separator: " ")[0]) })
        }

        func matches(in text: String) throws -> [TermMatch] {
            let original = Array(text.utf16)
            let key = try ArabicNormalizer.matching.normalize(text)
            let words = WordScanner.shared.words(in: key.units)
            func word(_ index: Int) -> String { String(decoding: key.units[words[index]], as: UTF16.self) }
            var results: [TermMatch] = []
            var index = 0
            while index < words.count {
                var candidates: [CliticCandidate] = []
                key.units.withUnsafeBufferPointer { CliticCandidate.candidates(of: $0, words[index], into: &candidates) }
                var best: (end: Int, entry: Int, spelling: Int, form: TermForms.Kind, candidate: CliticCandidate)?
                for candidate in candidates {
                    let first =
                        (candidate.addsAlef ? "ا" : candidate.addsArticle ? "ال" : "")
                        + String(
                            decoding: key.units[(words[index].lowerBound + candidate.offset)..<words[index].upperBound], as: UTF16.self)
                    for length in 1...max(1, maxWords) where index + length <= words.count {
                        let joined = ([first] + (index + 1..<index + length).map(word)).joined(separator: " ")
                        guard let term = terms[joined] else { continue }
                        if candidate.removesArticle && (glossary.entries[term.entry].type != .term || length > 1) { continue }
                        if term.form == .pronoun && (candidate.removesArticle || candidate.isContracted) { continue }
                        if best == nil || index + length - 1 > best!.end
                            || (index + length - 1 == best!.end && term.form == .asWritten && best!.form != .asWritten)
                        {
                            best = (index + length - 1, term.entry, term.spelling, term.form, candidate)
                        }
                    }
                }
                guard let found = best else {
                    index += 1
                    continue
                }
                let start = Int(key.originalStarts[words[index].lowerBound + found.candidate.offset])
                let end = Int(key.originalEnds[words[found.end].upperBound - 1])
                let surface = String(decoding: original[start..<end], as: UTF16.self)
                let entry = glossary.entries[found.entry]
                if entry.type != .term, let mark = surface.unicodeScalars.first(where: { (0x064B...0x064D).contains($0.value) }),
                    !entry.source.unicodeScalars.contains(mark)
                {
                    index += 1
                    continue
                }
                if ruledOut(found, index: index, words: words, key: key, original: original, surface: surface, previous: results.last) {
                    index += 1
                    continue
                }
                let forms: [TermForms.Kind: MatchKind] = [
                    .plural: .plural, .dual: .dual, .indefinite: .indefinite, .definite: .definite,
                    .split: .split, .pronoun: .pronoun,
                ]
                let kind: MatchKind =
                    forms[found.form]
                    ?? (found.spelling > 0
                        ? .variant
                        : found.candidate.isContracted
                            ? .contracted
                            : !found.candidate.isWholeWord
                                ? .clitic
                                : surface == entry.source ? .exact : .normalised)
                results.append(
                    TermMatch(
                        range: start..<end, entryIndex: found.entry, kind: kind,
                        clitics: found.candidate.clitics, spellingIndex: found.spelling))
                index = found.end + 1
            }
            return results
        }

        /// The readings the text rules out (GlossaryMatcher+Contradictions), with strings.
        func ruledOut(
            _ found: (end: Int, entry: Int, spelling: Int, form: TermForms.Kind, candidate: CliticCandidate), index: Int,
            words: [Range<Int>], key: NormalizedText, original: [UInt16], surface: String, previous: TermMatch?
        ) -> Bool {
            let entry = glossary.entries[found.entry]
            let candidate = found.candidate
            func word(_ index: Int) -> String { String(decoding: key.units[words[index]], as: UTF16.self) }
            let gap = index > 0 ? String(decoding: key.units[words[index - 1].upperBound..<words[index].lowerBound], as: UTF16.self) : ""
            let afterMatch = index > 0 && previous?.range.upperBound == Int(key.originalEnds[words[index - 1].upperBound - 1])
            // Clitic letters with a vowel they never take.
            var letters: [UInt16] = []
            if candidate.conjunction != 0 { letters.append(candidate.conjunction) }
            if candidate.preposition != 0 { letters.append(candidate.preposition) }
            for (offset, letter) in letters.enumerated() {
                let unit = words[index].lowerBound + offset
                for mark in original[(Int(key.originalStarts[unit]) + 1)..<Int(key.originalEnds[unit])]
                where (0x064B...0x0652).contains(mark) {
                    let allowed = mark == 0x064E ? letter != 0x0628 : mark == 0x0650 && (letter == 0x0628 || letter == 0x0644)
                    if !allowed { return true }
                }
            }
            // No pronoun ends in ة.
            let letter = surface.unicodeScalars.last { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640 }
            if found.form == .pronoun && letter == "ة" { return true }
            // A definite place right after a definite word, not in apposition or after a match.
            if entry.type == .place, found.end == index, index > 0, candidate.isWholeWord, word(index).count > 2,
                word(index).hasPrefix("ال"),
                gap.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" }),
                !afterMatch || previous.map({ glossary.entries[$0.entryIndex].type == .term }) == true
            {
                let before = word(index - 1)
                var rest = Substring(before)
                if before.count > 3, rest.hasPrefix("و") || rest.hasPrefix("ف") { rest = rest.dropFirst() }
                var definite = rest.count > 3 && rest.hasPrefix("لل")
                if !definite {
                    if rest.count > 3, ["بال", "كال", "لال"].contains(where: rest.hasPrefix) { rest = rest.dropFirst() }
                    definite = rest.count >= 4 && rest.hasPrefix("ال")
                }
                let apposition = [
                    "العاصمة", "المدينة", "البلدة", "القرية", "المحافظة", "المنطقة", "الإقليم", "الولاية",
                    "الناحية", "المخيم", "الإمارة",
                ].map(MatchFold.key)
                if definite && !apposition.contains(String(rest)) { return true }
            }
            // A short term behind clitics needs context.
            let stem = word(index).count - candidate.offset + (candidate.addsAlef ? 1 : 0) + (candidate.addsArticle ? 2 : 0)
            if !candidate.isWholeWord, found.end == index, stem <= 3, !candidate.removesArticle, !candidate.isContracted {
                if candidate.preposition != 0 { return candidate.preposition == 0x0643 }
                if found.end + 1 < words.count, firstWords.contains(word(found.end + 1)) { return false }
                return !(afterMatch || gap.contains("،") || gap.contains(",") || gap.contains("؛"))
            }
            return false
        }
    }

    /// A glossary of the lines' own word 1- to 3-grams (every 7th; some skipped ones become
    /// variants of the next entry), places and terms, so that every kind of match occurs.
    static func ngramGlossary(of lines: [String]) -> Glossary {
        var entries: [GlossaryEntry] = []
        var seen = Set<String>()
        var counter = 0
        var variant: String?
        for line in lines {
            let units = Array(line.utf16)
            let words = WordScanner.shared.words(in: units)
            for start in words.indices {
                for length in 1...3 where start + length <= words.count {
                    counter += 1
                    let source = String(decoding: units[words[start].lowerBound..<words[start + length - 1].upperBound], as: UTF16.self)
                    if counter % 11 == 3 { variant = source }
                    guard counter % 7 == 0, seen.insert(Glossary.key(of: source)).inserted else { continue }
                    let type: TermType = counter % 3 == 0 ? .place : .term
                    entries.append(
                        GlossaryEntry(
                            source: source, target: "T\(entries.count)", type: type,
                            variants: variant.map { [$0] } ?? []))
                    variant = nil
                }
            }
        }
        return Glossary(entries: entries)
    }

    static func compare(_ lines: [String], glossary: Glossary) throws -> Int {
        let matcher = GlossaryMatcher(glossary: glossary)
        let reference = ReferenceMatcher(glossary: glossary)
        var compared = 0
        for line in lines {
            let ours = try matcher.matches(in: line)
            let theirs = try reference.matches(in: line)
            #expect(ours == theirs, "\(line)")
            compared += ours.count
        }
        return compared
    }

    @Test(
        "the shipped glossary and an n-gram glossary match the transcript exactly as the reference does",
        .enabled(if: SharedData.has(SharedData.transcriptPath), Comment(rawValue: SharedData.missingReason(SharedData.transcriptPath))))
    func transcript() throws {
        let text = try String(contentsOf: SharedData.url(SharedData.transcriptPath)!, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init) + [DemoSample.arabic]
        let shipped = try Glossary.load(paths: [SharedData.repositoryRoot.appendingPathComponent("Glossaries").path])
        #expect(try Self.compare(lines, glossary: shipped) > 50)
        #expect(try Self.compare(lines, glossary: Self.ngramGlossary(of: lines)) > 200)
    }

    @Test(
        "an n-gram glossary matches NTREX news exactly as the reference does",
        .enabled(if: SharedData.has(ntrexPath), Comment(rawValue: SharedData.missingReason(ntrexPath))))
    func ntrex() throws {
        let text = try String(contentsOf: SharedData.url(Self.ntrexPath)!, encoding: .utf8)
        let lines = Array(text.split(whereSeparator: \.isNewline).map(String.init).prefix(400))
        let glossary = Self.ngramGlossary(of: Array(lines.prefix(200)))
        let matcher = GlossaryMatcher(glossary: glossary)
        let kinds = Set(try lines.flatMap { try matcher.matches(in: $0).map(\.kind) })
        // An n-gram glossary holds few phrases with a regular dual or article pair.
        #expect(kinds.isSuperset(of: [.exact, .normalised, .clitic, .contracted, .variant, .plural]))
        #expect(try Self.compare(lines, glossary: glossary) > 1000)
    }
}
