import TarjamaText

extension TermAnchors {
    /// Segments per piece of work when a long side is matched on every core.
    static let segmentsPerPiece = 2_048

    /// Glossary anchors for a document pair: each source segment gets the entries the matcher
    /// finds in it (any spelling, with clitics); each target segment the entries, among those
    /// found in the source document, one of whose accepted renderings it contains as whole
    /// words (case-insensitive; a possessive `'s` may follow, and a plural `s` after a term that
    /// is not a name: "Hamas" is not "Hama").
    ///
    /// Renderings are looked up by their first word, so a target segment costs its words, not
    /// the number of renderings (a lexicon learned from a long bitext has thousands, and every
    /// one of them is found somewhere in a long source). Long sides are matched on every core.
    ///
    /// - Complexity: O(S · k) for matching the source (S units, k the longest term), plus
    ///   O(T · c) for a target of T units, c the renderings that share a first word.
    public init(matcher: GlossaryMatcher, source: AlignmentSide, target: AlignmentSide) {
        let sourceTokens = Self.perSegment(source.segments) { segment in
            Array(Set(((try? matcher.matches(in: segment.text)) ?? []).map { UInt64($0.entryIndex) })).sorted()
        }
        var found = Set<UInt64>()
        for tokens in sourceTokens { found.formUnion(tokens) }
        var index = RenderingIndex()
        for entry in found.sorted() {
            for rendering in matcher.glossary.entries[Int(entry)].acceptedRenderings where !rendering.isEmpty {
                index.add(entry: entry, text: Array(rendering.lowercased().utf16), allowsPlural: rendering.first?.isLowercase ?? false)
            }
        }
        let renderings = index
        let targetTokens = Self.perSegment(target.segments) { segment -> [UInt64] in
            renderings.isEmpty ? [] : renderings.entries(in: Array(segment.text.lowercased().utf16))
        }
        self.init(source: sourceTokens, target: targetTokens)
    }

    /// `work` for every segment, in order; a long side in pieces on every core.
    static func perSegment(_ segments: [AlignmentSegment], _ work: @Sendable (AlignmentSegment) -> [UInt64]) -> [[UInt64]] {
        guard segments.count > segmentsPerPiece else { return segments.map(work) }
        let pieces = (segments.count + segmentsPerPiece - 1) / segmentsPerPiece
        return ParallelWork.map(pieces) { _, piece in
            let start = piece * segmentsPerPiece
            return segments[start..<min(segments.count, start + segmentsPerPiece)].map(work)
        }.flatMap { $0 }
    }

    /// Whether `needle` occurs in `text` starting and ending at word boundaries.
    static func containsWords(_ needle: [UInt16], in text: [UInt16], allowsPlural: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == needle[0], occurs(needle, in: text, at: start, allowsPlural: allowsPlural) { return true }
            start += 1
        }
        return false
    }

    /// Whether `needle` occurs in `text` at `start`, at word boundaries on both ends.
    @inline(__always)
    static func occurs(_ needle: [UInt16], in text: [UInt16], at start: Int, allowsPlural: Bool) -> Bool {
        let end = start + needle.count
        guard end <= text.count, text[start..<end].elementsEqual(needle) else { return false }
        func wordEnds(at index: Int) -> Bool { index == text.count || !isLetter(text[index]) }
        let before = start == 0 || !isLetter(text[start - 1])
        let after = wordEnds(at: end) || (allowsPlural && text[end] == 0x73 && wordEnds(at: end + 1))
        return before && after
    }

    /// What counts as a word character for whole-word matching.
    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        (0x61...0x7A).contains(unit) || (0x41...0x5A).contains(unit) || (0x30...0x39).contains(unit) || unit >= 0xC0
    }
}

/// Lower-cased renderings keyed by their first word, so a target segment is matched word by
/// word. A rendering that does not start with a letter (rare) is searched for everywhere.
struct RenderingIndex: Sendable {
    typealias Rendering = (entry: UInt64, text: [UInt16], allowsPlural: Bool)
    private var byFirstWord: [[UInt16]: [Rendering]] = [:]
    private var unkeyed: [Rendering] = []

    var isEmpty: Bool { byFirstWord.isEmpty && unkeyed.isEmpty }

    mutating func add(entry: UInt64, text: [UInt16], allowsPlural: Bool) {
        guard let first = text.first, TermAnchors.isLetter(first) else {
            unkeyed.append((entry, text, allowsPlural))
            return
        }
        let wordEnd = text.firstIndex { !TermAnchors.isLetter($0) } ?? text.count
        byFirstWord[Array(text[..<wordEnd]), default: []].append((entry, text, allowsPlural))
    }

    /// The entries with a rendering in `text` (lower-cased UTF-16), sorted.
    ///
    /// A rendering can only match where a word of `text` starts; its first word is that word
    /// (a rendering of several words), or that word less a plural `s` (a one-word rendering).
    func entries(in text: [UInt16]) -> [UInt64] {
        var found = Set<UInt64>()
        func check(_ candidates: [Rendering]?, at start: Int) {
            for (entry, needle, allowsPlural) in candidates ?? [] where !found.contains(entry) {
                if TermAnchors.occurs(needle, in: text, at: start, allowsPlural: allowsPlural) { found.insert(entry) }
            }
        }
        var start = 0
        while start < text.count {
            guard TermAnchors.isLetter(text[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < text.count && TermAnchors.isLetter(text[end]) { end += 1 }
            let word = Array(text[start..<end])
            check(byFirstWord[word], at: start)
            if word.count > 1, word.last == 0x73 { check(byFirstWord[Array(word.dropLast())], at: start) }
            start = end
        }
        for (entry, needle, allowsPlural) in unkeyed where !found.contains(entry) {
            if TermAnchors.containsWords(needle, in: text, allowsPlural: allowsPlural) { found.insert(entry) }
        }
        return found.sorted()
    }
}
