public import Foundation

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
    /// Who created and changed the unit, its usage and its other attributes, as read.
    public var metadata: UnitMetadata

    public init(
        tuid: String? = nil, source: TranslationVariant, target: TranslationVariant,
        otherVariants: [TranslationVariant] = [], creationDate: Date? = nil, changeDate: Date? = nil,
        properties: [TranslationProperty] = [], notes: [String] = [], metadata: UnitMetadata = UnitMetadata()
    ) {
        self.tuid = tuid
        self.source = source
        self.target = target
        self.otherVariants = otherVariants
        self.creationDate = creationDate
        self.changeDate = changeDate
        self.properties = properties
        self.notes = notes
        self.metadata = metadata
    }

    /// Whether the unit has a target: a read unit with one variant has an empty one.
    public var hasTarget: Bool { !(target.language.isEmpty && target.text.isEmpty) }

    /// All variants, source first.
    public var variants: [TranslationVariant] {
        (hasTarget ? [source, target] : [source]) + otherVariants
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
