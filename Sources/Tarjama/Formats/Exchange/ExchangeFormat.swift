import Foundation

/// The file formats a translation memory moves between.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    /// TMX 1.4b.
    case tmx
    /// The bilingual segment file, JSONL.
    case jsonl
    /// `id<TAB>source<TAB>target<TAB>score`.
    case tsv

    /// The format a file name's extension says (`.tmx`, `.jsonl`/`.json`/`.ndjson`, `.tsv`/`.tab`),
    /// or nil.
    public static func fromExtension(_ path: String) -> ExchangeFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tmx": .tmx
        case "jsonl", "json", "ndjson": .jsonl
        case "tsv", "tab": .tsv
        default: nil
        }
    }

    /// The format of an existing file: by extension, else by its first non-blank character
    /// (`<` TMX, `{` JSONL, anything else TSV). Standard input needs an explicit format.
    public static func detect(path: String) throws(FormatError) -> ExchangeFormat {
        if let format = fromExtension(path) { return format }
        guard path != "-" else { return .jsonl }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotRead(file: path, reason: "no such file or not readable")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        // Skip BOMs, NULs of UTF-16 and white space.
        let first = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0x00, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF].contains($0) }
        switch first {
        case UInt8(ascii: "<"): return .tmx
        case UInt8(ascii: "{"): return .jsonl
        default: return .tsv
        }
    }
}
