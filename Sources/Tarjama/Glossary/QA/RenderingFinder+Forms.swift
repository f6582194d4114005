import Foundation

extension RenderingFinder {
    /// Whether `text` has `rendering` in some English form of its words: inflected (mortar shell
    /// ↔ "mortar shells", "the Secretary-General's"), derived from the same verb (evacuation ↔
    /// "evacuated", "evacuating"; settlement ↔ "settling"), spelled the other side of the
    /// Atlantic (organisation ↔ "organization", defence ↔ "defense"), hyphenated or not
    /// (Secretary-General ↔ "Secretary General", "Secretary‐General" with U+2010), and an
    /// acronym with full stops (UN ↔ "U.N.").
    ///
    /// Words stay distinct where English keeps them so: terror, terrorist and terrorism are
    /// three renderings, to be listed as alternatives where a glossary accepts them.
    ///
    /// `textKeys` are `text`'s ``wordKeys(_:)``, made once by a caller that tries several
    /// renderings on one text.
    ///
    /// - Complexity: O(t · w) for a target of t words and a rendering of w words.
    static func containsForm(of rendering: String, in text: String, textKeys: [String]? = nil) -> Bool {
        if contains(rendering, in: text) { return true }
        if (2...4).contains(rendering.count), rendering.allSatisfy({ $0.isASCII && $0.isUppercase }),
            contains(rendering.map { "\($0)." }.joined(), in: text)
        {
            return true
        }
        let wanted = wordKeys(rendering)
        guard !wanted.isEmpty else { return false }
        let words = textKeys ?? wordKeys(text)
        guard words.count >= wanted.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if words[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
        }
        return false
    }

    /// The words of `text` as matching keys (``formKey(of:)``); any character that is not a
    /// letter or a digit separates words, so every kind of hyphen and apostrophe does.
    static func wordKeys(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }
            .map { formKey(of: String($0)) }
    }

    /// One key for the forms of an English word, lower-cased: its inflection (-s, -es, -ies,
    /// -ed, -ing) and the noun suffixes -ation and -ment taken off, -ize spelled -ise, a final
    /// -ense spelled -ence and a final e dropped, so that evacuation, evacuate, evacuated and
    /// evacuating share "evacuat". Stems keep at least three letters.
    static func formKey(of word: String) -> String {
        var key = word
        for (american, british) in [
            ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"),
        ]
        where key.hasSuffix(american) {
            key = String(key.dropLast(american.count)) + british
            break
        }
        if key.hasSuffix("ense") { key = String(key.dropLast(4)) + "ence" }
        func strip(_ suffix: String, _ replacement: String = "") -> Bool {
            guard key.hasSuffix(suffix), key.count - suffix.count + replacement.count >= 3 else { return false }
            key = String(key.dropLast(suffix.count)) + replacement
            return true
        }
        if strip("ations", "at") || strip("ation", "at") || strip("ments") || strip("ment") || strip("ings") || strip("ing")
            || strip("ies", "y") || strip("ied", "y")
        {
        } else if ["ses", "xes", "zes", "ches", "shes"].contains(where: key.hasSuffix) {
            _ = strip("es")
        } else if key.hasSuffix("s"), !key.hasSuffix("ss"), !key.hasSuffix("us"), !key.hasSuffix("is") {
            _ = strip("s")
        } else {
            _ = strip("ed")
        }
        if key.hasSuffix("e") { _ = strip("e") }
        return key
    }

    /// Whether `text` has the adjective of the place `rendering` names, as English makes it
    /// from the name (Israel → "Israeli", Syria → "Syrian", Palestine → "Palestinian", Sudan →
    /// "Sudanese", Turkey → "Turkish"): دولة فلسطين ↔ "the Palestinian State". Only for a
    /// one-word name of four letters or more.
    static func containsAdjective(ofPlace rendering: String, in text: String) -> Bool {
        guard rendering.count >= 4, rendering.allSatisfy(\.isLetter) else { return false }
        let name = rendering.lowercased()
        let stems = [name, String(name.dropLast())]
        let suffixes = ["i", "n", "an", "ian", "ese", "ish"]
        let forms = Set(stems.flatMap { stem in suffixes.map { stem + $0 } })
        return text.split { !$0.isLetter }.contains { word in
            let lower = word.lowercased()
            return forms.contains(lower)
                || forms.contains { lower.hasPrefix($0) && ["s", "'s"].contains(String(lower.dropFirst($0.count))) }
        }
    }
}
