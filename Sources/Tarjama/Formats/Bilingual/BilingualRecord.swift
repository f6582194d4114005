/// One segment pair of a bilingual segment file (ARCHITECTURE.md, Contracts): the
/// unit the aligner writes, the glossary fills with suggestions, and TMX/XLIFF/TSV carry.
///
/// Fields a record has no value for are nil and are omitted when written. Fields this version
/// does not know are kept in ``extra`` exactly as read and written back after the known ones.
public struct BilingualRecord: Sendable, Hashable {
    /// The stable id of the pair, e.g. `report:12`.
    public var id: String
    /// The source (Arabic) text; empty for a 0-1 bead.
    public var source: String
    /// The target (English) text; empty for a 1-0 bead or an untranslated segment.
    public var target: String
    /// BCP 47 code of the source, e.g. `ar` or `ar-SY`.
    public var sourceLang: String?
    /// BCP 47 code of the target, e.g. `en`.
    public var targetLang: String?
    /// Where the pair stands in the desk's workflow (see ``BilingualStatus``).
    public var status: BilingualStatus?
    /// The aligner's confidence, usually 0...1.
    public var score: Double?
    /// The alignment bead, e.g. `1-1`, `2-1`, `1-0`.
    public var bead: String?
    /// The glossary suggestions for the source, as the glossary writes them (a JSON array of
    /// `{"start","end","source","rendering","alternatives","type","match"}` objects); see
    /// ``typedSuggestions``.
    public var suggestions: JSONValue?
    /// The ids of the source segments the pair joins (empty for a 0-1 bead).
    public var sourceIds: [String]?
    /// The ids of the target segments the pair joins (empty for a 1-0 bead).
    public var targetIds: [String]?
    /// Fields this version does not know, in the order read; written back unchanged.
    public var extra: JSONObject

    /// The field names this type reads into typed properties, in the order they are written.
    public static let knownFields = [
        "id", "source", "target", "sourceLang", "targetLang", "status", "score", "bead",
        "suggestions", "sourceIds", "targetIds",
    ]

    public init(
        id: String, source: String, target: String, sourceLang: String? = nil, targetLang: String? = nil,
        status: BilingualStatus? = nil, score: Double? = nil, bead: String? = nil,
        suggestions: JSONValue? = nil, sourceIds: [String]? = nil, targetIds: [String]? = nil,
        extra: JSONObject = JSONObject()
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceLang = sourceLang
        self.targetLang = targetLang
        self.status = status
        self.score = score
        self.bead = bead
        self.suggestions = suggestions
        self.sourceIds = sourceIds
        self.targetIds = targetIds
        self.extra = extra
    }
}

extension BilingualRecord {
    /// The document the pair belongs to: its id up to the last `:` (`report` for `report:12`,
    /// `A/69/767` for `A/69/767:3`), or the empty name when the id has no `:`. Checks that compare
    /// pairs with each other (a term rendered two ways, a source translated two ways) compare
    /// pairs of one document only: a file may join documents that rightly word things apart.
    public var documentName: Substring {
        guard let colon = id.lastIndex(of: ":") else { return "" }
        return id[..<colon]
    }
}
