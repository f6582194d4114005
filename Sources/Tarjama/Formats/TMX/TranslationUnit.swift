public import Foundation

/// One language's text in a translation unit (a TMX `<tuv>`).
public struct TranslationVariant: Sendable, Hashable {
    /// BCP 47 code as written, e.g. `ar`, `ar-SY`, `en-GB`.
    public var language: String
    /// Plain text (inline codes of a read TMX dropped, their `<hi>` text kept).
    public var text: String

    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }
}

/// A `<prop type="...">value</prop>` of a unit.
public struct TranslationProperty: Sendable, Hashable {
    public var type: String
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

/// One translation unit of a translation memory: a source text, its translation, and what the
/// desk knows about the pair. The value TMX reading and writing, merging and filtering share.
public struct TranslationUnit: Sendable, Hashable {
    /// The stable unit id (`tuid`), e.g. the bilingual pair's id `report:12`.
    public var tuid: String?
    public var source: TranslationVariant
    /// The translation; empty language and text when a read unit had only one variant.
    public var target: TranslationVariant
    /// Variants in further languages (TMX allows any number); kept so nothing is lost.
    public var otherVariants: [TranslationVariant]
    /// When the unit was created, in UTC to the second.
    public var creationDate: Date?
    /// When the unit last changed.
    public var changeDate: Date?
    /// `<prop>`s in order; the typed accessors (``document``, ``score``, ...) read and write them.
    public var properties: [TranslationProperty]
    /// `<note>`s in order.
    public var notes: [String]

    public init(tuid: String? = nil, source: TranslationVariant, target: TranslationVariant,
                otherVariants: [TranslationVariant] = [], creationDate: Date? = nil, changeDate: Date? = nil,
                properties: [TranslationProperty] = [], notes: [String] = []) {
        self.tuid = tuid
        self.source = source
        self.target = target
        self.otherVariants = otherVariants
        self.creationDate = creationDate
        self.changeDate = changeDate
        self.properties = properties
        self.notes = notes
    }

    /// All variants, source first.
    public var variants: [TranslationVariant] {
        (target.language.isEmpty && target.text.isEmpty ? [source] : [source, target]) + otherVariants
    }

    /// The value of the first property of `type`; setting nil removes every property of `type`.
    public subscript(property type: String) -> String? {
        get { properties.first { $0.type == type }?.value }
        set {
            if let index = properties.firstIndex(where: { $0.type == type }) {
                if let newValue {
                    properties[index].value = newValue
                    properties.removeAll { $0.type == type && $0.value != newValue }
                } else {
                    properties.removeAll { $0.type == type }
                }
            } else if let newValue {
                properties.append(TranslationProperty(type: type, value: newValue))
            }
        }
    }
}

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
