import Foundation
import GRDB

extension ProjectStore {
    /// The statuses a segment may be given; anything else is refused.
    static let knownStatuses: [BilingualStatus] = [.initial, .translated, .reviewed, .confirmed, .final]

    /// The segments of document `id` in order; ``ProjectStoreError/notFound(kind:id:)`` for an unknown document.
    public func segments(ofDocument id: Int64) throws(ProjectStoreError) -> [ProjectSegment] {
        try guarded {
            try pool.read { db in
                try Self.requireDocument(id, db)
                return try Row.fetchAll(
                    db, sql: Self.segmentSelect + " WHERE s.documentID = ? ORDER BY s.position",
                    arguments: [id]
                ).map(Self.segment(from:))
            }
        }
    }

    /// The segment with row id `id`; ``ProjectStoreError/notFound(kind:id:)`` when there is none.
    public func segment(_ id: Int64) throws(ProjectStoreError) -> ProjectSegment {
        try guarded { try pool.read { db in try Self.fetchSegment(id, db) } }
    }

    /// The row id of the segment that the segment id `<document name>:<n>` (ARCHITECTURE.md) names (the n-th
    /// segment of the document as it stands now); ``ProjectStoreError/noSuchSegmentID(_:)``
    /// when the document or the position does not exist.
    public func segmentRowID(segmentID: String) throws(ProjectStoreError) -> Int64 {
        guard let colon = segmentID.lastIndex(of: ":"), let position = Int(segmentID[segmentID.index(after: colon)...]),
            position > 0, colon > segmentID.startIndex
        else {
            throw .noSuchSegmentID(segmentID)
        }
        let name = String(segmentID[..<colon]).precomposedStringWithCanonicalMapping
        let found: Int64? = try guarded {
            try pool.read { db in
                guard let document = try Self.documentNamed(name, db) else { return nil }
                return try Int64.fetchOne(
                    db, sql: "SELECT id FROM projectSegment WHERE documentID = ? AND position = ?",
                    arguments: [document, position])
            }
        }
        guard let found else { throw .noSuchSegmentID(segmentID) }
        return found
    }

    /// Changes a segment's draft and/or status, if it is still at `expectedVersion`; otherwise
    /// throws ``ProjectStoreError/conflict(current:)`` carrying the segment as it stands, and
    /// nothing changes. On success the version grows by one.
    ///
    /// A segment that is confirmed (or final) after the change has its pair stored in the memory
    /// in the same transaction: origin `translated`, the document's name, the neighbouring
    /// sources as context, `user` as author. Confirming again after an edit replaces the unit
    /// the segment added before, so the memory holds one unit per segment. `qaOverride`, the
    /// reason for confirming over QA errors, is kept on the segment and its memory unit.
    public func updateSegment(
        _ id: Int64, target: String?, status: BilingualStatus?,
        expectedVersion: Int, user: String? = nil,
        qaOverride: String? = nil
    ) throws(ProjectStoreError) -> ProjectSegment {
        if target == nil && status == nil {
            throw .invalidInput(reason: "nothing to change: give a target, a status or both")
        }
        if let status, !Self.knownStatuses.contains(status) {
            throw .invalidInput(
                reason: "unknown status \(DocumentUpload.shown(status.rawValue)); use "
                    + Self.knownStatuses.map(\.rawValue).joined(separator: ", "))
        }
        if let target, target.utf8.contains(0) {
            throw .invalidInput(reason: "the target contains a NUL character, which no translation can hold")
        }
        return try guarded {
            try pool.write { db in
                let current = try Self.fetchSegment(id, db)
                guard current.version == expectedVersion else { throw ProjectStoreError.conflict(current: current) }
                let newTarget = target ?? current.target
                let newStatus = status ?? current.status
                let confirming = Self.belongsInMemory(newStatus)
                if confirming && newTarget.trimmingWhitespace().isEmpty {
                    throw ProjectStoreError.invalidInput(reason: "segment \(id) has no translation yet; write one before confirming it")
                }
                // An override holds for the confirmation it was given with; any later edit clears it.
                try db.execute(
                    sql: """
                        UPDATE projectSegment SET target = ?, status = ?, version = version + 1, changedAt = ?, changedBy = ?,
                            qaOverride = ?
                        WHERE id = ? AND version = ?
                        """,
                    arguments: [
                        newTarget, newStatus.rawValue, UTCDate.string(from: Self.now(), .extended), user,
                        confirming ? qaOverride : nil, id, expectedVersion,
                    ])
                if confirming {
                    try storeInMemory(segment: id, user: user, db)
                }
                return try Self.fetchSegment(id, db)
            }
        }
    }

    /// Whether a segment with `status` has its pair in the memory.
    static func belongsInMemory(_ status: BilingualStatus) -> Bool {
        status == .confirmed || status == .final
    }

    static func requireDocument(_ id: Int64, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM projectDocument WHERE id = ?", arguments: [id]) != nil else {
            throw ProjectStoreError.notFound(kind: "document", id: id)
        }
    }
}
