import Foundation

/// Removes the markup subtitle files put in cue text: WebVTT tags (`<i>`, `<c.loud>`, `<v Name>`,
/// `<00:01.500>`), the HTML-like tags SRT files carry (`<font color=...>`), ASS override blocks
/// (`{\an8}`), and the WebVTT character references.
enum CueMarkup {
    /// The plain text of `line` and the first voice (`<v Name>`) it names.
    static func strip(_ line: Substring) -> (text: String, speaker: String?) {
        var text = ""
        var speaker: String?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "<", let close = line[index...].firstIndex(of: ">") {
                let tag = line[line.index(after: index)..<close]
                if tag.hasPrefix("v ") || tag.hasPrefix("v.") {
                    let name = tag.drop { $0 != " " }.trimmingPrefix(" ")
                    if speaker == nil, !name.isEmpty { speaker = String(name) }
                }
                index = line.index(after: close)
                continue
            }
            if character == "{", line[index...].hasPrefix("{\\"), let close = line[index...].firstIndex(of: "}") {
                index = line.index(after: close)
                continue
            }
            if character == "&", let semicolon = line[index...].prefix(8).firstIndex(of: ";") {
                let name = line[line.index(after: index)..<semicolon]
                let replacement: String? =
                    switch name {
                    case "amp": "&"
                    case "lt": "<"
                    case "gt": ">"
                    case "nbsp": "\u{00A0}"
                    case "lrm": "\u{200E}"
                    case "rlm": "\u{200F}"
                    case "quot": "\""
                    case "apos": "'"
                    default: nil
                    }
                if let replacement {
                    text += replacement
                    index = line.index(after: semicolon)
                    continue
                }
            }
            text.append(character)
            index = line.index(after: index)
        }
        return (text, speaker)
    }

    /// `text` escaped for a WebVTT cue payload.
    static func escapeForWebVTT(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
