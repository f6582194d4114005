import Foundation
import GRDB

extension ProjectStore {
    static let segmentSelect = """
        SELECT s.id, s.documentID, s.position, s.source, s.target, s.status, s.version, s.startOffset, s.endOffset,
               s.timeStart, s.timeEnd, s.changedAt, s.changedBy, s.qaOverride, d.name AS documentName
        FROM projectSegment s JOIN projectDocument d ON d.id = s.documentID
        """

    static func segment(from row: Row) -> ProjectSegment {
        let index: Int = row["position"]
        let name: String = row["documentName"]
        let timeStart: Int? = row["timeStart"]
        let timeEnd: Int? = row["timeEnd"]
        return ProjectSegment(
            id: row["id"], documentID: row["documentID"], index: index, segmentID: "\(name):\(index)",
            source: row["source"], target: row["target"], status: BilingualStatus(rawValue: row["status"]),
            version: row["version"], start: row["startOffset"], end: row["endOffset"],
            timeRange: timeStart.flatMap { start in timeEnd.map { TimeRange(start: start, end: $0) } },
            changedAt: (row["changedAt"] as String?).flatMap { UTCDate.date(from: $0, .extended) } ?? Date(timeIntervalSince1970: 0),
            changedBy: row["changedBy"], qaOverride: row["qaOverride"])
    }

    static let documentSelect = """
        SELECT d.id, d.name, d.format, d.sourceLang, d.targetLang, d.createdAt, d.reflowed,
               (SELECT count(*) FROM projectSegment s WHERE s.documentID = d.id) AS segmentCount,
               (SELECT count(*) FROM projectSegment s WHERE s.documentID = d.id AND s.status IN \(confirmedStatuses)) AS confirmedCount
        FROM projectDocument d
        """

    /// The stored statuses whose pairs belong in the memory, as an SQL list.
    static let confirmedStatuses = "('confirmed', 'final')"

    static func document(from row: Row) -> ProjectDocument {
        ProjectDocument(
            id: row["id"], name: row["name"], format: UploadFormat(rawValue: row["format"]) ?? .text,
            sourceLanguage: row["sourceLang"], targetLanguage: row["targetLang"],
            createdAt: (row["createdAt"] as String?).flatMap { UTCDate.date(from: $0, .extended) } ?? Date(timeIntervalSince1970: 0),
            segmentCount: row["segmentCount"], confirmedCount: row["confirmedCount"], reflowed: row["reflowed"])
    }

    /// The segment with row id `id`, read inside `db`.
    static func fetchSegment(_ id: Int64, _ db: Database) throws -> ProjectSegment {
        guard let row = try Row.fetchOne(db, sql: segmentSelect + " WHERE s.id = ?", arguments: [id]) else {
            throw ProjectStoreError.notFound(kind: "segment", id: id)
        }
        return segment(from: row)
    }

    /// The document with row id `id`, read inside `db`.
    static func fetchDocument(_ id: Int64, _ db: Database) throws -> ProjectDocument {
        guard let row = try Row.fetchOne(db, sql: documentSelect + " WHERE d.id = ?", arguments: [id]) else {
            throw ProjectStoreError.notFound(kind: "document", id: id)
        }
        return document(from: row)
    }
}
