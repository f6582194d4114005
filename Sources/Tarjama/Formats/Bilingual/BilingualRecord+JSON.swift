extension BilingualRecord {
    /// Reads a record from one parsed JSONL object; `file` and `line` name it in errors.
    ///
    /// `id` is required; `source` and `target` default to empty (a 1-0 or 0-1 bead); the other
    /// known fields must have the right type when present (`null` counts as absent); unknown
    /// fields go to ``extra``.
    public init(json object: JSONObject, file: String, line: Int) throws(FormatError) {
        func string(_ field: String) throws(FormatError) -> String? {
            switch object[field] {
            case nil, .null?: return nil
            case let .string(value)?: return value
            default: throw .invalidField(file: file, line: line, field: field, expected: "a string")
            }
        }
        func strings(_ field: String) throws(FormatError) -> [String]? {
            switch object[field] {
            case nil, .null?: return nil
            case let .array(elements)?:
                var result: [String] = []
                result.reserveCapacity(elements.count)
                for element in elements {
                    guard case let .string(value) = element else {
                        throw .invalidField(file: file, line: line, field: field, expected: "an array of segment id strings")
                    }
                    result.append(value)
                }
                return result
            default: throw .invalidField(file: file, line: line, field: field, expected: "an array of segment id strings")
            }
        }
        try Self.requireShape(object, file: file, line: line)
        try Self.checkCodes(object, file: file, line: line)
        guard let id = try string("id") else { throw .missingField(file: file, line: line, field: "id") }
        var score: Double?
        switch object["score"] {
        case nil, .null?: score = nil
        case let .number(text)?:
            // 1e400 reads as infinity, which no score is and no JSON writer can write back.
            guard let value = Double(text), value.isFinite else {
                throw .invalidField(file: file, line: line, field: "score", expected: "a finite number")
            }
            score = value
        default: throw .invalidField(file: file, line: line, field: "score", expected: "a number")
        }
        var suggestions: JSONValue?
        switch object["suggestions"] {
        case nil, .null?: suggestions = nil
        case let value? where value.arrayValue != nil: suggestions = value
        default: throw .invalidField(file: file, line: line, field: "suggestions", expected: "an array")
        }
        var extra = JSONObject()
        for (key, value) in object.members where !Self.knownFields.contains(key) { extra[key] = value }
        self.init(
            id: id, source: try string("source") ?? "", target: try string("target") ?? "",
            sourceLang: try string("sourceLang"), targetLang: try string("targetLang"),
            status: try string("status").map(BilingualStatus.init(rawValue:)), score: score,
            bead: try string("bead"), suggestions: suggestions,
            sourceIds: try strings("sourceIds"), targetIds: try strings("targetIds"), extra: extra)
    }

    /// What a bilingual segment file is, for refusals.
    static let expectedShape =
        "a bilingual segment file (JSONL), one segment pair per line with \"id\", \"source\" and \"target\", as tarjama align writes"

    /// Refuses a line that is not a segment pair at all: one with neither `source` nor `target`
    /// (every pair has at least one side), naming the kind of file it looks like, since read as
    /// a pair it would silently become an empty one.
    static func requireShape(_ object: JSONObject, file: String, line: Int) throws(FormatError) {
        guard object["source"] == nil, object["target"] == nil else { return }
        let found =
            if object["text"] != nil && object["suggestions"] != nil {
                "suggestion JSONL (tarjama suggest)"
            } else if object["text"] != nil && (object["n"] != nil || object["doc"] != nil) {
                "segment JSONL (tarjama segment)"
            } else if object["text"] != nil && object["value"] != nil {
                "number JSONL (tarjama numbers)"
            } else {
                "a record with neither \"source\" nor \"target\""
            }
        throw .wrongShape(file: file, line: line, found: found, expected: expectedShape)
    }

    /// The record as a JSON object: known fields in the contract's order (absent ones omitted),
    /// then the unknown fields in the order read.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object["id"] = .string(id)
        object["source"] = .string(source)
        object["target"] = .string(target)
        if let sourceLang { object["sourceLang"] = .string(sourceLang) }
        if let targetLang { object["targetLang"] = .string(targetLang) }
        if let status { object["status"] = .string(status.rawValue) }
        if let score, let number = JSONValue.number(score) { object["score"] = number }
        if let bead { object["bead"] = .string(bead) }
        if let suggestions { object["suggestions"] = suggestions }
        if let sourceIds { object["sourceIds"] = .array(sourceIds.map(JSONValue.string)) }
        if let targetIds { object["targetIds"] = .array(targetIds.map(JSONValue.string)) }
        for (key, value) in extra.members where object[key] == nil { object[key] = value }
        return object
    }

    /// The record as one JSONL line, without the newline.
    public var jsonLine: String {
        var line: [UInt8] = []
        appendJSONLine(to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends the record as one JSONL line, without the newline, in UTF-8.
    public func appendJSONLine(to output: inout [UInt8]) {
        JSONValue.object(jsonObject).write(to: &output)
    }
}
