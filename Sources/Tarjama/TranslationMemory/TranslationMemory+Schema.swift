import GRDB

extension TranslationMemory {
    /// Schema versions, oldest first. Never edit a registered migration; add the next one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE unit (
                        id INTEGER PRIMARY KEY,
                        contentHash INTEGER NOT NULL UNIQUE,
                        sourceLang TEXT NOT NULL,
                        targetLang TEXT NOT NULL,
                        source TEXT NOT NULL,
                        target TEXT NOT NULL,
                        sourceKey TEXT NOT NULL,
                        targetKey TEXT NOT NULL,
                        document TEXT,
                        previousSource TEXT,
                        nextSource TEXT,
                        createdAt TEXT,
                        createdBy TEXT,
                        changedAt TEXT,
                        changedBy TEXT,
                        score REAL,
                        origin TEXT NOT NULL,
                        importRun INTEGER
                    );
                    CREATE INDEX unit_document ON unit(document);
                    CREATE INDEX unit_origin ON unit(origin);
                    CREATE VIRTUAL TABLE unit_fts USING fts5(
                        sourceKey, targetKey, content='unit', content_rowid='id',
                        tokenize='unicode61 remove_diacritics 2'
                    );
                    CREATE VIRTUAL TABLE unit_vocab USING fts5vocab(unit_fts, 'col');
                    CREATE TRIGGER unit_insert AFTER INSERT ON unit BEGIN
                        INSERT INTO unit_fts(rowid, sourceKey, targetKey) VALUES (new.id, new.sourceKey, new.targetKey);
                    END;
                    CREATE TRIGGER unit_delete AFTER DELETE ON unit BEGIN
                        INSERT INTO unit_fts(unit_fts, rowid, sourceKey, targetKey)
                        VALUES ('delete', old.id, old.sourceKey, old.targetKey);
                    END;
                    CREATE TRIGGER unit_update AFTER UPDATE OF sourceKey, targetKey ON unit BEGIN
                        INSERT INTO unit_fts(unit_fts, rowid, sourceKey, targetKey)
                        VALUES ('delete', old.id, old.sourceKey, old.targetKey);
                        INSERT INTO unit_fts(rowid, sourceKey, targetKey) VALUES (new.id, new.sourceKey, new.targetKey);
                    END;
                    CREATE TABLE importRun (
                        id INTEGER PRIMARY KEY,
                        file TEXT NOT NULL,
                        fileSize INTEGER NOT NULL,
                        fileModified REAL NOT NULL,
                        unitsRead INTEGER NOT NULL DEFAULT 0,
                        unitsAdded INTEGER NOT NULL DEFAULT 0,
                        startedAt TEXT NOT NULL,
                        finishedAt TEXT
                    );
                    CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
            try db.execute(
                sql: "INSERT INTO setting(name, value) VALUES ('keyVersion', ?)",
                arguments: [String(MatchTokenizer.keyVersion)])
        }
        migrator.registerMigration("v2 key frequencies") { db in
            // fts5vocab counts a key's units by reading its postings: too slow for every lookup.
            try db.execute(sql: "DROP TABLE unit_vocab")
            try createKeyFrequencyTable(db)
        }
        migrator.registerMigration("v3 qa override") { db in
            // Why a translator confirmed the unit although QA found errors in it; NULL when
            // QA passed or was not run. Lookups show it, so a match is not trusted blindly.
            try db.execute(sql: "ALTER TABLE unit ADD COLUMN qaOverride TEXT")
        }
        migrator.registerMigration("v4 inline codes") { db in
            // A side's inline codes as a JSON array (InlineCode+JSON.swift); NULL for plain text,
            // so stores from before and plain units cost nothing.
            try db.execute(sql: "ALTER TABLE unit ADD COLUMN sourceCodes TEXT")
            try db.execute(sql: "ALTER TABLE unit ADD COLUMN targetCodes TEXT")
        }
        migrator.registerMigration("v5 exchange metadata") { db in
            // What an imported TMX unit carried beyond the columns (ExchangeMetadata), as JSON;
            // NULL for units that had nothing more.
            try db.execute(sql: "ALTER TABLE unit ADD COLUMN exchange TEXT")
        }
        return migrator
    }()

    /// Tables a Tarjama file may hold besides the memory's own: the project store's documents and
    /// segments share the file (see ``ProjectStore``).
    static let projectTables: Set<String> = ["projectDocument", "projectSegment"]

    /// Whether the file is some other application's database (tables, but none of ours).
    static func isForeign(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        let ours = projectTables.union(["unit", "grdb_migrations"])
        return !tables.isEmpty && !tables.contains(where: ours.contains)
    }

    /// Rebuilds every unit's keys when they were made by an older tokenizer, so lookups and the
    /// index agree on what a key is.
    func reindexIfNeeded() throws {
        let stored = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'keyVersion'")
        }
        guard stored != String(MatchTokenizer.keyVersion) else { return }
        var lastID: Int64 = 0
        while true {
            let done = try pool.write { db -> Bool in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, source, target, sourceCodes, targetCodes FROM unit WHERE id > ? ORDER BY id LIMIT 5000
                        """, arguments: [lastID])
                let update = try db.makeStatement(sql: "UPDATE unit SET sourceKey = ?, targetKey = ? WHERE id = ?")
                for row in rows {
                    let id: Int64 = row["id"]
                    // Keys leave inline codes out, as the import makes them.
                    let source = InlinePlaceholders.plainText(row["source"], codes: Self.codes(row["sourceCodes"]))
                    let target = InlinePlaceholders.plainText(row["target"], codes: Self.codes(row["targetCodes"]))
                    try update.execute(arguments: [key(of: source), key(of: target), id])
                    lastID = id
                }
                return rows.isEmpty
            }
            if done { break }
        }
        try pool.write { db in
            try Self.rebuildKeyFrequencies(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO setting(name, value) VALUES ('keyVersion', ?)",
                arguments: [String(MatchTokenizer.keyVersion)])
        }
    }
}
