extension TermAnchors {
    /// Glossary anchors for a document pair: each source segment gets the entries the matcher
    /// finds in it (any spelling, with clitics); each target segment the entries, among those
    /// found in the source document, one of whose accepted renderings it contains as whole
    /// words (case-insensitive; a possessive `'s` may follow, and a plural `s` after a term that
    /// is not a name: "Hamas" is not "Hama").
    ///
    /// - Complexity: O(S · k) for matching the source (S units, k the longest term), plus
    ///   O(T · r) for a target of T units and r distinct entries found in the source.
    public init(matcher: GlossaryMatcher, source: AlignmentSide, target: AlignmentSide) {
        let sourceTokens = source.segments.map { segment in
            Array(Set(((try? matcher.matches(in: segment.text)) ?? []).map { UInt64($0.entryIndex) })).sorted()
        }
        var renderings: [(entry: UInt64, text: [UInt16], allowsPlural: Bool)] = []
        for entry in Set(sourceTokens.joined()).sorted() {
            for rendering in matcher.glossary.entries[Int(entry)].acceptedRenderings where !rendering.isEmpty {
                renderings.append((entry, Array(rendering.lowercased().utf16), rendering.first?.isLowercase ?? false))
            }
        }
        let targetTokens = target.segments.map { segment -> [UInt64] in
            guard !renderings.isEmpty else { return [] }
            let text = Array(segment.text.lowercased().utf16)
            var found = Set<UInt64>()
            for (entry, rendering, allowsPlural) in renderings where !found.contains(entry) {
                if Self.containsWords(rendering, in: text, allowsPlural: allowsPlural) { found.insert(entry) }
            }
            return found.sorted()
        }
        self.init(source: sourceTokens, target: targetTokens)
    }

    /// Whether `needle` occurs in `text` starting and ending at word boundaries.
    static func containsWords(_ needle: [UInt16], in text: [UInt16], allowsPlural: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        func isLetter(_ unit: UInt16) -> Bool {
            (0x61...0x7A).contains(unit) || (0x41...0x5A).contains(unit) || (0x30...0x39).contains(unit) || unit >= 0xC0
        }
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == needle[0], text[start..<(start + needle.count)].elementsEqual(needle) {
                let end = start + needle.count
                let before = start == 0 || !isLetter(text[start - 1])
                func wordEnds(at index: Int) -> Bool { index == text.count || !isLetter(text[index]) }
                let after =
                    wordEnds(at: end)
                    || (allowsPlural && text[end] == 0x73 && wordEnds(at: end + 1))
                if before && after { return true }
            }
            start += 1
        }
        return false
    }
}
