import Foundation
import Tarjama

extension Demo {
    /// Builds a translation memory in a temporary file from the sample's sentence pairs, looks up
    /// a sentence spelled differently (إدلب, حماة), and shows a concordance hit.
    func demonstrateMemory(step: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = try TranslationMemory(path: directory.appendingPathComponent("demo.sqlite").path)
        let pairs = DemoSample.sentencePairs
        let report = try memory.importUnits(pairs.map {
            MemoryUnit(sourceLanguage: "ar", targetLanguage: "en", source: $0.arabic, target: $0.english,
                       document: "demo", origin: .aligned)
        })
        print("\(step). Translation memory: stored \(report.unitsAdded) sentence pairs of the sample in a temporary SQLite memory.")
        guard let stored = pairs.first(where: { $0.arabic.contains("ادلب") }) else { return }
        let query = stored.arabic.replacingOccurrences(of: "ادلب", with: "إدلب").replacingOccurrences(of: "حماه", with: "حماة")
        print("   Looked up, spelled إدلب and حماة: \(query)")
        if let best = try memory.lookup(query).first {
            let marked = best.unit.source.marking(best.differences.compactMap(\.unitRange))
            print("   \(best.percentage)% match (\(best.differences.map(\.kind.rawValue).joined(separator: ", ")) differences in [ ]): \(marked)")
            print("   → \(best.unit.target)")
        }
        if let hit = try memory.concordance("ريف حماة", side: .source).first {
            print("   Concordance for ريف حماة: \(hit.highlightedSource())")
        }
    }
}
