import Benchmark
import BenchmarkSupport
import TarjamaText

/// Sentence segmentation throughput on the 40 MB Arabic corpus, beside ICU's bare sentence
/// break-iterator loop over the same UTF-16 buffer. Decoding happens once, outside the loops.
///
/// Two shapes of the same text: paragraphs of running text (as the corpus comes), and the same
/// paragraphs hard-wrapped at about 70 characters like a transcript, where re-flow has work to
/// do (a scratch copy, one soft break per line to judge).
let benchmarks: @Sendable () -> Void = {
    let corpus = Corpus.arabicText(megabytes: 40)
    let running = try! Document(name: "corpus", utf8: corpus)
    let wrapped = try! Document(name: "wrapped", utf8: hardWrapped(corpus, width: 70))
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 10
    )

    // Sizes are given as the UTF-8 input (the same bytes for both shapes), for MB/s figures.
    let megabytes = corpus.count / 1_000_000
    for (label, document) in [("running text", running), ("hard-wrapped", wrapped)] {
        Benchmark("ICU bare sentence break iterator, \(label), \(megabytes) MB Arabic") { benchmark in
            let iterator = try BreakIterator(.sentence, locale: "ar")
            for _ in benchmark.scaledIterations {
                var count = 0
                try document.units.withUnsafeBufferPointer { buffer in
                    try iterator.setText(unsafe: buffer)
                    iterator.forEachBoundary { _, _ in count += 1 }
                }
                blackHole(count)
            }
        }

        Benchmark("SentenceSegmenter Arabic with re-flow, \(label), \(megabytes) MB Arabic") { benchmark in
            let segmenter = try SentenceSegmenter(language: .arabic)
            for _ in benchmark.scaledIterations {
                blackHole(try segmenter.segment(document).segments.count)
            }
        }
    }
}

/// The corpus with each line broken at the first space after `width` bytes.
func hardWrapped(_ bytes: [UInt8], width: Int) -> [UInt8] {
    var result = bytes
    var lineLength = 0
    for index in result.indices {
        let byte = result[index]
        if byte == 0x0A {
            lineLength = 0
        } else if byte == 0x20 && lineLength >= width {
            result[index] = 0x0A
            lineLength = 0
        } else if byte & 0xC0 != 0x80 {
            lineLength += 1
        }
    }
    return result
}
