/// The exchange formats the memory imports and exports, told apart by file extension.
public enum MemoryFileFormat: String, Sendable, CaseIterable {
    /// TMX 1.4b.
    case tmx
    /// Bilingual segment file, one JSON object per line.
    case jsonl

    /// The format of `path` by its extension, nil when it is not one the memory reads.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".tmx") {
            self = .tmx
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonl
        } else {
            return nil
        }
    }
}
