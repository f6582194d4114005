/// Adjectives that share their letters with an entry: an indefinite adjective agrees with the
/// indefinite noun it follows, so after a noun for people a word that takes that noun's ending
/// is its adjective, not the entry: رجال مسلحين 'armed men' (not 'militants'), مواطنا سوريا 'a
/// Syrian citizen' (سوريًّا, not 'Syria'), امرأة سورية 'a Syrian woman'.
///
/// The noun decides, since it shows number and case: a plural for people takes the adjective in
/// ين/ون, a dual ان/ين; a singular in the accusative (its tanween written as a final alef, مواطنا) takes ا,
/// and such a noun cannot be the first term of a construct (مواطني سوريا 'citizens of Syria'
/// and أطفال سوريا 'children of Syria' still match); a feminine singular takes ة.
extension GlossaryMatcher {
    /// Indefinite plurals for people, which an adjective in ين/ون follows.
    private static let pluralPeople: Set<[UInt16]> = folded([
        "رجال", "أشخاص", "عناصر", "أفراد", "شبان", "شباب", "جنود", "مقاتلين", "مقاتلون", "مواطنين", "مواطنون",
        "مدنيين", "مدنيون", "رجالا", "أشخاصا", "أفرادا",
    ])

    /// Duals for people, which an adjective in ان/ين follows (رجلان مسلحان).
    private static let dualPeople: Set<[UInt16]> = folded([
        "رجلان", "رجلين", "شخصان", "شخصين", "عنصران", "عنصرين", "مقاتلان", "مقاتلين", "شابان", "شابين",
    ])

    /// Singular nouns for people in the accusative, the tanween written as alef.
    private static let accusativePeople: Set<[UInt16]> = folded([
        "مواطنا", "رجلا", "شخصا", "شابا", "طفلا", "لاجئا", "جنديا", "عنصرا", "مقاتلا", "مدنيا", "صحفيا", "طالبا",
    ])

    /// Feminine singular nouns for people, which an adjective in ة follows.
    private static let femininePeople: Set<[UInt16]> = folded([
        "امرأة", "مواطنة", "سيدة", "فتاة", "طفلة", "لاجئة", "طالبة", "صحفية", "ناشطة",
    ])

    private static func folded(_ words: [String]) -> Set<[UInt16]> {
        Set(words.compactMap { MatchFold.words($0).first })
    }

    /// Whether the one-word match at word `index` is an adjective agreeing with the noun for
    /// people just before it. The match must be the bare word (a conjunction or the article
    /// ends the agreement), with only a space between the two.
    func agreesWithNoun(
        _ candidate: CliticCandidate, _ words: FoldedWords, _ index: Int, _ end: Int,
        _ folded: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard end == index, index > 0, candidate.isWholeWord else { return false }
        let word = UnsafeBufferPointer(rebasing: folded[words.range(of: index)])
        guard word.count > 3, !(word[0] == TermForms.alef && word[1] == TermForms.lam) else { return false }
        let last = word[word.count - 1], beforeLast = word[word.count - 2]
        // Only an agreeing ending can make it an adjective; checked before the noun is copied.
        guard last == TermForms.noon || last == TermForms.alef || last == TermForms.heh else { return false }
        for unit in folded[words.stop(of: index - 1)..<words.start(of: index)] where unit != 0x20 {
            return false
        }
        let noun = Self.withoutPreposition(UnsafeBufferPointer(rebasing: folded[words.range(of: index - 1)]))
        if Self.pluralPeople.contains(noun) {
            return last == TermForms.noon && (beforeLast == TermForms.yeh || beforeLast == TermForms.waw)
        }
        if Self.dualPeople.contains(noun), last == TermForms.noon, beforeLast == TermForms.alef || beforeLast == TermForms.yeh {
            return true
        }
        if Self.accusativePeople.contains(noun) { return last == TermForms.alef }
        if Self.femininePeople.contains(noun) { return last == TermForms.heh }
        return false
    }

    /// The noun without a preposition glued in front (برجال, لمواطنة); the word when it has none.
    private static func withoutPreposition(_ word: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        if word.count > 4, word[0] == 0x0628 || word[0] == TermForms.lam || word[0] == TermForms.kaf {
            let rest = Array(word[1...])
            if pluralPeople.contains(rest) || dualPeople.contains(rest) || accusativePeople.contains(rest) || femininePeople.contains(rest)
            {
                return rest
            }
        }
        return Array(word)
    }
}
