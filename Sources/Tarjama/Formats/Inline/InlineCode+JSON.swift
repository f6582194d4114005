extension InlineCode {
    /// The code as a JSON object, as the bilingual JSONL's `sourceCodes`/`targetCodes` hold it:
    /// `{"id":1,"role":"opening","element":"bpt","attributes":{"i":"1"},"content":"&lt;B>"}`.
    public var json: JSONValue {
        var object = JSONObject()
        object["id"] = .number(id)
        object["role"] = .string(role.rawValue)
        object["element"] = .string(element)
        if !attributes.isEmpty {
            object["attributes"] = .object(JSONObject(attributes.map { ($0.name, JSONValue.string($0.value)) }))
        }
        if !content.isEmpty { object["content"] = .string(content) }
        return .object(object)
    }

    /// The code a JSON object describes, nil when it is not one (no positive id, unknown role).
    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.intValue, id > 0,
            let role = object["role"]?.stringValue.flatMap(Role.init(rawValue:)),
            let element = object["element"]?.stringValue
        else { return nil }
        var attributes: [MarkupAttribute] = []
        if let value = object["attributes"] {
            guard let members = value.objectValue?.members else { return nil }
            for (name, value) in members {
                guard let text = value.stringValue else { return nil }
                attributes.append(MarkupAttribute(name: name, value: text))
            }
        }
        let content: String
        switch object["content"] {
        case nil, .null?: content = ""
        case let .string(text)?: content = text
        default: return nil
        }
        self.init(id: id, role: role, element: element, attributes: attributes, content: content)
    }

    /// The codes of a JSON array, nil when any element is not a code.
    public static func codes(json: JSONValue) -> [InlineCode]? {
        guard let elements = json.arrayValue else { return nil }
        var codes: [InlineCode] = []
        for element in elements {
            guard let code = InlineCode(json: element) else { return nil }
            codes.append(code)
        }
        return codes
    }

    /// `codes` as a JSON array.
    public static func json(_ codes: [InlineCode]) -> JSONValue { .array(codes.map(\.json)) }
}
