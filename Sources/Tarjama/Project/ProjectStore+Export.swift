import GRDB

extension ProjectStore {
    /// The document's segments as bilingual records (the bilingual JSONL of ARCHITECTURE.md): id `<name>:<n>`, source,
    /// target, languages, status, and `sourceIds` naming the segment.
    public func records(ofDocument id: Int64) throws(ProjectStoreError) -> [BilingualRecord] {
        let document = try document(id)
        return try segments(ofDocument: id).map { segment in
            BilingualRecord(
                id: segment.segmentID, source: segment.source, target: segment.target,
                sourceLang: document.sourceLanguage, targetLang: document.targetLanguage,
                status: segment.status, sourceIds: [segment.segmentID])
        }
    }

    /// The document's segments that have a time range, as subtitle items: the draft, or the
    /// source where there is none yet, with the speaker WebVTT named. Empty for a text upload.
    public func subtitleItems(ofDocument id: Int64) throws(ProjectStoreError) -> [SubtitleWriter.Item] {
        try guarded {
            try pool.read { db in
                try Self.requireDocument(id, db)
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT source, target, timeStart, timeEnd, speaker FROM projectSegment
                        WHERE documentID = ? AND timeStart IS NOT NULL AND timeEnd IS NOT NULL ORDER BY position
                        """, arguments: [id]
                ).map { row in
                    let target: String = row["target"]
                    return SubtitleWriter.Item(
                        text: target.trimmingWhitespace().isEmpty ? row["source"] : target,
                        time: TimeRange(start: row["timeStart"], end: row["timeEnd"]),
                        speaker: row["speaker"])
                }
            }
        }
    }
}
