import Foundation
import Testing
import Tarjama
import TarjamaText

/// The alignment job both front ends run: inputs from files or bytes, filters, order, evidence, warnings.
@Suite("Alignment job")
struct AlignmentJobTests {
    static func bytes(_ text: String, _ name: String, _ label: String) -> AlignmentInput {
        .bytes(Array(text.utf8), documentName: name, label: label)
    }

    static func demoJob() -> AlignmentJob {
        AlignmentJob(
            documents: [(bytes(DemoSample.arabic, "demo", "\"source\""), bytes(DemoSample.english, "demo-en", "\"target\""))],
            aligner: DocumentPairAligner())
    }

    @Test("bytes in memory give the same records as the same text in files")
    func bytesEqualFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("demo.txt"), target = directory.appendingPathComponent("demo-en.txt")
        try Data(DemoSample.arabic.utf8).write(to: source)
        try Data(DemoSample.english.utf8).write(to: target)
        let fromFiles = try AlignmentJob(documents: [(.file(source.path), .file(target.path))], aligner: DocumentPairAligner()).run()
        let fromBytes = try Self.demoJob().run()
        #expect(!fromBytes.records.isEmpty)
        #expect(fromBytes.records.map(\.jsonLine) == fromFiles.records.map(\.jsonLine))
        #expect(fromBytes.records.first?.id == "demo:1")
    }

    @Test("the minimum score, weakest-first order and evidence apply to the records and pairs together")
    func filtersAndOrder() throws {
        let all = try Self.demoJob().run()
        var job = Self.demoJob()
        let threshold = all.pairs.map(\.score).sorted()[all.pairs.count / 2]
        job.minimumScore = threshold
        job.weakestFirst = true
        job.explains = true
        let reviewed = try job.run()
        #expect(reviewed.pairs.count == all.pairs.filter { $0.score >= threshold }.count)
        #expect(reviewed.pairs.allSatisfy { $0.score >= threshold })
        #expect(zip(reviewed.pairs, reviewed.pairs.dropFirst()).allSatisfy { $0.score <= $1.score })
        #expect(zip(reviewed.records, reviewed.pairs).allSatisfy { ($0.score ?? -1) == ($1.score * 10_000).rounded() / 10_000 })
        #expect(reviewed.records.allSatisfy { $0.extra["evidence"]?.objectValue?["posterior"] != nil })
        #expect(Set(reviewed.records.map(\.id)).isSubset(of: Set(all.records.map(\.id))))
        #expect(all.records.allSatisfy { $0.extra["evidence"] == nil })
    }

    @Test("warnings and refusals name the inputs by their labels")
    func labels() throws {
        let empty = try AlignmentJob(
            documents: [(Self.bytes(DemoSample.arabic, "demo", "\"source\""), Self.bytes("", "t", "\"target\""))],
            aligner: DocumentPairAligner()
        ).run()
        #expect(empty.warnings.map(\.description) == ["\"source\" ↔ \"target\": \(AlignmentWarning.emptySide(isSource: false))"])
        let broken = AlignmentJob(
            documents: [(.bytes([0x41, 0xFF, 0x0A], documentName: "x", label: "\"source\""), Self.bytes("A.", "y", "\"target\""))],
            aligner: DocumentPairAligner())
        #expect {
            try broken.run()
        } throws: { error in
            "\(error)".hasPrefix("\"source\"")
        }
    }
}
