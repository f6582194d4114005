/// The Buckwalter and Safe Buckwalter notations as ICU transliteration rules.
enum BuckwalterRules {
    /// Arabic code point, Buckwalter, Safe Buckwalter.
    static let table: [(arabic: Character, classic: Character, safe: Character)] = [
        ("\u{0621}", "'", "C"), ("\u{0622}", "|", "M"), ("\u{0623}", ">", "O"), ("\u{0624}", "&", "W"),
        ("\u{0625}", "<", "I"), ("\u{0626}", "}", "Q"), ("\u{0627}", "A", "A"), ("\u{0628}", "b", "b"),
        ("\u{0629}", "p", "p"), ("\u{062A}", "t", "t"), ("\u{062B}", "v", "v"), ("\u{062C}", "j", "j"),
        ("\u{062D}", "H", "H"), ("\u{062E}", "x", "x"), ("\u{062F}", "d", "d"), ("\u{0630}", "*", "V"),
        ("\u{0631}", "r", "r"), ("\u{0632}", "z", "z"), ("\u{0633}", "s", "s"), ("\u{0634}", "$", "c"),
        ("\u{0635}", "S", "S"), ("\u{0636}", "D", "D"), ("\u{0637}", "T", "T"), ("\u{0638}", "Z", "Z"),
        ("\u{0639}", "E", "E"), ("\u{063A}", "g", "g"), ("\u{0640}", "_", "_"), ("\u{0641}", "f", "f"),
        ("\u{0642}", "q", "q"), ("\u{0643}", "k", "k"), ("\u{0644}", "l", "l"), ("\u{0645}", "m", "m"),
        ("\u{0646}", "n", "n"), ("\u{0647}", "h", "h"), ("\u{0648}", "w", "w"), ("\u{0649}", "Y", "Y"),
        ("\u{064A}", "y", "y"), ("\u{064B}", "F", "F"), ("\u{064C}", "N", "N"), ("\u{064D}", "K", "K"),
        ("\u{064E}", "a", "a"), ("\u{064F}", "u", "u"), ("\u{0650}", "i", "i"), ("\u{0651}", "~", "~"),
        ("\u{0652}", "o", "o"), ("\u{0670}", "`", "e"), ("\u{0671}", "{", "L"), ("\u{067E}", "P", "P"),
        ("\u{0686}", "J", "J"), ("\u{06A4}", "V", "B"), ("\u{06AF}", "G", "G"),
    ]

    /// Two-way rules: `ء <> \' ;` and so on, every Latin character escaped.
    static func rules(safe: Bool) -> String {
        var text = "# Buckwalter\(safe ? " (safe)" : "") transliteration, one-to-one and reversible.\n"
        for entry in table {
            let arabic = entry.arabic.unicodeScalars.first!.value
            let latin = safe ? entry.safe : entry.classic
            // Escaped both sides: Buckwalter's symbols are ICU rule syntax, and a combining
            // mark must not attach to the line break before it.
            text += "\\u\(String(arabic, radix: 16, uppercase: true).leftPadded) <> \(latin == "'" ? "\\'" : "'\(latin)'") ;\n"
        }
        return text
    }
}

private extension String {
    var leftPadded: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
