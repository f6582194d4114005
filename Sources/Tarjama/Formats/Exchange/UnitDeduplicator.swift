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
