import Foundation
import Tarjama
import TarjamaText
import BenchmarkSupport
enum GlossarySynthesis {
    /// `entries` distinct 1-, 2- and 3-grams of the corpus lines, spread over the candidates.
    static func glossary(entries count: Int) -> Glossary {
        var seen = Set<String>()
        var candidates: [String] = []
        outer: for line in Corpus.arabicLines {
            let units = Array(line.utf16)
            let words = WordScanner.shared.words(in: units)
            for start in words.indices {
                for length in 1...3 where start + length <= words.count {
                    let range = words[start].lowerBound..<words[start + length - 1].upperBound
                    let text = String(decoding: units[range], as: UTF16.self)
                    guard text.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }),
                          seen.insert(Glossary.key(of: text)).inserted else { continue }
                    candidates.append(text)
                    if candidates.count >= 400_000 { break outer }
                }
            }
        }
        let step = max(1, candidates.count / count)
        let chosen = stride(from: 0, to: candidates.count, by: step).prefix(count).map { candidates[$0] }
        return Glossary(entries: chosen.enumerated().map { index, source in
            GlossaryEntry(source: source, target: "Term \(index)", type: .term)
        })
    }

    static func export(corpus: [UInt8], glossaries: [Glossary], to directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/corpus.txt", contents: Data(corpus))
        for glossary in glossaries {
            let text = glossary.entries.map(\.source).joined(separator: "\n") + "\n"
            FileManager.default.createFile(atPath: directory + "/terms-\(glossary.count).txt", contents: Data(text.utf8))
        }
    }
}
