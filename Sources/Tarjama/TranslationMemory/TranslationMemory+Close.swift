import GRDB

extension TranslationMemory {
    /// Folds the write-ahead log into the main file and closes every connection, so the file is
    /// complete on its own; any later call on this memory fails.
    public func close() throws(MemoryStoreError) {
        try guarded {
            try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        }
    }
}
