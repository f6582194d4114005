import ArgumentParser
import Foundation
import Tarjama
import TarjamaText

/// `tarjama demo`: runs the whole pipeline that exists on the bundled sample and says what it did.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline on the bundled sample transcript and explain each step.",
        discussion: """
            The sample is a short Arabic radio-news transcript written by the Tarjama team in the style of
            real ones (names, spelling variants, hard wraps, written-out numbers) with its English
            translation. The files the demo writes (TMX, XLIFF, a translation memory, the HTTP service's store) go to a fresh
            directory under the system's temporary directory, or to --output.
            """
    )

    @Option(name: .shortAndLong, help: "Directory for the files the demo writes (created if missing).")
    var output: String?

    func run() async throws {
        let arabic = Document(name: "demo.ar", text: DemoSample.arabic)
        let english = Document(name: "demo.en", text: DemoSample.english)
        let directory = try outputDirectory()
        print("Tarjama demo on the bundled sample (ICU \(ICU.version))")
        print("1. Decoded the Arabic transcript: \(arabic.count) UTF-16 units; the English translation: \(english.count).")
        try textServicesStep(arabic: arabic, step: 2)
        try Self.segmentationStep(arabic: arabic, english: english, step: 3)
        try Self.subtitleStep(arabic: arabic, in: directory)
        let records = try Self.alignmentStep(arabic: arabic, english: english, step: 4)
        try Self.glossaryStep(arabic: arabic, pairs: records, step: 5)
        try Self.writeExchangeFiles(records, to: directory, step: 6)
        try Self.readForeignTMX(in: directory)
        try Self.demonstrateMemory(records, in: directory, step: 7)
        try await Self.serverStep(in: directory, glossary: ShippedGlossary.directory(), step: 8)
        print("Files are in \(directory.path)")
    }

    private func outputDirectory() throws -> URL {
        let directory =
            output.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tarjama-demo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
