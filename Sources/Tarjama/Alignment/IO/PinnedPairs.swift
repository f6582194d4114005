/// The reviewer's confirmed pairs from a bilingual JSONL file, resolved against the documents
/// being aligned.
public struct PinnedPairs: Sendable {
    /// The confirmed pairs as segment index ranges, in document order.
    public var pairs: [PinnedPair]
    /// Every record of the file that belongs to these documents (kept to carry suggestions and
    /// unknown fields over to pairs that come out the same).
    public var records: [BilingualRecord]

    public init(pairs: [PinnedPair] = [], records: [BilingualRecord] = []) {
        self.pairs = pairs
        self.records = records
    }

    /// Reads the records of `path` whose segment ids belong to `source` and `target`; those with
    /// `"status":"confirmed"` become pinned pairs. Records of other documents are ignored, so one
    /// file can serve a whole batch.
    public static func read(path: String, source: AlignmentSide, target: AlignmentSide) throws(AlignmentInputError) -> PinnedPairs {
        let records: [(record: BilingualRecord, line: Int)]
        do {
            let reader = try BilingualJSONLReader(path: path)
            var all: [(BilingualRecord, Int)] = []
            while let record = try reader.read() { all.append((record, reader.lineNumber)) }
            records = all
        } catch {
            throw .format(error)
        }
        return try resolve(records, file: path, source: source, target: target)
    }

    static func resolve(
        _ records: [(record: BilingualRecord, line: Int)], file: String,
        source: AlignmentSide, target: AlignmentSide
    ) throws(AlignmentInputError) -> PinnedPairs {
        var sourceIndex: [String: Int] = [:], targetIndex: [String: Int] = [:]
        for (index, segment) in source.segments.enumerated() { sourceIndex[segment.id] = index }
        for (index, segment) in target.segments.enumerated() { targetIndex[segment.id] = index }
        var result = PinnedPairs()
        for (record, line) in records {
            let sourceIds = record.sourceIds ?? [], targetIds = record.targetIds ?? []
            let known = sourceIds.filter { sourceIndex[$0] != nil }.count + targetIds.filter { targetIndex[$0] != nil }.count
            if known == 0 { continue }
            if let unknown = sourceIds.first(where: { sourceIndex[$0] == nil }) ?? targetIds.first(where: { targetIndex[$0] == nil }) {
                throw .unknownSegmentId(file: file, line: line, id: unknown)
            }
            result.records.append(record)
            guard record.status?.rawValue == "confirmed" else { continue }
            // Every id is known (checked above), so nothing is dropped here.
            let s = sourceIds.compactMap { sourceIndex[$0] }, t = targetIds.compactMap { targetIndex[$0] }
            guard let sourceRange = consecutive(s), let targetRange = consecutive(t) else {
                throw .nonConsecutivePinnedIds(file: file, line: line)
            }
            // A 0-1 or 1-0 pin sits where the neighbouring pins leave it; place it after the previous pin.
            let previous = result.pairs.last
            let sourceStart = previous?.source.upperBound ?? 0, targetStart = previous?.target.upperBound ?? 0
            result.pairs.append(
                PinnedPair(
                    source: sourceRange ?? sourceStart..<sourceStart,
                    target: targetRange ?? targetStart..<targetStart))
        }
        result.pairs.sort { ($0.source.lowerBound, $0.target.lowerBound) < ($1.source.lowerBound, $1.target.lowerBound) }
        do {
            _ = try SegmentAligner.stretches(between: result.pairs, sourceCount: source.segments.count, targetCount: target.segments.count)
        } catch {
            throw .pinnedPairs(file: file, error)
        }
        return result
    }

    /// The range of consecutive indices, `.some(nil)` for none, nil when they are not consecutive.
    private static func consecutive(_ indices: [Int]) -> Range<Int>?? {
        guard let first = indices.first else { return .some(nil) }
        for (offset, index) in indices.enumerated() where index != first + offset { return nil }
        return .some(first..<(first + indices.count))
    }
}
