internal import TarjamaText

extension GlossarySuggester {
    /// The suggestion for a number found in `units` (a segment ending at `end`): as English news
    /// writes it, and as money when a currency word follows (3.6 مليار دولار → "$3.6 billion",
    /// spanning the currency word). Nil when it has nothing to offer.
    static func numberSuggestion(_ number: NumberMatch, _ units: UnsafeBufferPointer<UInt16>, end: Int) -> TermSuggestion? {
        let money = number.currency(in: UnsafeBufferPointer(rebasing: units[..<end]))
        let range = money.map { number.range.lowerBound..<$0.end } ?? number.range
        // Too large to take a value: a run of digits (an account number) is still written in
        // Latin digits; anything else has no rendering to offer.
        guard
            let rendering = money.flatMap({ number.moneyRendering($0.currency) }) ?? number.englishRendering
                ?? latinDigits(UnsafeBufferPointer(rebasing: units[number.range]))
        else { return nil }
        let text = string(units, range)
        let notes = number.notes.map(\.description)
        return TermSuggestion(
            range: range, text: text, source: text, rendering: rendering,
            alternatives: money.map { number.moneyAlternatives($0.currency) } ?? number.englishAlternatives,
            forbidden: [], type: money == nil ? "number" : "money", match: "number", clitics: "", origin: .number,
            entryIndex: nil, note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// `slice` in ASCII digits when it is digits only (Arabic-Indic, Persian or ASCII).
    private static func latinDigits(_ slice: UnsafeBufferPointer<UInt16>) -> String? {
        var digits: [UInt8] = []
        for unit in slice {
            switch unit {
            case 0x30...0x39: digits.append(UInt8(unit))
            case 0x0660...0x0669: digits.append(UInt8(unit - 0x0660 + 0x30))
            case 0x06F0...0x06F9: digits.append(UInt8(unit - 0x06F0 + 0x30))
            default: return nil
            }
        }
        return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    }

}
