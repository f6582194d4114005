extension TermForms {
    /// The term with its construct broken by the preposition ل, as news writes it: وقف لإطلاق
    /// النار for وقف إطلاق النار, وزير للخارجية for وزير الخارجية; the head may also carry the
    /// accusative tanween's alef (وقفًا لإطلاق النار, عُيّن وزيرًا للخارجية).
    ///
    /// Only a construct (idafa) of two or more words breaks this way: a head without the article
    /// whose second word is definite, by its own article or by a later word with one (إطلاق in
    /// وقف إطلاق النار). An adjective phrase agrees with its noun and never takes ل (غارة جوية),
    /// and an indefinite construct is not split in news (قافلة مساعدات). ل + ال is written لل,
    /// and before a stem starting with ل the article leaves no letter (ل + اللاجئين → للاجئين).
    static func splitForms(of words: [[UInt16]]) -> [[[UInt16]]] {
        guard words.count >= 2, words.allSatisfy({ $0.allSatisfy(isLetter) }),
            !hasArticle(words[0]), words[0].count >= 2, words[1].count >= 3
        else { return [] }
        let second = words[1]
        let broken: [UInt16]
        if hasArticle(second) {
            let stem = second.dropFirst(2)
            broken = stem.first == lam ? [lam, lam] + stem.dropFirst() : [lam, lam] + stem
        } else if words.dropFirst(2).contains(where: hasArticle) {
            broken = [lam] + second
        } else {
            return []
        }
        var split = words
        split[1] = broken
        var results = [split]
        // The accusative head (وقفًا, وزيرًا): its tanween is folded away, its alef stays.
        if let last = words[0].last, ![heh, alef, yeh, hamza].contains(last) {
            split[0] = words[0] + [alef]
            results.append(split)
        }
        return results
    }
}
