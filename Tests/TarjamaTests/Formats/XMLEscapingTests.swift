import Testing
import Tarjama

@Suite("XML escaping for writers")
struct XMLEscapingTests {
    /// A scalar-by-scalar statement of the rules, to hold the byte-level escaper to.
    static func reference(_ text: String, attribute: Bool) -> (text: String, removed: Int) {
        var output = ""
        var removed = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\r": output += "&#xD;"
            case "\"" where attribute: output += "&quot;"
            case "\n" where attribute: output += "&#xA;"
            case "\t" where attribute: output += "&#x9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case "\u{FFFE}", "\u{FFFF}": removed += 1
            default:
                if scalar.value < 0x20 { removed += 1 } else { output.unicodeScalars.append(scalar) }
            }
        }
        return (output, removed)
    }

    static let awkward: [String] = [
        "",
        "مؤتمر جنيف للسلام",
        "قال \"المبعوث\" <الأممي> & أضاف",
        "line\r\nbreak\tand tab",
        "bell\u{07} nul\u{00} esc\u{1B} vt\u{0B} ff\u{0C}",
        "noncharacters \u{FFFE}\u{FFFF} end",
        "BOM \u{FEFF} and U+FFFD \u{FFFD} and U+EFFF \u{EFFF} stay",
        "\u{FFFF}",
        "ends with lead-looking text \u{FFFD}",
        "\u{202B}رئيس\u{202C} الوزراء ]]> 'quoted' 🙂",
        String(repeating: "ب&", count: 300),
    ]

    @Test("byte and String escapers agree with the rules on awkward text", arguments: awkward)
    func escapersAgree(text: String) {
        for attribute in [false, true] {
            let expected = Self.reference(text, attribute: attribute)

            var asString = "prefix "
            let removedFromString = XMLEscaping.append(text, to: &asString, attribute: attribute)
            #expect(asString == "prefix " + expected.text)
            #expect(removedFromString == expected.removed)

            var asBytes = Array("prefix ".utf8)
            let removedFromBytes = XMLEscaping.append(text, to: &asBytes, attribute: attribute)
            #expect(String(decoding: asBytes, as: UTF8.self) == "prefix " + expected.text)
            #expect(removedFromBytes == expected.removed)

            #expect(XMLEscaping.escaped(text, attribute: attribute) == expected.text)
        }
    }
}
