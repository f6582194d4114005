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
        "No", "Nos", "Art", "Vol", "vol", "p", "pp", "para", "Fig", "fig", "ch", "Ch", "approx", "est",
    ]

    /// Words that start a new sentence after an initialism such as U.S. or U.N.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "But", "And", "In", "On", "At", "As", "After", "Before", "His", "Her", "Its", "Their",
        "Our", "If", "When", "While", "However", "Meanwhile", "Officials", "Some", "Many",
    ]
}
