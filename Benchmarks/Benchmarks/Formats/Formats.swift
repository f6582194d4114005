import Benchmark
import BenchmarkSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Tarjama
import TarjamaText

/// TMX write and read of 100,000 and 1,000,000 units built from the shared Arabic–English lines,
/// beside Foundation's XMLParser(stream:) reading the same file (element callbacks only).
/// translate-toolkit's tmxfile on the same units (write, and read of either file):
/// Benchmarks/Scripts/translate_toolkit_tmx.py.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        // One iteration is one whole pass over the file: units/s = units / wall clock.
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 3
    )
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-format-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

    for count in [100_000, 1_000_000] {
        let label = count == 100_000 ? "100,000" : "1,000,000"
        let readPath = directory.appendingPathComponent("read-\(count).tmx").path
        let writePath = directory.appendingPathComponent("write-\(count).tmx").path

        Benchmark("TMX write, \(label) units", configuration: .init()) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try BenchmarkUnits.write(count: count, to: writePath))
            }
        }

        Benchmark(
            "TMX read, \(label) units",
            configuration: .init(
                setup: { _ = try? BenchmarkUnits.write(count: count, to: readPath) }
            )
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let reader = try TMXReader(path: readPath)
                var units = 0
                var characters = 0
                while let unit = try reader.read() {
                    units += 1
                    characters &+= unit.target.text.utf8.count
                }
                precondition(units == count)
                blackHole(characters)
            }
        }

        if count == 100_000 {
            // What `tarjama tmx convert` runs, without the process around it: the command suite
            // (Scripts/command-times.py) times the binary on the same 100,000 units beside these.
            let jsonlPath = directory.appendingPathComponent("convert-\(count).jsonl").path
            let backPath = directory.appendingPathComponent("convert-\(count).tmx").path
            Benchmark(
                "tmx convert job, TMX → JSONL, \(label) units",
                configuration: .init(setup: { _ = try? BenchmarkUnits.write(count: count, to: readPath) })
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let job = TranslationMemoryJob(inputs: [(readPath, .tmx)], output: jsonlPath, outputFormat: .jsonl)
                    let report = try job.run()
                    precondition(report.export.units == count)
                }
            }
            Benchmark(
                "tmx convert job, JSONL → TMX, \(label) units",
                configuration: .init(setup: {
                    _ = try? BenchmarkUnits.write(count: count, to: readPath)
                    _ = try? TranslationMemoryJob(inputs: [(readPath, .tmx)], output: jsonlPath, outputFormat: .jsonl).run()
                })
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let job = TranslationMemoryJob(inputs: [(jsonlPath, .jsonl)], output: backPath, outputFormat: .tmx)
                    let report = try job.run()
                    precondition(report.export.units == count)
                }
            }
        }

        if count == 1_000_000 {
            Benchmark(
                "XMLPullParser events only, \(label) units (tokenizer alone)",
                configuration: .init(setup: { _ = try? BenchmarkUnits.write(count: count, to: readPath) })
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let parser = try XMLPullParser(path: readPath)
                    var units = 0
                    while let event = try parser.next() {
                        if case .start(name: "tu", _) = event { units += 1 }
                    }
                    precondition(units == count)
                }
            }

            Benchmark(
                "Foundation XMLParser(stream:) read, \(label) units (baseline, callbacks only)",
                configuration: .init(setup: { _ = try? BenchmarkUnits.write(count: count, to: readPath) })
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let parser = XMLParser(stream: InputStream(fileAtPath: readPath)!)
                    let counter = UnitCounter()
                    parser.delegate = counter
                    precondition(parser.parse() && counter.units == count)
                }
            }
        }
    }
}

/// The benchmark's units: line i of the shared Arabic and English files (cycled), with the
/// properties the aligner writes.
enum BenchmarkUnits {
    static func unit(_ index: Int) -> TranslationUnit {
        let line = index % Corpus.arabicLines.count
        var unit = TranslationUnit(
            tuid: "bench:\(index + 1)",
            source: TranslationVariant(language: "ar", text: Corpus.arabicLines[line]),
            target: TranslationVariant(language: "en", text: Corpus.englishLines[line]))
        unit.score = Double(index % 100) / 100
        unit.bead = "1-1"
        return unit
    }

    static func write(count: Int, to path: String) throws -> ExportReport {
        let writer = try TMXWriter(
            path: path, header: TMXHeader(sourceLanguage: "ar"), defaultDate: Date(timeIntervalSince1970: 1_480_000_000))
        for index in 0..<count { try writer.write(unit(index)) }
        return try writer.commit()
    }
}

final class UnitCounter: NSObject, XMLParserDelegate {
    var units = 0
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if elementName == "tu" { units += 1 }
    }
}
