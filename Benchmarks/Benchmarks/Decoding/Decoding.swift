import Benchmark
import BenchmarkSupport
import TarjamaText

/// Strict UTF-8 decoding into a Document, beside Swift's own (non-reporting) UTF-8 validation.
let benchmarks: @Sendable () -> Void = {
    let corpus = Corpus.arabicText(megabytes: 40)
    let megabytes = Double(corpus.count) / 1_000_000
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 10
    )

    Benchmark("Document decoding, \(Int(megabytes)) MB Arabic UTF-8") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Document(name: "corpus", utf8: corpus))
        }
    }

    Benchmark("Swift String(decoding:) + utf16 copy, same bytes (baseline)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Array(String(decoding: corpus, as: UTF8.self).utf16))
        }
    }
}
