/// A news organisation's house style for the systematic differences in romanised names:
/// whether the article stays on a surname, Gaddafi or Gadhafi, Qaeda or Qaida.
///
/// The name dictionary writes the common agency form (Bashar al-Assad, Muammar Gaddafi,
/// al-Qaeda); a style rewrites only what that house writes otherwise.
public enum NameStyle: String, Sendable, Hashable, CaseIterable {
    /// Reuters: al-Assad, Gaddafi, "al Qaeda" without the hyphen.
    case reuters
    /// The Associated Press: the article dropped from a surname after a given name (Bashar
    /// Assad), Gadhafi, al-Qaida.
    case ap
    /// The BBC: al-Assad, Gaddafi, al-Qaeda (the dictionary's forms).
    case bbc
    /// United Nations editorial style: the article capitalised (Al-Assad), Qadhafi, Al-Qaida, Usama.
    case un

    /// `spelling` in this house style.
    public func apply(to spelling: String) -> String {
        var words = spelling.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            var word = words[index]
            let respelled: [String: String]
            switch self {
            case .reuters: respelled = ["al-Qaeda": "al Qaeda"]
            case .ap: respelled = ["Gaddafi": "Gadhafi", "al-Qaeda": "al-Qaida", "Qaeda": "Qaida"]
            case .bbc: respelled = [:]
            // The UN's sanctions lists and documents write Usama (Usama bin Laden) where the
            // agencies write Osama.
            case .un: respelled = ["Gaddafi": "Qadhafi", "al-Qaeda": "Al-Qaida", "Qaeda": "Qaida", "Osama": "Usama"]
            }
            if let house = respelled[word] {
                word = house
            } else if word.hasPrefix("al-"), word.count > 3 {
                switch self {
                case .ap:
                    // A surname after a given name loses the article; a name that is only the
                    // article and a word (al-Baghdadi alone) keeps it.
                    if index > 0, words[index - 1].first?.isUppercase == true { word.removeFirst(3) }
                case .un:
                    word = "Al-" + word.dropFirst(3)
                case .reuters, .bbc:
                    break
                }
            }
            words[index] = word
        }
        return words.joined(separator: " ")
    }
}
