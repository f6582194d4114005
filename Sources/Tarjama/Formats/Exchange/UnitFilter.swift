/// Which translation units to keep when a memory is filtered, merged or converted.
public struct UnitFilter: Sendable, Hashable {
    /// Keep only units whose source language matches (under ``region``).
    public var sourceLanguage: String?
    /// Keep only units whose target language matches (under ``region``).
    public var targetLanguage: String?
    /// Keep only units with a score at least this; units without a score are dropped when set.
    public var minimumScore: Double?
    /// Keep only units with a score at most this.
    public var maximumScore: Double?
    /// Drop units whose source or target text is empty (1-0 and 0-1 beads).
    public var dropEmpty = false
    /// How language codes are compared.
    public var region: RegionPolicy = .keep

    public init(
        sourceLanguage: String? = nil, targetLanguage: String? = nil, minimumScore: Double? = nil,
        maximumScore: Double? = nil, dropEmpty: Bool = false, region: RegionPolicy = .keep
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.minimumScore = minimumScore
        self.maximumScore = maximumScore
        self.dropEmpty = dropEmpty
        self.region = region
    }

    /// Whether the filter keeps everything.
    public var keepsAll: Bool {
        sourceLanguage == nil && targetLanguage == nil && minimumScore == nil && maximumScore == nil && !dropEmpty
    }

    /// Whether `unit` passes.
    public func accepts(_ unit: TranslationUnit) -> Bool {
        if let sourceLanguage, !region.matches(unit.source.language, sourceLanguage) { return false }
        if let targetLanguage, !region.matches(unit.target.language, targetLanguage) { return false }
        if minimumScore != nil || maximumScore != nil {
            guard let score = unit.score else { return false }
            if let minimumScore, score < minimumScore { return false }
            if let maximumScore, score > maximumScore { return false }
        }
        if dropEmpty && (unit.source.text.isEmpty || unit.target.text.isEmpty) { return false }
        return true
    }
}
