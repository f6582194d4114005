/// Abbreviations ICU's `en@ss=standard` suppressions miss or that need context.
enum EnglishLexicon {
    /// Titles before a name: never the end of a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr",
        "Adm", "Maj", "Rev", "St", "Mt", "Ft", "Pres", "Supt", "Insp", "Brig", "Messrs", "Mme", "Sr", "Jr",
    ]

    /// Abbreviations that do not end a sentence when a number follows (Jan. 5, No. 3, pp. 12).
    static let beforeNumbers: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Art", "art", "arts", "Vol", "vol", "p", "pp", "para", "paras", "subpara", "subparas", "sect", "chap", "Fig", "fig",
        "ch", "Ch", "approx", "est",
    ]

    /// Words that start a new sentence after an initialism such as U.S. or U.N.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "But", "And", "In", "On", "At", "As", "After", "Before", "His", "Her", "Its", "Their",
        "Our", "If", "When", "While", "However", "Meanwhile", "Officials", "Some", "Many",
    ]
}

extension EnglishLexicon {
    /// Function words (lower-cased) a line cannot end a sentence on: articles, prepositions,
    /// conjunctions, auxiliaries, relative pronouns and possessives that need what follows.
    /// General English grammar, not read off any corpus.
    static let continuationWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about",
        "as", "than", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "where", "when",
        "if", "because", "while", "although", "is", "are", "was", "were", "be", "been", "being", "has",
        "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
        "does", "did", "not", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
        "said", "says", "told", "after", "before", "over", "under", "between", "against", "during",
        "without", "within", "through", "per", "via", "including", "mr", "mrs", "ms", "dr",
    ]
}
