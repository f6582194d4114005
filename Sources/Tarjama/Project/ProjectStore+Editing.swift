import Foundation
import GRDB

extension ProjectStore {
    /// Splits a segment in two at UTF-16 `offset` in its source (0 < offset < the source's
    /// length; white space around the cut goes to neither part). The first part keeps the row id
    /// and the draft, the second is a new row with no draft; both keep the time range, which a
    /// subtitle export shares out between them. Later segments move up one place.
    ///
    /// A confirmed segment goes back to `translated` (or `initial` without a draft): its draft no
    /// longer translates the first part alone. Its unit stays in the memory.
    /// - Complexity: O(n) in the document's length and segment count.
    public func splitSegment(
        _ id: Int64, at offset: Int, expectedVersion: Int,
        user: String? = nil
    ) throws(ProjectStoreError) -> [ProjectSegment] {
        try guarded {
            try pool.write { db in
                let current = try Self.checkedVersion(id, expectedVersion, db)
                let length = current.source.utf16.count
                guard offset > 0 && offset < length else {
                    throw ProjectStoreError.invalidInput(
                        reason: "split offset \(offset) is not inside segment \(id); "
                            + "give a UTF-16 offset between 1 and \(length - 1)")
                }
                let source = try Self.source(ofDocument: current.documentID, db)
                let range = current.start..<current.end
                guard let cut = source.documentOffset(of: offset, in: range) else {
                    throw ProjectStoreError.invalidInput(reason: "split offset \(offset) is not inside segment \(id)")
                }
                if source.splitsSurrogatePair(at: cut) {
                    throw ProjectStoreError.invalidInput(
                        reason: "split offset \(offset) falls inside a character of segment \(id); "
                            + "move it one unit left or right")
                }
                let first = source.trimmed(range.lowerBound..<cut)
                let second = source.trimmed(cut..<range.upperBound)
                guard !first.isEmpty && !second.isEmpty else {
                    throw ProjectStoreError.invalidInput(
                        reason: "splitting segment \(id) at offset \(offset) leaves one part empty; "
                            + "split between two words")
                }
                let now = UTCDate.string(from: Self.now(), .extended)
                try db.execute(
                    sql: "UPDATE projectSegment SET position = position + 1 WHERE documentID = ? AND position > ?",
                    arguments: [current.documentID, current.index])
                try db.execute(
                    sql: """
                        UPDATE projectSegment SET source = ?, startOffset = ?, endOffset = ?, status = ?, version = version + 1, qaOverride = NULL,
                            changedAt = ?, changedBy = ?, memoryUnitID = NULL
                        WHERE id = ?
                        """,
                    arguments: [
                        source.text(of: first), first.lowerBound, first.upperBound,
                        Self.draftStatus(current.target).rawValue, now, user, id,
                    ])
                try db.execute(
                    sql: """
                        INSERT INTO projectSegment (documentID, position, source, startOffset, endOffset, timeStart, timeEnd,
                            speaker, changedAt, changedBy)
                        SELECT documentID, position + 1, ?, ?, ?, timeStart, timeEnd, speaker, ?, ? FROM projectSegment WHERE id = ?
                        """, arguments: [source.text(of: second), second.lowerBound, second.upperBound, now, user, id])
                let secondID = db.lastInsertedRowID
                return [try Self.fetchSegment(id, db), try Self.fetchSegment(secondID, db)]
            }
        }
    }

    /// Merges a segment with the next one in its document: the source spans both, the drafts are
    /// joined with a space, the time range covers both. The segment keeps its row id (its
    /// version checked against `expectedVersion`); the next one's row is removed and later
    /// segments move down one place. Units either added to the memory stay there.
    /// - Complexity: O(n) in the document's length and segment count.
    public func mergeSegment(
        _ id: Int64, withNextExpectedVersion expectedVersion: Int,
        user: String? = nil
    ) throws(ProjectStoreError) -> ProjectSegment {
        try guarded {
            try pool.write { db in
                let current = try Self.checkedVersion(id, expectedVersion, db)
                guard
                    let nextRow = try Row.fetchOne(
                        db, sql: Self.segmentSelect + " WHERE s.documentID = ? AND s.position = ?",
                        arguments: [current.documentID, current.index + 1])
                else {
                    throw ProjectStoreError.invalidInput(
                        reason: "segment \(id) is the last of its document; there is no next segment to merge it with")
                }
                let next = Self.segment(from: nextRow)
                let source = try Self.source(ofDocument: current.documentID, db)
                let range = current.start..<next.end
                let target = [current.target, next.target].filter { !$0.trimmingWhitespace().isEmpty }.joined(separator: " ")
                let time = [current.timeRange, next.timeRange].compactMap { $0 }.reduce(nil) { (joined: TimeRange?, range) in
                    joined.map { $0.union(range) } ?? range
                }
                try db.execute(
                    sql: """
                        UPDATE projectSegment SET source = ?, target = ?, startOffset = ?, endOffset = ?, timeStart = ?, timeEnd = ?, qaOverride = NULL,
                            status = ?, version = version + 1, changedAt = ?, changedBy = ?, memoryUnitID = NULL
                        WHERE id = ?
                        """,
                    arguments: [
                        source.text(of: range), target, range.lowerBound, range.upperBound, time?.start, time?.end,
                        Self.draftStatus(target).rawValue, UTCDate.string(from: Self.now(), .extended), user, id,
                    ])
                try db.execute(sql: "DELETE FROM projectSegment WHERE id = ?", arguments: [next.id])
                try db.execute(
                    sql: "UPDATE projectSegment SET position = position - 1 WHERE documentID = ? AND position > ?",
                    arguments: [current.documentID, next.index])
                return try Self.fetchSegment(id, db)
            }
        }
    }

    /// The segment, if it is still at `expectedVersion`; otherwise the conflict carrying it.
    static func checkedVersion(_ id: Int64, _ expectedVersion: Int, _ db: Database) throws -> ProjectSegment {
        let current = try fetchSegment(id, db)
        guard current.version == expectedVersion else { throw ProjectStoreError.conflict(current: current) }
        return current
    }

    /// The text document `id`'s segment offsets count into.
    static func source(ofDocument id: Int64, _ db: Database) throws -> SegmentSource {
        guard let text = try String.fetchOne(db, sql: "SELECT text FROM projectDocument WHERE id = ?", arguments: [id]) else {
            throw ProjectStoreError.notFound(kind: "document", id: id)
        }
        return SegmentSource(units: Array(text.utf16))
    }

    /// The status of a segment whose source changed under its draft.
    static func draftStatus(_ target: String) -> BilingualStatus {
        target.trimmingWhitespace().isEmpty ? .initial : .translated
    }
}
