import Foundation

/// What a unit read from an exchange file (TMX) carried beyond the memory's own columns, kept so
/// that an export gives it back: the original `tuid`, the unit's other attributes (`usagecount`,
/// `lastusagedate`, `datatype`, ...), its foreign props and notes, variants in further
/// languages, and each side's own notes, props and attributes. Stored as JSON in the memory's
/// `exchange` column; nil for units that had none (what Tarjama itself writes).
public struct ExchangeMetadata: Sendable, Hashable, Codable {
    /// The unit's `tuid` as read.
    public var tuid: String?
    /// `<tu>` attributes other than id, languages, dates and users, as read.
    public var attributes: [MarkupAttribute] = []
    /// `<prop>`s the memory has no column for, in order.
    public var properties: [TranslationProperty] = []
    /// The unit's `<note>`s.
    public var notes: [String] = []
    /// Variants in further languages.
    public var otherVariants: [TranslationVariant] = []
    /// The source `<tuv>`'s notes, props and attributes.
    public var sourceVariant: VariantMetadata?
    /// The target `<tuv>`'s.
    public var targetVariant: VariantMetadata?
    /// True when the unit's users and dates were read from the target `<tuv>` alone (OmegaT
    /// writes them there), so an export writes them back there only, not on the `<tu>` too.
    public var usersOnTargetVariant: Bool?

    public init() {}

    /// Whether there is nothing to keep.
    public var isEmpty: Bool { self == ExchangeMetadata() }

    /// The metadata as the store keeps it: JSON, nil when empty.
    var column: String? {
        guard !isEmpty, let data = try? Self.encoder.encode(self) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The metadata of a stored column; nil for NULL or a value that does not decode.
    init?(column: String?) {
        guard let column, let value = try? JSONDecoder().decode(ExchangeMetadata.self, from: Data(column.utf8)) else { return nil }
        self = value
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
