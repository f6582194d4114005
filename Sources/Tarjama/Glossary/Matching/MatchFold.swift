/// The per-character fold that turns Arabic text into glossary matching keys: one table lookup
/// per UTF-16 unit, so the matcher can fold and tokenise the original buffer in a single pass
/// and keep, for every key unit, the offset of the original unit it came from.
///
/// It folds what transcripts spell inconsistently: diacritics, superscript alef and tatweel are
/// dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian/Urdu forms ک ی ہ ە → ك ي ه ه;
/// Arabic-Indic and Eastern Arabic-Indic digits → ASCII; Latin capitals → lower case; bidi
/// and zero-width controls are dropped. The steps are those of `ArabicNormalizer`'s matching
/// profile in TarjamaText, kept as a table here because the matcher's hot loop cannot afford a
/// call per character.
public enum MatchFold {
    /// A unit that separates words.
    static let separator: UInt16 = 0
    /// A unit that is dropped without ending the word (diacritics, tatweel, format controls).
    static let ignorable: UInt16 = 0xFFFF

    /// For every UTF-16 unit: ``separator``, ``ignorable`` or the folded word unit.
    static let table: [UInt16] = {
        var table = [UInt16](repeating: separator, count: 0x10000)
        func word(_ range: ClosedRange<UInt16>) { for unit in range { table[Int(unit)] = unit } }
        func map(_ from: UInt16, _ to: UInt16) { table[Int(from)] = to }
        func drop(_ range: ClosedRange<UInt16>) { for unit in range { table[Int(unit)] = ignorable } }
        word(0x30...0x39)
        word(0x61...0x7A)
        for unit: UInt16 in 0x41...0x5A { map(unit, unit + 0x20) }
        word(0xC0...0x24F)
        table[0xD7] = separator
        table[0xF7] = separator
        word(0x0621...0x063A)
        word(0x0641...0x064A)
        word(0x066E...0x066F)
        word(0x0671...0x06D3)
        word(0x06D5...0x06D5)
        word(0x06FA...0x06FF)
        drop(0x064B...0x065F)
        drop(0x0670...0x0670)
        drop(0x0640...0x0640)
        drop(0x06D6...0x06ED)
        drop(0x200B...0x200F)
        drop(0x202A...0x202E)
        drop(0x2060...0x2069)
        drop(0x061C...0x061C)
        drop(0xFEFF...0xFEFF)
        drop(0x00AD...0x00AD)
        for (index, unit) in (UInt16(0x0660)...0x0669).enumerated() { map(unit, 0x30 + UInt16(index)) }
        for (index, unit) in (UInt16(0x06F0)...0x06F9).enumerated() { map(unit, 0x30 + UInt16(index)) }
        map(0x0623, 0x0627); map(0x0625, 0x0627); map(0x0622, 0x0627); map(0x0671, 0x0627)
        map(0x0672, 0x0627); map(0x0673, 0x0627)
        map(0x0649, 0x064A)
        map(0x0629, 0x0647)
        map(0x0624, 0x0648)
        map(0x0626, 0x064A)
        map(0x06A9, 0x0643); map(0x06CC, 0x064A); map(0x06C1, 0x0647); map(0x06D5, 0x0647)
        map(0x06C0, 0x0647); map(0x06BE, 0x0647)
        return table
    }()

    /// The matching key of `text`: its words folded and joined by single spaces.
    public static func key(_ text: String) -> String {
        words(text).map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")
    }

    /// The folded words of `text`, each as UTF-16 units.
    static func words(_ text: String) -> [[UInt16]] {
        var words: [[UInt16]] = []
        var current: [UInt16] = []
        for unit in text.utf16 {
            let folded = table[Int(unit)]
            if folded == separator {
                if !current.isEmpty { words.append(current); current.removeAll() }
            } else if folded != ignorable {
                current.append(folded)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
