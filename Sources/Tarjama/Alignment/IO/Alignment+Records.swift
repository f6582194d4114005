extension Alignment {
    /// The pairs as bilingual records (ARCHITECTURE.md, Contracts): id `<document>:<k>` for the k-th pair,
    /// texts joined with a space, `bead`, `score` (rounded to 4 places), `sourceIds`/`targetIds`,
    /// and `startTime`/`endTime` in seconds when the segments came from subtitles.
    ///
    /// Pinned pairs keep their status `confirmed`. A pair with exactly the same segment ids as a
    /// record in `previous` (a re-run with `--pinned`) keeps that record's status, suggestions
    /// and unknown fields.
    public func records(
        source: AlignmentSide, target: AlignmentSide, documentName: String,
        previous: [BilingualRecord] = []
    ) -> [BilingualRecord] {
        var earlier: [PairKey: BilingualRecord] = [:]
        for record in previous {
            earlier[PairKey(sourceIds: record.sourceIds ?? [], targetIds: record.targetIds ?? [])] = record
        }
        return pairs.enumerated().map { index, pair in
            let sourceSegments = source.segments[pair.source]
            let targetSegments = target.segments[pair.target]
            let sourceIds = sourceSegments.map(\.id), targetIds = targetSegments.map(\.id)
            var record =
                earlier[PairKey(sourceIds: sourceIds, targetIds: targetIds)]
                ?? BilingualRecord(id: "", source: "", target: "")
            record.id = "\(documentName):\(index + 1)"
            // A single segment's text is shared, not copied (a long bitext's records would
            // otherwise hold all of its text a second time).
            record.source = Self.joinedText(sourceSegments)
            record.target = Self.joinedText(targetSegments)
            record.sourceLang = source.language
            record.targetLang = target.language
            if pair.isPinned { record.status = BilingualStatus(rawValue: "confirmed") }
            record.score = (pair.score * 10_000).rounded() / 10_000
            record.bead = pair.kind.description
            record.sourceIds = sourceIds
            record.targetIds = targetIds
            // A pair from subtitles keeps when it is spoken: the span of its source cues, or of
            // the target's when only the translation was timed.
            let sourceTimes = sourceSegments.compactMap(\.time)
            let times = sourceTimes.isEmpty ? targetSegments.compactMap(\.time) : sourceTimes
            if let first = times.first {
                let span = times.dropFirst().reduce(first) { $0.union($1) }
                (record.extra["startTime"], record.extra["endTime"]) = span.jsonFields
            }
            return record
        }
    }

    /// The texts of `segments` joined with a space; one segment's text as it is.
    static func joinedText(_ segments: ArraySlice<AlignmentSegment>) -> String {
        segments.count == 1 ? segments[segments.startIndex].text : segments.map(\.text).joined(separator: " ")
    }

    /// The per-bead evidence as a JSON object (`--explain`): the calibration's features by name.
    public static func explanation(of pair: AlignedPair) -> JSONValue {
        let values = AlignmentConfidence.features(kind: pair.kind, evidence: pair.evidence)
        var members: [(String, JSONValue)] = [("posterior", JSONValue.number(pair.evidence.posterior) ?? .null)]
        for (name, value) in zip(AlignmentConfidence.featureNames, values) {
            members.append((name, JSONValue.number((value * 10_000).rounded() / 10_000) ?? .null))
        }
        return .object(JSONObject(members))
    }
}

/// The segment ids a pair joins, as a dictionary key.
struct PairKey: Hashable {
    var sourceIds: [String]
    var targetIds: [String]
}
