public import Foundation

/// Counts over a translation memory, gathered unit by unit (constant memory apart from the
/// duplicate fingerprints and the per-language tallies).
public struct TranslationMemoryStatistics: Sendable {
    public private(set) var units = 0
    /// Units per `source → target` language pair, codes as the region policy keys them.
    public private(set) var languagePairs: [String: Int] = [:]
    /// Units with an empty source or target (1-0 / 0-1 beads, untranslated).
    public private(set) var emptySides = 0
    /// Units with more than two variants.
    public private(set) var multilingualUnits = 0
    public private(set) var unitsWithoutId = 0
    public private(set) var sourceCharacters = 0
    public private(set) var targetCharacters = 0
    public private(set) var scored = 0
    public private(set) var scoreSum = 0.0
    public private(set) var minimumScore: Double?
    public private(set) var maximumScore: Double?
    /// Units per bead kind (`1-1`, `2-1`, ...).
    public private(set) var beads: [String: Int] = [:]
    public private(set) var earliest: Date?
    public private(set) var latest: Date?
    private var deduplicator: UnitDeduplicator

    public init(region: RegionPolicy = .keep) {
        deduplicator = UnitDeduplicator(region: region)
    }

    /// Exact duplicates (same languages and texts) after the first.
    public var duplicates: Int { deduplicator.duplicates }

    /// Counts `unit`.
    public mutating func add(_ unit: TranslationUnit) {
        units += 1
        let region = deduplicator.region
        languagePairs[region.key(unit.source.language) + " → " + region.key(unit.target.language), default: 0] += 1
        if unit.source.text.isEmpty || unit.target.text.isEmpty { emptySides += 1 }
        if !unit.otherVariants.isEmpty { multilingualUnits += 1 }
        if unit.tuid == nil { unitsWithoutId += 1 }
        sourceCharacters += unit.source.text.count
        targetCharacters += unit.target.text.count
        if let score = unit.score {
            scored += 1
            scoreSum += score
            minimumScore = min(minimumScore ?? score, score)
            maximumScore = max(maximumScore ?? score, score)
        }
        if let bead = unit.bead { beads[bead, default: 0] += 1 }
        for date in [unit.creationDate, unit.changeDate].compactMap({ $0 }) {
            earliest = min(earliest ?? date, date)
            latest = max(latest ?? date, date)
        }
        _ = deduplicator.isFirst(unit)
    }

    /// A report for the terminal, one fact per line, sorted so runs compare with `diff`.
    public var lines: [String] {
        var lines = ["units: \(units)"]
        for (pair, count) in languagePairs.sorted(by: { $0.key < $1.key }) { lines.append("languages \(pair): \(count)") }
        lines.append("exact duplicates: \(duplicates)")
        lines.append("empty source or target: \(emptySides)")
        if multilingualUnits > 0 { lines.append("units with more than two languages: \(multilingualUnits)") }
        if unitsWithoutId > 0 { lines.append("units without tuid: \(unitsWithoutId)") }
        if units > 0 {
            lines.append("mean characters: source \(sourceCharacters / units), target \(targetCharacters / units)")
        }
        if scored > 0, let minimumScore, let maximumScore {
            let mean = scoreSum / Double(scored)
            lines.append(
                "scores: \(scored) units, min \(Self.format(minimumScore)), mean \(Self.format(mean)), max \(Self.format(maximumScore))")
        }
        for (bead, count) in beads.sorted(by: { $0.key < $1.key }) { lines.append("bead \(bead): \(count)") }
        if let earliest, let latest {
            lines.append("dates: \(UTCDate.string(from: earliest, .basic)) to \(UTCDate.string(from: latest, .basic))")
        }
        return lines
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
