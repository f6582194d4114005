import Foundation
import GRDB

extension ProjectStore {
    /// Uploads a document and segments it: plain text is re-flowed and cut into sentences as
    /// `tarjama segment` does; SRT and WebVTT cues are joined and cut the same way, each segment
    /// keeping the time range of the cues it came from.
    ///
    /// Content that is not text (a NUL byte, an over-long line), is empty, or is a malformed
    /// subtitle file is refused with ``ProjectStoreError/invalidInput(reason:)`` naming the
    /// position, and so is a name ``checkedDocumentName(_:)`` refuses; a name another document
    /// has (compared in NFC, the form stored), with ``ProjectStoreError/nameTaken(existing:)``.
    /// Unbalanced bidi controls are accepted: they are the transcriber's, and the
    /// workstation shows them.
    /// - Complexity: O(n) in the content's length.
    public func addDocument(
        name: String, content: String, format: UploadFormat = .text,
        sourceLanguage: String = "ar", targetLanguage: String = "en",
        user: String? = nil, reflow: ReflowChoice = .auto
    ) throws(ProjectStoreError) -> ProjectDocument {
        let name = try Self.checkedDocumentName(name)
        for (field, code) in [("source", sourceLanguage), ("target", targetLanguage)] {
            guard Self.isLanguageCode(code) else {
                throw .invalidInput(reason: "\(field) language \(DocumentUpload.shown(code)) is not a BCP 47 code such as ar, ar-SY or en")
            }
        }
        let upload = try DocumentUpload(name: name, content: content, format: format, language: sourceLanguage, reflow: reflow)
        let source = SegmentSource(units: upload.units)
        let now = UTCDate.string(from: Self.now(), .extended)
        return try guarded {
            try pool.write { db in
                if let existing = try Self.documentNamed(name, db) {
                    throw ProjectStoreError.nameTaken(existing: existing)
                }
                try db.execute(
                    sql: """
                        INSERT INTO projectDocument (name, format, sourceLang, targetLang, text, original, createdAt, createdBy, reflowed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        name, format.rawValue, sourceLanguage, targetLanguage, upload.text,
                        format == .text ? nil : content, now, user, upload.reflowed,
                    ])
                let documentID = db.lastInsertedRowID
                let insert = try db.cachedStatement(
                    sql: """
                        INSERT INTO projectSegment (documentID, position, source, startOffset, endOffset, timeStart, timeEnd,
                            speaker, changedAt, changedBy)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for (index, piece) in upload.pieces.enumerated() {
                    try insert.execute(arguments: [
                        documentID, index + 1, source.text(of: piece.range), piece.range.lowerBound, piece.range.upperBound,
                        piece.time?.start, piece.time?.end, piece.speaker, now, user,
                    ])
                }
                return try Self.fetchDocument(documentID, db)
            }
        }
    }

    /// Every document, oldest first.
    public func documents() throws(ProjectStoreError) -> [ProjectDocument] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: Self.documentSelect + " ORDER BY d.id").map(Self.document(from:))
            }
        }
    }

    /// The document with row id `id`; ``ProjectStoreError/notFound(kind:id:)`` when there is none.
    public func document(_ id: Int64) throws(ProjectStoreError) -> ProjectDocument {
        try guarded { try pool.read { db in try Self.fetchDocument(id, db) } }
    }

    /// Removes a document and its segments. Pairs its translators confirmed stay in the memory:
    /// they are the desk's, not the document's.
    public func deleteDocument(_ id: Int64) throws(ProjectStoreError) {
        try guarded {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM projectSegment WHERE documentID = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM projectDocument WHERE id = ?", arguments: [id])
                if db.changesCount == 0 { throw ProjectStoreError.notFound(kind: "document", id: id) }
            }
        }
    }

    /// Whether `code` has the shape of a BCP 47 tag: a 2–3 letter language, then subtags of 1–8
    /// letters or digits separated by hyphens.
    static func isLanguageCode(_ code: String) -> Bool {
        // A document names its language with a plain tag: no private-use or underscore forms.
        guard let tag = LanguageTag(code), !code.contains("_") else { return false }
        return (2...3).contains(tag.primary.count)
    }
}
