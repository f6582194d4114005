/// Escaping text for XML output, dropping what XML cannot carry.
public enum XMLEscaping {
    /// Appends `text` escaped for element content (`attribute == false`) or a double-quoted
    /// attribute value, and returns how many characters were removed because XML 1.0 does
    /// not allow them (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF).
    ///
    /// CR is written as `&#xD;` (and in attributes tab and LF too) so a reader gets the text
    /// back exactly rather than normalised.
    @discardableResult
    public static func append(_ text: String, to output: inout String, attribute: Bool = false) -> Int {
        var clean = true
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xEF || (attribute && byte == 0x22) {
                clean = false
                break
            }
        }
        if clean {
            output += text
            return 0
        }
        var removed = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"" where attribute: output += "&quot;"
            case "\r": output += "&#xD;"
            case "\n" where attribute: output += "&#xA;"
            case "\t" where attribute: output += "&#x9;"
            default:
                if XMLPullParser.isXMLCharacter(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    removed += 1
                }
            }
        }
        return removed
    }

    /// `text` escaped for element content; characters XML cannot carry are dropped.
    public static func escaped(_ text: String, attribute: Bool = false) -> String {
        var output = ""
        append(text, to: &output, attribute: attribute)
        return output
    }
}
