/// One problem `tarjama check` found in a bilingual file.
public struct TermProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// A glossary term in the source whose rendering (or an alternative) is not in the target.
        case missingRendering = "missing-rendering"
        /// A rendering house style forbids is in the target.
        case forbiddenRendering = "forbidden-rendering"
        /// A number in one side has no equal value on the other.
        case numberMismatch = "number-mismatch"
        /// A date in the source and one in the target that cannot be the same day.
        case dateMismatch = "date-mismatch"
        /// The same term is rendered differently in different segments of the file.
        case inconsistentRendering = "inconsistent-rendering"
    }

    public var kind: Kind
    /// The segment id (for inconsistencies, the first segment using a minority rendering).
    public var id: String
    /// The 1-based line of the record in the bilingual file.
    public var line: Int
    /// The Arabic term or number as it stands in the source (empty for a target-only number).
    public var source: String
    /// What the target should have: the preferred rendering, or the number's value.
    public var expected: String
    /// What the target has instead, when known.
    public var found: String?
    /// The segment ids involved, for inconsistencies.
    public var ids: [String] = []

    public var description: String {
        switch kind {
        case .missingRendering:
            "\(id): missing rendering: \(source) → \(expected)"
        case .forbiddenRendering:
            "\(id): forbidden rendering \"\(found ?? "")\" for \(source); use \(expected)"
        case .numberMismatch:
            source.isEmpty
                ? "\(id): number \(found ?? "") in the target is not in the source"
                : "\(id): number \(source) = \(expected) in the source is not in the target"
        case .dateMismatch:
            "\(id): date \(source) = \(expected) in the source, but \"\(found ?? "")\" in the target"
        case .inconsistentRendering:
            "\(id): \(source) is rendered \"\(found ?? "")\" in \(ids.joined(separator: ", ")) but \"\(expected)\" elsewhere"
        }
    }

    /// The problem as one JSON object: `{"kind","id","line","source","expected","found","ids"}`.
    public var json: JSONValue {
        var object = JSONObject()
        object["kind"] = .string(kind.rawValue)
        object["id"] = .string(id)
        object["line"] = .number(line)
        object["source"] = .string(source)
        object["expected"] = .string(expected)
        if let found { object["found"] = .string(found) }
        if !ids.isEmpty { object["ids"] = .array(ids.map(JSONValue.string)) }
        object["message"] = .string(description)
        return .object(object)
    }
}
