import Foundation

/// The benchmark corpus: real Arabic news and UN text from `../shared/ref/parallel`, repeated
/// line by line until it reaches the requested size, with blank lines every few sentences so it
/// has paragraphs. Built once per process.
public enum Corpus {
    /// The shared folder (beside the repository, or `$TARJAMA_SHARED`).
    public static let sharedRoot: URL? = {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["TARJAMA_SHARED"].map { URL(fileURLWithPath: $0) },
            repository.deletingLastPathComponent().appendingPathComponent("shared"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("ref").path) }
    }()

    /// The Arabic sentences of the development data (NTREX then UN), one per line.
    public static let arabicLines: [String] = {
        guard let root = sharedRoot else {
            fatalError("benchmarks need ../shared/ref beside the repository (or TARJAMA_SHARED)")
        }
        let files = ["ref/parallel/ntrex-dev/newstest2019-ref.arb.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.ar"]
        return files.flatMap { file -> [String] in
            let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            return text.split(whereSeparator: \.isNewline).map(String.init)
        }
    }()

    /// The English sentences, line-aligned with ``arabicLines``.
    public static let englishLines: [String] = {
        guard let root = sharedRoot else { return [] }
        let files = ["ref/parallel/ntrex-dev/newstest2019-src.eng.dev.txt", "ref/parallel/un-devset/UNv1.0.devset.en"]
        return files.flatMap { file -> [String] in
            let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            return text.split(whereSeparator: \.isNewline).map(String.init)
        }
    }()

    /// At least `megabytes` MB of Arabic text as UTF-8: sentences joined with spaces into
    /// paragraphs of eight, paragraphs separated by a blank line.
    public static func arabicText(megabytes: Int = 40) -> [UInt8] {
        let target = megabytes * 1_000_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(target + 4096)
        var index = 0
        while bytes.count < target {
            let line = arabicLines[index % arabicLines.count]
            bytes.append(contentsOf: line.utf8)
            index += 1
            if index % 8 == 0 { bytes.append(contentsOf: [0x0A, 0x0A]) } else { bytes.append(0x20) }
        }
        return bytes
    }
}
