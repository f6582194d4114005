extension JSONValue {
    /// The value as compact JSON on one line (non-ASCII text stays readable UTF-8).
    public var jsonText: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Appends the value as compact JSON to `output`.
    public func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(text): output += text
        case let .string(text): JSONValue.writeString(text, to: &output)
        case let .array(elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case let .object(object):
            output += "{"
            for index in object.keys.indices {
                if index > 0 { output += "," }
                JSONValue.writeString(object.keys[index], to: &output)
                output += ":"
                object.values[index].write(to: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a JSON string literal; control characters, quotes and backslashes are
    /// escaped, and so are U+2028/U+2029, which break JavaScript readers of JSONL.
    public static func writeString(_ text: String, to output: inout String) {
        output += "\""
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
            needsEscape = true
            break
        }
        if !needsEscape {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
