import Foundation
import Tarjama

extension Demo {
    /// Stores the aligned pairs in a SQLite translation memory, looks up a sentence spelled
    /// differently (إدلب, حماة) and shows a concordance hit.
    static func demonstrateMemory(_ records: [BilingualRecord], in directory: URL, step: Int) throws {
        let path = directory.appendingPathComponent("demo.sqlite").path
        try removeStore(at: path)
        let memory = try TranslationMemory(path: path)
        let units = records.enumerated().map { index, record in
            MemoryUnit(
                sourceLanguage: "ar", targetLanguage: "en", source: record.source, target: record.target,
                document: "demo", previousSource: index > 0 ? records[index - 1].source : nil,
                nextSource: index + 1 < records.count ? records[index + 1].source : nil,
                score: record.score, origin: .aligned)
        }
        let report = try memory.importUnits(units)
        print(
            "\(step). Translation memory: stored \(report.unitsAdded) aligned pairs in demo.sqlite (SQLite, full-text index on the matching key)."
        )
        guard let stored = records.first(where: { $0.source.contains("ادلب") || $0.source.contains("حماه") }) else { return }
        let query = stored.source.replacingOccurrences(of: "ادلب", with: "إدلب").replacingOccurrences(of: "حماه", with: "حماة")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        print("   Looked up, spelled إدلب and حماة: \(query)")
        if let best = try memory.lookup(query).first {
            let marked = best.unit.plainSource.marking(best.differences.compactMap(\.unitRange))
            let kinds = best.differences.map(\.kind.rawValue)
            print("   \(best.percentage)% match\(kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")) differences in [ ])"): \(marked)")
            print("   → \(best.unit.target)")
        }
        if let hit = try memory.concordance("ريف حماة", side: .source).first {
            print("   Concordance for ريف حماة: \(hit.highlightedSource())")
        }
    }
}

extension Demo {
    /// Removes a SQLite store the demo wrote on an earlier run (and its WAL files), so each run
    /// shows what it does on a fresh one.
    static func removeStore(at path: String) throws {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
    }
}
