/// The ways Tarjama can write Arabic in Latin letters.
public enum TransliterationScheme: String, CaseIterable, Sendable, Hashable {
    /// ICU's system `Arabic-Latin`: a scholarly consonant skeleton (`bsẖạr ạlạsd`).
    case icu
    /// Tim Buckwalter's one-to-one ASCII notation; reversible.
    case buckwalter
    /// Buckwalter without the characters that break XML, regexes and shells (C M O W I Q V c e L
    /// for ' | > & < } * $ ` {); reversible.
    case safeBuckwalter = "safe-buckwalter"
    /// A readable romanisation for suggesting English spellings of names (Bashar al-Asad). It
    /// guesses the short vowels the script does not write, so its output is a suggestion only.
    case names

    /// Whether text converted with this scheme can be converted back exactly.
    public var isReversible: Bool {
        switch self {
        case .buckwalter, .safeBuckwalter, .icu: true
        case .names: false
        }
    }
}
