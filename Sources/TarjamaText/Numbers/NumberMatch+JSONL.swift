extension NumberMatch {
    /// The number as one line of Number JSONL (design note): `{"start","end","text","value"}`,
    /// plus `"kind":"ordinal"` for ordinals and `"notes"` when there are any. `units` is the text the match's range points into.
    public func jsonLine(in units: [UInt16]) -> String {
        let text = String(decoding: units[range], as: UTF16.self)
        var line = "{\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":\(Self.jsonString(text)),\"value\":\(value)"
        if kind == .ordinal { line += ",\"kind\":\"ordinal\"" }
        if !notes.isEmpty {
            line += ",\"notes\":[" + notes.map { Self.jsonString($0.description) }.joined(separator: ",") + "]"
        }
        return line + "}"
    }

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
