import Benchmark
import BenchmarkSupport
import Foundation
import Tarjama

/// Translation memory at 100,000 and 1,000,000 units built from the development data: import
/// speed, lookup latency through the FTS5 index beside a linear scan of the same memory, and
/// the size of the file.
///
/// Units are made from the corpus' sentence pairs and their permutations: the first half of
/// sentence a joined to the second half of sentence b, on both sides. Memories are kept in
/// /tmp/tarjama-tm-bench between runs; the import benchmarks rebuild them.
let benchmarks: @Sendable () -> Void = {
    let unitsPerSecond = BenchmarkMetric.custom("units/s", polarity: .prefersLarger, useScalingFactor: false)
    let megabytes = BenchmarkMetric.custom("database MB", polarity: .prefersSmaller, useScalingFactor: false)

    for size in [100_000, 1_000_000] {
        let label = size == 1_000_000 ? "1,000,000" : "100,000"
        Benchmark(
            "Import \(label) units (new file, batches of 2000)",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident, unitsPerSecond, megabytes],
                timeUnits: .seconds, warmupIterations: 0, maxDuration: .seconds(1), maxIterations: 1)
        ) { benchmark in
            let start = ContinuousClock.now
            let memory = MemoryFixture.build(units: size)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let statistics = try memory.statistics()
            benchmark.measurement(unitsPerSecond, Int(Double(statistics.units) / seconds))
            benchmark.measurement(megabytes, Int(statistics.fileBytes / 1_000_000))
        }

        Benchmark(
            "Lookup, \(label) units (FTS5 index), one segment per iteration",
            configuration: .init(
                metrics: [.wallClock], timeUnits: .microseconds,
                maxDuration: .seconds(20), maxIterations: 2000),
            closure: { benchmark in
                let memory = MemoryFixture.open(units: size)
                let queries = MemoryFixture.queries
                for _ in benchmark.scaledIterations {
                    let query = queries[MemoryFixture.nextQuery()]
                    blackHole(try memory.lookup(query))
                }
            },
            setup: {
                _ = MemoryFixture.open(units: size); _ = MemoryFixture.queries
            })

        Benchmark(
            "Lookup, \(label) units (linear scan baseline), one segment per iteration",
            configuration: .init(
                metrics: [.wallClock], timeUnits: .milliseconds,
                maxDuration: .seconds(60), maxIterations: size >= 1_000_000 ? 8 : 25),
            closure: { benchmark in
                let memory = MemoryFixture.open(units: size)
                let queries = MemoryFixture.queries
                for _ in benchmark.scaledIterations {
                    let query = queries[MemoryFixture.nextQuery()]
                    blackHole(try memory.scanLookup(query))
                }
            },
            setup: {
                _ = MemoryFixture.open(units: size); _ = MemoryFixture.queries
            })
    }
}

/// The benchmark memories and the segments looked up in them.
enum MemoryFixture {
    static let directory = "/tmp/tarjama-tm-bench"
    nonisolated(unsafe) static var opened: [Int: TranslationMemory] = [:]
    nonisolated(unsafe) static var queryIndex = 0

    static let arabicWords: [[Substring]] = Corpus.arabicLines.map { $0.split(separator: " ") }
    static let englishWords: [[Substring]] = Corpus.englishLines.map { $0.split(separator: " ") }

    /// Unit `k`: the first half of sentence a and the second half of sentence b, a ≠ b, every
    /// (a, b) pair used once.
    static func unit(_ k: Int) -> MemoryUnit {
        let count = arabicWords.count
        let a = k % count
        let b = (a + 1 + 7 * (k / count)) % count
        func join(_ first: [Substring], _ second: [Substring]) -> String {
            (first.prefix(first.count / 2) + second.suffix(second.count - second.count / 2)).joined(separator: " ")
        }
        return MemoryUnit(
            sourceLanguage: "ar", targetLanguage: "en",
            source: join(arabicWords[a], arabicWords[b]), target: join(englishWords[a], englishWords[b]),
            document: "bench-\(k / 20)", origin: .aligned)
    }

    static func path(_ size: Int) -> String { "\(directory)/\(size).sqlite" }

    /// Builds the memory of `size` units afresh.
    static func build(units size: Int) -> TranslationMemory {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path(size) + suffix) }
        let memory = try! TranslationMemory(path: path(size))
        var k = 0
        _ = try! memory.importUnits(batchSize: 2000) {
            guard k < size else { return nil }
            defer { k += 1 }
            return unit(k)
        }
        opened[size] = memory
        return memory
    }

    /// The memory of `size` units, built on first use.
    static func open(units size: Int) -> TranslationMemory {
        if let memory = opened[size] { return memory }
        if FileManager.default.fileExists(atPath: path(size)), let memory = try? TranslationMemory(path: path(size)),
            let statistics = try? memory.statistics(), statistics.units > size * 9 / 10, statistics.unfinishedImports.isEmpty
        {
            opened[size] = memory
            return memory
        }
        return build(units: size)
    }

    /// 200 segments like the ones a translator looks up: units of the 100,000 (so also of the
    /// 1,000,000) with one word replaced, with ة written ه, or with a clitic added.
    static let queries: [String] = {
        var generator = SplitMix64(seed: 42)
        return (0..<200).map { index in
            let source = unit(Int(generator.next() % 100_000)).source
            var words = source.split(separator: " ").map(String.init)
            let middle = words.count / 2
            switch index % 3 {
            case 0: words[middle] = "المزرعة"
            case 1: words = words.map { $0.replacingOccurrences(of: "ة", with: "ه") }
            default: words[middle] = "و" + words[middle]
            }
            return words.joined(separator: " ")
        }
    }()

    static func nextQuery() -> Int {
        queryIndex = (queryIndex + 1) % queries.count
        return queryIndex
    }
}

/// A small deterministic generator so every run looks up the same segments.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
