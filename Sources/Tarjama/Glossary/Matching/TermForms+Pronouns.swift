extension TermForms {
    /// The attached pronouns of the possessed word (his, her, their, our, your); ي 'my' only
    /// after a ta marbuta, since word + ي is elsewhere the nisba adjective (اقتصادي 'economic').
    private static let pronouns: [[UInt16]] = [
        [heh], [heh, alef], [heh, meem], [heh, meem, alef], [heh, noon], [noon, alef], [kaf], [kaf, meem],
    ]

    /// The term with an attached pronoun on its last word: حقوقهم for حقوق, حكومته for الحكومة
    /// (ta marbuta becomes ت), معبرها for معبر; made once at glossary load, like the other forms.
    ///
    /// Only a word without the article takes a pronoun, so a one-word term loses its article
    /// and a phrase whose last word has it (حقوق الإنسان) gets none. The stem (the word without
    /// ال and ة) needs three letters. Words ending in ي, ى, ا or ء are left out: their stem
    /// changes before a pronoun (مستشفى → مستشفاه, أعضاء → أعضاؤه) in ways folding does not undo;
    /// so are sound masculine plurals, which drop their ن.
    /// Each form is one word a caller must still check against the words it already knows: a
    /// pronoun form that is another entry's word (محافظ + ه is محافظة once ة is folded) or a
    /// name is not made.
    static func pronounForms(of words: [[UInt16]]) -> [[[UInt16]]] {
        guard let last = words.last, words.allSatisfy({ $0.allSatisfy(isLetter) }) else { return [] }
        var word = last
        if hasArticle(word) {
            guard words.count == 1 else { return [] }
            word.removeFirst(2)
        }
        // A feminine noun with a feminine last word is noun + adjective (غارة جوية, عبوة ناسفة):
        // the pronoun would go on the noun, not the adjective. Construct phrases keep theirs
        // (سيارة إسعافه).
        if words.count > 1, words[0].last == heh, word.last == heh { return [] }
        guard let final = word.last, ![yeh, alef, hamza].contains(final) else { return [] }
        // A sound masculine plural drops its ن before a pronoun (مسلحيهم, not مسلحينهم), but
        // dropping it from a singular in ين makes another word (تموين → تمويه 'camouflage'):
        // such forms are left to `variants`.
        if word.count >= 5, word.suffix(2) == [yeh, noon] || word.suffix(2) == [waw, noon] { return [] }
        var stem = word
        var endings = pronouns
        if final == heh {
            // The folded ة (a real final ه is rare on a noun that takes a pronoun).
            stem.removeLast()
            stem.append(teh)
            endings.append([yeh])
        }
        guard word.count - (final == heh ? 1 : 0) >= 3 else { return [] }
        return endings.map { ending in
            var form = words
            form[form.count - 1] = stem + ending
            return form
        }
    }
}
