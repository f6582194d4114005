import Benchmark
import BenchmarkSupport
import Tarjama

/// Aligning bitexts of 1,000, 10,000 and 50,000 segments built from the development data
/// (the line-aligned NTREX + UN sentences, cycled), edited so that the path leaves the diagonal:
/// every 23rd pair of English lines merged, every 37th English line and every 41st Arabic line
/// dropped; and the same lines unedited (every bead 1-1), and a million edited segments. Time
/// and peak memory should grow linearly.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 3
    )

    for size in [1_000, 10_000, 50_000] {
        let (source, target) = bitext(segments: size)
        Benchmark("Align \(size) segments (Arabic→English)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try SegmentAligner().align(source: source, target: target))
            }
        }
    }

    // Line-aligned long files as `Scripts/align-eval/long_eval.py` builds them (mix-N: every
    // bead 1-1), where the NTREX and UN stretches' different length ratios move the path off
    // the length diagonal (issue 23).
    for size in [10_000, 50_000] {
        let (source, target) = bitext(segments: size, edited: false)
        Benchmark("Align \(size) line-aligned segments (Arabic→English)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try SegmentAligner().align(source: source, target: target))
            }
        }
    }

    // A million segments (edited as above), built only when this benchmark runs: one iteration,
    // run alone with `swift package benchmark --target Alignment --filter "1000000"`.
    Benchmark(
        "Align 1000000 segments (Arabic→English)",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .seconds,
            maxDuration: .seconds(600), maxIterations: 1)
    ) { benchmark in
        let (source, target) = MillionSegments.sides
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try SegmentAligner().align(source: source, target: target))
        }
        benchmark.stopMeasurement()
    }

    // A collection as `tarjama align --batch` aligns it: two passes, a word lexicon learned
    // from the first. 500 documents of 100 Arabic segments, consecutive stretches of the data.
    let documents = (0..<500).map { index in
        let (source, target) = bitext(segments: 100, from: index * 100, document: "doc\(index)")
        return (source: source, target: target, pinned: [PinnedPair]())
    }
    Benchmark("Align a collection of 500 documents, 50000 segments, learning a lexicon (two passes)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DocumentPairAligner().alignCollection(documents).alignments.count)
        }
    }
}

/// The million-segment bitext, made on first use (not when the other benchmarks run).
enum MillionSegments {
    static let sides = bitext(segments: 1_000_000)
}

func bitext(segments: Int, from start: Int = 0, document: String = "bench", edited: Bool = true) -> (AlignmentSide, AlignmentSide) {
    let arabic = Corpus.arabicLines, english = Corpus.englishLines
    var source: [AlignmentSegment] = [], target: [AlignmentSegment] = []
    var index = start
    while source.count < segments {
        let line = index % arabic.count
        if !edited {
            source.append(AlignmentSegment(id: "\(document).ar:\(source.count + 1)", text: arabic[line]))
            target.append(AlignmentSegment(id: "\(document).en:\(target.count + 1)", text: english[line]))
            index += 1
            continue
        }
        if index % 41 != 40 {
            source.append(AlignmentSegment(id: "\(document).ar:\(source.count + 1)", text: arabic[line]))
        }
        if index % 37 == 36 {
            // dropped on the English side
        } else if index % 23 == 22 && index + 1 < Int.max {
            let next = (index + 1) % english.count
            target.append(AlignmentSegment(id: "\(document).en:\(target.count + 1)", text: english[line] + " " + english[next]))
            source.append(AlignmentSegment(id: "\(document).ar:\(source.count + 1)", text: arabic[next]))
            index += 1
        } else {
            target.append(AlignmentSegment(id: "\(document).en:\(target.count + 1)", text: english[line]))
        }
        index += 1
    }
    return (AlignmentSide(language: "ar", segments: source), AlignmentSide(language: "en", segments: target))
}
