public import Foundation

/// One translation unit as the memory stores it: a source segment, its translation, and where
/// they came from.
///
/// Context (the source segments before and after) is what lets a lookup tell a 101% context
/// match from a plain 100% one; it is absent for units imported without it.
public struct MemoryUnit: Sendable, Equatable {
    /// The row id in the memory, nil for a unit not stored yet.
    public var id: Int64?
    /// BCP 47 code of the source language (`ar`, `ar-SY`).
    public var sourceLanguage: String
    /// BCP 47 code of the target language (`en`).
    public var targetLanguage: String
    /// The source segment as written.
    public var source: String
    /// The translation as written.
    public var target: String
    /// The document the pair came from, when known.
    public var document: String?
    /// The source segment before this one in its document.
    public var previousSource: String?
    /// The source segment after this one in its document.
    public var nextSource: String?
    /// When the unit was created (UTC).
    public var createdAt: Date?
    /// Who created the unit.
    public var createdBy: String?
    /// When the unit last changed (UTC).
    public var changedAt: Date?
    /// Who last changed the unit.
    public var changedBy: String?
    /// Alignment or quality score, when the unit has one.
    public var score: Double?
    /// How the unit entered the memory.
    public var origin: UnitOrigin
    /// The reason a translator gave for confirming the pair over QA errors, nil when QA passed
    /// (or did not run): lookups show it so that the match is checked before it is reused.
    public var qaOverride: String?
    /// The source's inline codes, whose placeholders ``source`` holds; empty for plain text.
    public var sourceCodes: [InlineCode]
    /// The target's inline codes.
    public var targetCodes: [InlineCode]
    /// What an imported TMX unit carried beyond these fields (tuid, usage, foreign props and
    /// notes, further variants), given back on export; nil when it had nothing more.
    public var exchange: ExchangeMetadata?

    /// Makes a unit.
    public init(
        id: Int64? = nil, sourceLanguage: String, targetLanguage: String, source: String, target: String,
        document: String? = nil, previousSource: String? = nil, nextSource: String? = nil,
        createdAt: Date? = nil, createdBy: String? = nil, changedAt: Date? = nil, changedBy: String? = nil,
        score: Double? = nil, origin: UnitOrigin = .imported, qaOverride: String? = nil,
        sourceCodes: [InlineCode] = [], targetCodes: [InlineCode] = [], exchange: ExchangeMetadata? = nil
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.document = document
        self.previousSource = previousSource
        self.nextSource = nextSource
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.score = score
        self.origin = origin
        self.qaOverride = qaOverride
        self.sourceCodes = sourceCodes
        self.targetCodes = targetCodes
        self.exchange = exchange
    }

    /// The source without its codes' placeholders: what lookups match on.
    public var plainSource: String { InlinePlaceholders.plainText(source, codes: sourceCodes) }
}

/// How a unit entered the memory.
public enum UnitOrigin: String, Sendable, CaseIterable, Codable {
    /// Made by the aligner from an earlier article and its published translation.
    case aligned
    /// Confirmed by a translator at work.
    case translated
    /// Read from a TMX or other exchange file.
    case imported
}
