import GRDB

extension ProjectStore {
    /// The project tables' schema versions, oldest first, under identifiers of their own beside
    /// the memory's (`v1`, `v2 key frequencies`) in the same file. Never edit a registered
    /// migration; add the next one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("project v1") { db in
            // `text` is what segment offsets count into (the cue text for subtitles); `original`
            // keeps a subtitle upload as it came, NULL when it equals `text`.
            // memoryUnitID has no foreign key: `tarjama tm delete` may remove the unit, and a
            // segment whose unit is gone simply adds a new one when confirmed again.
            try db.execute(
                sql: """
                    CREATE TABLE projectDocument (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        format TEXT NOT NULL,
                        sourceLang TEXT NOT NULL,
                        targetLang TEXT NOT NULL,
                        text TEXT NOT NULL,
                        original TEXT,
                        createdAt TEXT NOT NULL,
                        createdBy TEXT
                    );
                    CREATE TABLE projectSegment (
                        id INTEGER PRIMARY KEY,
                        documentID INTEGER NOT NULL REFERENCES projectDocument(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        source TEXT NOT NULL,
                        target TEXT NOT NULL DEFAULT '',
                        status TEXT NOT NULL DEFAULT 'initial',
                        version INTEGER NOT NULL DEFAULT 1,
                        startOffset INTEGER NOT NULL,
                        endOffset INTEGER NOT NULL,
                        timeStart INTEGER,
                        timeEnd INTEGER,
                        speaker TEXT,
                        changedAt TEXT NOT NULL,
                        changedBy TEXT,
                        memoryUnitID INTEGER
                    );
                    CREATE INDEX projectSegment_position ON projectSegment(documentID, position);
                    CREATE INDEX projectSegment_memoryUnit ON projectSegment(memoryUnitID);
                    """)
        }
        migrator.registerMigration("project v2 qa override") { db in
            // The reason given for confirming the segment over QA errors; cleared by the next edit.
            try db.execute(sql: "ALTER TABLE projectSegment ADD COLUMN qaOverride TEXT")
        }
        migrator.registerMigration("project v3 layout") { db in
            // Whether the upload's line breaks were read as spaces (1) or kept (0); NULL for
            // documents stored before the choice was recorded.
            try db.execute(sql: "ALTER TABLE projectDocument ADD COLUMN reflowed INTEGER")
        }
        return migrator
    }()
}
