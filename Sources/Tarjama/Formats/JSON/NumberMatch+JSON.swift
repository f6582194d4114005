public import TarjamaText

extension NumberMatch {
    /// The number as one line of Number JSONL (ARCHITECTURE.md, Contracts): `{"start","end","text","value"}`,
    /// plus `"kind"` (`ordinal`, `dual`, `minutes`) for all but cardinals and `"notes"` when there
    /// are any. `"value"` is exact (7.5 as 7.5, not a float's 7.4999…) and null
    /// for a number too large to take one (its notes say so). `units` is the text
    /// the match's range points into.
    public func jsonLine(in units: [UInt16]) -> String {
        var members: [(String, JSONValue)] = [
            ("start", .number(range.lowerBound)),
            ("end", .number(range.upperBound)),
            ("text", .string(String(decoding: units[range], as: UTF16.self))),
            ("value", exactValue.map { .number($0.description) } ?? .null),
        ]
        if kind != .cardinal { members.append(("kind", .string(kind.rawValue))) }
        if !notes.isEmpty { members.append(("notes", .array(notes.map { .string($0.description) }))) }
        return JSONValue.object(JSONObject(members)).jsonText
    }
}
