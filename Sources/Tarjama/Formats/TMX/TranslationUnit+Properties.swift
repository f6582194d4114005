/// The property types Tarjama writes (TMX reserves `x-` for tool-defined types).
public enum TranslationPropertyType {
    public static let document = "x-document"
    public static let sourceIds = "x-source-ids"
    public static let targetIds = "x-target-ids"
    public static let score = "x-score"
    public static let bead = "x-bead"
    public static let status = "x-status"
    public static let speaker = "x-speaker"
    public static let timeCode = "x-time-code"
}

extension TranslationUnit {
    /// The document the pair comes from.
    public var document: String? {
        get { self[property: TranslationPropertyType.document] }
        set { self[property: TranslationPropertyType.document] = newValue }
    }

    /// The source segment ids the pair joins (space-separated in the property).
    public var sourceIds: [String]? {
        get { self[property: TranslationPropertyType.sourceIds].map { $0.split(separator: " ").map(String.init) } }
        set { self[property: TranslationPropertyType.sourceIds] = newValue?.joined(separator: " ") }
    }

    /// The target segment ids the pair joins.
    public var targetIds: [String]? {
        get { self[property: TranslationPropertyType.targetIds].map { $0.split(separator: " ").map(String.init) } }
        set { self[property: TranslationPropertyType.targetIds] = newValue?.joined(separator: " ") }
    }

    /// The alignment score.
    public var score: Double? {
        get { self[property: TranslationPropertyType.score].flatMap(Double.init) }
        set { self[property: TranslationPropertyType.score] = newValue.flatMap(JSONValue.number).map(\.jsonText) }
    }

    /// The alignment bead, e.g. `2-1`.
    public var bead: String? {
        get { self[property: TranslationPropertyType.bead] }
        set { self[property: TranslationPropertyType.bead] = newValue }
    }

    /// The workflow status.
    public var status: String? {
        get { self[property: TranslationPropertyType.status] }
        set { self[property: TranslationPropertyType.status] = newValue }
    }

    /// Who speaks, for transcripts.
    public var speaker: String? {
        get { self[property: TranslationPropertyType.speaker] }
        set { self[property: TranslationPropertyType.speaker] = newValue }
    }

    /// The time range in the recording, `hh:mm:ss.mmm-hh:mm:ss.mmm`.
    public var timeCode: String? {
        get { self[property: TranslationPropertyType.timeCode] }
        set { self[property: TranslationPropertyType.timeCode] = newValue }
    }
}
