import Foundation
import Testing
import TestSupport

@Suite("tarjama tm import survives kill -9")
struct TMImportKillTests {
    @Test("an import killed half-way and run again holds every unit exactly once and passes integrity_check")
    func killedImportResumes() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let count = 12_000
        let tmx = directory.appendingPathComponent("big.tmx")
        try MemoryFiles.tmx(units: count).write(to: tmx, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("tm.sqlite").path

        // Start the import, wait until it reports two committed batches, then SIGKILL it mid-way.
        let process = Process()
        process.executableURL = TarjamaBinary.url
        process.arguments = ["tm", "import", tmx.path, "--db", db, "--progress"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while process.isRunning, !seen.contains("4000 units committed") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        let killedEarly = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedEarly, "the import finished before it could be killed; make the file bigger")
        #expect(process.terminationReason == .uncaughtSignal)

        let resumed = try TarjamaBinary.run(["tm", "import", tmx.path, "--db", db])
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        #expect(resumed.stdout.contains("resumed after"))

        let check = try TarjamaBinary.run(["tm", "stats", "--check", "--db", db])
        #expect(check.stdout.contains("units: \(count)\n"))
        #expect(check.stdout.contains("integrity: ok"), "stderr: \(check.stderr)")
        #expect(!check.stdout.contains("unfinished import"))

        let exported = directory.appendingPathComponent("all.jsonl")
        #expect(try TarjamaBinary.run(["tm", "export", "-o", exported.path, "--db", db]).status == 0)
        var seenSources: [String: Int] = [:]
        for line in try String(contentsOf: exported, encoding: .utf8).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            seenSources[object["source"] as? String ?? "", default: 0] += 1
        }
        #expect(seenSources.count == count)
        #expect(seenSources.values.allSatisfy { $0 == 1 })
        #expect((0..<count).allSatisfy { seenSources[MemoryFiles.source($0)] == 1 })
    }
}
