/// A particle written joined to the front of an Arabic word.
public enum Proclitic: String, Sendable, Hashable, CaseIterable {
    /// و "and".
    case wa = "و"
    /// ف "so, then".
    case fa = "ف"
    /// ب "in, with, by".
    case bi = "ب"
    /// ك "like, as".
    case ka = "ك"
    /// ل "for, to".
    case li = "ل"
    /// ال, the definite article.
    case article = "ال"

    /// The conjunctions, which come first.
    static let conjunctions: [Proclitic] = [.wa, .fa]
    /// The prepositions, which follow a conjunction and precede the article.
    static let prepositions: [Proclitic] = [.bi, .ka, .li]

    /// The letter of a one-letter clitic.
    var letter: UInt16? {
        switch self {
        case .wa: 0x0648
        case .fa: 0x0641
        case .bi: 0x0628
        case .ka: 0x0643
        case .li: 0x0644
        case .article: nil
        }
    }
}
