import Foundation

/// Finds an English rendering in a target sentence: case-insensitive, whole words only, with
/// English inflection allowed after it (plural -s/-es, possessive 's/’s/s'), so "Aleppo's" and
/// "ceasefires" count.
public enum RenderingFinder {
    /// The ranges of `rendering` in `text`, each extended over its inflection.
    public static func occurrences(of rendering: String, in text: String) -> [Range<String.Index>] {
        guard !rendering.isEmpty else { return [] }
        var found: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: rendering, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex)
        {
            searchStart = range.upperBound
            if range.lowerBound > text.startIndex, isWordCharacter(text[text.index(before: range.lowerBound)]) { continue }
            var end = range.upperBound
            for suffix in ["'s", "’s", "es", "s", "'", "’"] where text[end...].hasPrefix(suffix) {
                let after = text.index(end, offsetBy: suffix.count)
                if after == text.endIndex || !isWordCharacter(text[after]) { end = after; break }
            }
            if end < text.endIndex, isWordCharacter(text[end]) { continue }
            found.append(range.lowerBound..<end)
        }
        return found
    }

    static func contains(_ rendering: String, in text: String) -> Bool {
        !occurrences(of: rendering, in: text).isEmpty
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
