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

    public init(sourceLanguage: String? = nil, targetLanguage: String? = nil, minimumScore: Double? = nil,
                maximumScore: Double? = nil, dropEmpty: Bool = false, region: RegionPolicy = .keep) {
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

/// Finds exact duplicates (same source and target language and text) in a stream of units.
///
/// Keeps a 128-bit fingerprint per distinct unit rather than the texts, so a million units cost
/// about 16 MB; two different units sharing a fingerprint is astronomically unlikely.
public struct UnitDeduplicator: Sendable {
    private struct Fingerprint: Hashable { var high: UInt64; var low: UInt64 }
    private var seen = Set<Fingerprint>()
    /// How language codes are compared (`ar` and `ar-SY` are one language unless `keep`).
    public let region: RegionPolicy
    /// Duplicates seen so far.
    public private(set) var duplicates = 0

    public init(region: RegionPolicy = .keep) { self.region = region }

    /// Whether `unit` is the first of its kind (and records it).
    public mutating func isFirst(_ unit: TranslationUnit) -> Bool {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325
        var low: UInt64 = 0x8422_2325_cbf2_9ce4
        func mix(_ text: String) {
            for byte in text.utf8 {
                high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                low = (low &+ UInt64(byte) &+ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
                low ^= low >> 31
            }
            // A separator no text byte can equal keeps ("ab","c") apart from ("a","bc").
            high = (high ^ 0x1FF) &* 0x0000_0100_0000_01B3
            low = (low &+ 0x1FF) &* 0x94D0_49BB_1331_11EB
        }
        mix(region.key(unit.source.language))
        mix(unit.source.text)
        mix(region.key(unit.target.language))
        mix(unit.target.text)
        let inserted = seen.insert(Fingerprint(high: high, low: low)).inserted
        if !inserted { duplicates += 1 }
        return inserted
    }
}
