import Benchmark
import BenchmarkSupport
import Foundation
import Tarjama
import TarjamaText

/// The whole suggest pass (normalisation + offset map, words, clitic readings, trie walk, number
/// words, name spotting) over every sentence segment of the ≥40 MB Arabic corpus, with glossaries
/// of 1,000 and 100,000 entries synthesised from the corpus's own word 1- to 3-grams, and the
/// automaton's build time and memory. MB/s = corpus megabytes × throughput (iterations/s).
///
/// `TARJAMA_GLOSSARY_BENCH_EXPORT=DIR` writes the corpus and the term lists there for
/// `Scripts/pyahocorasick_compare.py`, which runs pyahocorasick on the same text and terms.
let benchmarks: @Sendable () -> Void = {
    let corpus = Corpus.arabicText(megabytes: 40)
    let megabytes = Double(corpus.count) / 1_000_000
    let document = try! Document(name: "corpus", utf8: corpus)
    // Segmentation is not timed: it is the segmenter's benchmark, not the glossary's.
    let segments = try! SentenceSegmenter(language: .arabic).segment(document).segments.map(\.range)
    let label = "\(Int(megabytes)) MB Arabic, \(segments.count) segments"
    let small = GlossarySynthesis.glossary(entries: 1_000)
    let large = GlossarySynthesis.glossary(entries: 100_000)
    let smallSuggester = GlossarySuggester(glossary: small)
    let largeSuggester = GlossarySuggester(glossary: large)
    if let directory = ProcessInfo.processInfo.environment["TARJAMA_GLOSSARY_BENCH_EXPORT"] {
        GlossarySynthesis.export(corpus: corpus, glossaries: [small, large], to: directory)
    }
    for (name, suggester) in [("1,000", smallSuggester), ("100,000", largeSuggester)] {
        let statistics = suggester.matcher.statistics
        print(
            "Glossary of \(name) entries: \(statistics.nodes) trie nodes, \(statistics.words) distinct words, ~\(statistics.bytes / 1_000_000) MB"
        )
    }

    // CPU time beside wall clock: on a shared machine the wall clock of a pass varied by 50%
    // between runs, its CPU time by a few per cent.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 5
    )

    func suggestPass(_ suggester: GlossarySuggester) -> Int {
        var count = 0
        document.units.withUnsafeBufferPointer { units in
            for range in segments {
                count += (try? suggester.suggestions(in: units, range: range).count) ?? 0
            }
        }
        return count
    }

    Benchmark("Suggest pass, 1,000-entry glossary, \(label)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(suggestPass(smallSuggester)) }
    }

    Benchmark("Suggest pass, 100,000-entry glossary, \(label)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(suggestPass(largeSuggester)) }
    }

    // Terms only is the like-for-like comparison with pyahocorasick, which finds the terms and
    // nothing else (Scripts/pyahocorasick_compare.py).
    for (name, suggester) in [("1,000", smallSuggester), ("100,000", largeSuggester)] {
        Benchmark("Suggest pass, terms only (no numbers, no names), \(name) entries, \(label)") { benchmark in
            var termsOnly = suggester
            termsOnly.suggestsNumbers = false
            termsOnly.suggestsNames = false
            for _ in benchmark.scaledIterations { blackHole(suggestPass(termsOnly)) }
        }
    }

    // The full pass less one part, so the parts are measured apart (issue 27): numbers cost
    // about (terms and numbers) − (terms only), names (terms and names) − (terms only). Names
    // still skip the spans numbers cover, so the sum of the parts is close to, not exactly, the pass.
    Benchmark("Suggest pass, terms and numbers (no names), 1,000 entries, \(label)") { benchmark in
        var withoutNames = smallSuggester
        withoutNames.suggestsNames = false
        for _ in benchmark.scaledIterations { blackHole(suggestPass(withoutNames)) }
    }

    Benchmark("Suggest pass, terms and names (no numbers), 1,000 entries, \(label)") { benchmark in
        var withoutNumbers = smallSuggester
        withoutNumbers.suggestsNumbers = false
        for _ in benchmark.scaledIterations { blackHole(suggestPass(withoutNumbers)) }
    }

    // The glossary `tarjama suggest` ships with (persons, places, variants, context rules):
    // its shape, not only its size, decides what the matcher and the name spotter do.
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let shipped = (try? Glossary.load(paths: [repository.appendingPathComponent("Glossaries").path])) ?? Glossary()
    let shippedSuggester = GlossarySuggester(glossary: shipped)
    Benchmark("Suggest pass, shipped glossary (\(shipped.count) entries), \(label)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(suggestPass(shippedSuggester)) }
    }

    // What `tarjama suggest --format jsonl` runs after segmenting: the pass, the JSONL
    // encoding and the ordered writes, on one thread and on two (to /dev/null, so the disk is
    // not timed). Beside the pass above, the difference is the encoding and the hand-over.
    let segmented = try! SentenceSegmenter(language: .arabic).segment(document)
    for workers in [1, 2] {
        Benchmark("Suggestion job JSONL, shipped glossary, \(workers) thread\(workers == 1 ? "" : "s"), \(label)") { benchmark in
            let job = SuggestionJob(suggester: shippedSuggester, format: .jsonl, workers: workers)
            for _ in benchmark.scaledIterations {
                let writer = try AtomicFileWriter(path: "/dev/null")
                try job.write(segmented, times: nil, to: writer)
                try writer.commit()
            }
        }
    }

    Benchmark(
        "Automaton build, 100,000 entries",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxIterations: 10)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(GlossaryMatcher(glossary: large)) }
    }

    Benchmark(
        "Automaton build, 1,000 entries",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxIterations: 20)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(GlossaryMatcher(glossary: small)) }
    }
}

/// Glossaries made of the corpus's own word n-grams, so every entry can match.
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
                        seen.insert(Glossary.key(of: text)).inserted
                    else { continue }
                    candidates.append(text)
                    if candidates.count >= 400_000 { break outer }
                }
            }
        }
        let step = max(1, candidates.count / count)
        let chosen = stride(from: 0, to: candidates.count, by: step).prefix(count).map { candidates[$0] }
        return Glossary(
            entries: chosen.enumerated().map { index, source in
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
