extension JSONValue {
    /// The value as compact JSON on one line (non-ASCII text stays readable UTF-8).
    public var jsonText: String {
        var output: [UInt8] = []
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value as compact JSON, in UTF-8, to `output`: strings escaped as
    /// ``JSONBytes`` escapes them (quotes, backslashes, control characters and U+2028/U+2029,
    /// which break JavaScript readers of JSONL).
    ///
    /// Bytes, not a `String`: a writer of millions of lines (`tmx convert`, `align`) spent more
    /// time growing `String`s scalar by scalar than reading its input.
    public func write(to output: inout [UInt8]) {
        switch self {
        case .null: JSONBytes.appendRaw("null", to: &output)
        case let .bool(value): value ? JSONBytes.appendRaw("true", to: &output) : JSONBytes.appendRaw("false", to: &output)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .string(text): JSONBytes.appendString(text, to: &output)
        case let .array(elements):
            output.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(0x2C) }
                element.write(to: &output)
            }
            output.append(0x5D)
        case let .object(object):
            output.append(0x7B)
            for index in object.keys.indices {
                if index > 0 { output.append(0x2C) }
                JSONBytes.appendString(object.keys[index], to: &output)
                output.append(0x3A)
                object.values[index].write(to: &output)
            }
            output.append(0x7D)
        }
    }
}
