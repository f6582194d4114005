import Benchmark
import BenchmarkSupport
import TarjamaText

/// Matching keys with offset maps, word scanning and number words on the ≥40 MB Arabic corpus,
/// beside a bare UTF-16 copy of the same text (the floor any one-pass key builder pays).
/// MB/s = corpus megabytes (printed in each name) × throughput (iterations per second).
let benchmarks: @Sendable () -> Void = {
    let corpus = Corpus.arabicText(megabytes: 40)
    let megabytes = Double(corpus.count) / 1_000_000
    let units = Array(String(decoding: corpus, as: UTF8.self).utf16)
    let label = "\(Int(megabytes)) MB Arabic (\(units.count / 1_000_000)M UTF-16 units)"
    let normalizer = ArabicNormalizer.matching
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 10
    )

    Benchmark("Bare UTF-16 copy, \(label) (baseline)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(units.withUnsafeBufferPointer { Array($0) })
        }
    }

    Benchmark("Matching key + offset map (NFC + all folding), \(label)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try normalizer.normalize(units))
        }
    }

    Benchmark("WordScanner words, \(label)") { benchmark in
        for _ in benchmark.scaledIterations {
            var count = 0
            units.withUnsafeBufferPointer { buffer in
                WordScanner.shared.forEachWord(in: buffer, range: 0..<buffer.count) { _ in count += 1 }
            }
            blackHole(count)
        }
    }

    Benchmark("ICU word BreakIterator boundaries, \(label)") { benchmark in
        let iterator = try BreakIterator(.word, locale: "ar")
        for _ in benchmark.scaledIterations {
            var count = 0
            try units.withUnsafeBufferPointer { buffer in
                try iterator.setText(unsafe: buffer)
                iterator.forEachBoundary { _, status in if status >= 100 { count += 1 } }
            }
            blackHole(count)
        }
    }

    Benchmark("Clitic analyses of every word of the key, \(label)") { benchmark in
        let key = try normalizer.normalize(units)
        let analyzer = CliticAnalyzer()
        let words = WordScanner.shared.words(in: key.units)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var readings = 0
            key.units.withUnsafeBufferPointer { buffer in
                for word in words { readings += analyzer.analyses(of: buffer, in: word).count }
            }
            blackHole(readings)
        }
    }

    Benchmark("Arabic number words, \(label)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ArabicNumberParser.shared.numbers(in: units))
        }
    }

    // Eight callers romanising names at once, as eight service workers do: one slot is the old
    // single lock; the default pool has a slot per processor.
    let names = String(decoding: corpus.prefix(60_000), as: UTF8.self)
        .split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(4_000).map(String.init)
    // The transliterator lives across iterations (as `shared` does in the service), so the rule
    // compiling each slot pays once falls in the warm-up, not in the figures.
    for (label, slots) in [("one slot (a single lock)", 1), ("a slot per processor", nil as Int?)] {
        let transliterator = ArabicTransliterator(concurrency: slots)
        Benchmark(
            "Names romanisation, 8 concurrent callers × 500 words, \(label)",
            configuration: .init(warmupIterations: 3)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let total = await withTaskGroup(of: Int.self) { group in
                    for caller in 0..<8 {
                        group.addTask {
                            var count = 0
                            for word in names[(caller * 500)..<min(names.count, (caller + 1) * 500)] {
                                count += (try? transliterator.transliterate(word, scheme: .names))?.utf16.count ?? 0
                            }
                            return count
                        }
                    }
                    return await group.reduce(0, +)
                }
                blackHole(total)
            }
        }
    }
}
