import Foundation
import Testing
import TestSupport

@Suite(
    "tarjama align --batch: the learned lexicon (end to end)",
    .enabled(
        if: SharedData.has("ref/parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv"),
        Comment(rawValue: SharedData.missingReason("ref/parallel/ntrex-dev/DOCUMENT_IDS.dev.tsv"))))
struct AlignLexiconCommandTests {
    /// The NTREX development documents, one presegmented file per document and side.
    static func writeNTREX(to directory: URL) throws -> (ar: URL, en: URL) {
        let root = try #require(SharedData.url("ref/parallel/ntrex-dev"))
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast().map(String.init)
        }
        let arabic = try lines("newstest2019-ref.arb.dev.txt"), english = try lines("newstest2019-src.eng.dev.txt")
        let ids = try lines("DOCUMENT_IDS.dev.tsv")
        let ar = directory.appendingPathComponent("ar"), en = directory.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: ar, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
        var documents: [String: (ar: [String], en: [String])] = [:]
        for (index, id) in ids.enumerated() {
            documents[id, default: ([], [])].ar.append(arabic[index])
            documents[id, default: ([], [])].en.append(english[index])
        }
        for (id, sides) in documents {
            try (sides.ar.joined(separator: "\n") + "\n").write(
                to: ar.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
            try (sides.en.joined(separator: "\n") + "\n").write(
                to: en.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
        }
        return (ar, en)
    }

    @Test("--lexicon writes what a news collection taught the aligner as a glossary TSV that tarjama reads back")
    func writesLexicon() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let (ar, en) = try Self.writeNTREX(to: directory)
        let lexicon = directory.appendingPathComponent("learned.tsv").path
        let result = try TarjamaBinary.run([
            "align", "--batch", "--presegmented", ar.path, en.path,
            "-o", directory.appendingPathComponent("pairs.jsonl").path, "--lexicon", lexicon,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let rows = try String(contentsOfFile: lexicon, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2).map(String.init) }
        #expect(rows.count >= 200)
        for (arabic, english) in [("شرطه", "police"), ("ترامب", "trump"), ("حكومه", "government")] {
            #expect(rows.contains([arabic, english]), "\(arabic) ↔ \(english)")
        }
        let lint = try TarjamaBinary.run(["glossary", "lint", "--glossary", lexicon])
        #expect(lint.status == 0, "stdout: \(lint.stdout) stderr: \(lint.stderr)")
    }

    @Test("--no-learned-lexicon learns nothing: --lexicon warns and writes no file")
    func noLexicon() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let (ar, en) = try Self.writeNTREX(to: directory)
        let lexicon = directory.appendingPathComponent("learned.tsv").path
        let result = try TarjamaBinary.run([
            "align", "--batch", "--presegmented", ar.path, en.path, "--no-learned-lexicon",
            "-o", directory.appendingPathComponent("pairs.jsonl").path, "--lexicon", lexicon,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("\(lexicon): not written"))
        #expect(!FileManager.default.fileExists(atPath: lexicon))
    }
}
