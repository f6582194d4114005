/// A typed view of one glossary suggestion in a bilingual record's `suggestions` array
/// (`{"start","end","source","rendering","alternatives","type","match"}`).
///
/// The glossary owns the object; this view reads the fields XLIFF and TMX export need and
/// ignores the rest.
public struct BilingualSuggestion: Sendable, Hashable {
    /// UTF-16 offsets of the matched source text.
    public var start: Int?
    public var end: Int?
    /// The glossary's source term.
    public var source: String
    /// The preferred English rendering.
    public var rendering: String
    /// Other accepted renderings.
    public var alternatives: [String]
    /// The entry type (name, place, organisation, term, number, ...).
    public var type: String?
    /// How it matched (exact, normalised, clitic, ...).
    public var match: String?

    public init(
        start: Int? = nil, end: Int? = nil, source: String, rendering: String, alternatives: [String] = [],
        type: String? = nil, match: String? = nil
    ) {
        self.start = start
        self.end = end
        self.source = source
        self.rendering = rendering
        self.alternatives = alternatives
        self.type = type
        self.match = match
    }

    /// Reads a suggestion object; nil when it has no `source` or no `rendering` string.
    public init?(json: JSONValue) {
        guard let object = json.objectValue,
            let source = object["source"]?.stringValue,
            let rendering = object["rendering"]?.stringValue
        else { return nil }
        self.init(
            start: object["start"]?.intValue, end: object["end"]?.intValue, source: source, rendering: rendering,
            alternatives: object["alternatives"]?.arrayValue?.compactMap(\.stringValue) ?? [],
            type: object["type"]?.stringValue, match: object["match"]?.stringValue)
    }

    /// The suggestion as a JSON object in the contract's field order.
    public var json: JSONValue {
        var object = JSONObject()
        if let start { object["start"] = .number(start) }
        if let end { object["end"] = .number(end) }
        object["source"] = .string(source)
        object["rendering"] = .string(rendering)
        object["alternatives"] = .array(alternatives.map(JSONValue.string))
        if let type { object["type"] = .string(type) }
        if let match { object["match"] = .string(match) }
        return .object(object)
    }
}

extension BilingualRecord {
    /// The suggestions that have a source and a rendering, typed; others are skipped.
    public var typedSuggestions: [BilingualSuggestion] {
        suggestions?.arrayValue?.compactMap(BilingualSuggestion.init(json:)) ?? []
    }
}
