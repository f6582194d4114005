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

    /// The format of the file at `path`: by its extension, else by its first characters as
    /// `tmx convert` tells them (`<` is TMX, `{` JSONL), so a file named `.out` or `.xml`
    /// imports as it converts; nil when it is neither or cannot be read.
    public init?(file path: String) {
        if let format = MemoryFileFormat(path: path) {
            self = format
            return
        }
        switch try? ExchangeFormat.detect(path: path) {
        case .tmx?: self = .tmx
        case .jsonl?: self = .jsonl
        default: return nil
        }
    }
}
