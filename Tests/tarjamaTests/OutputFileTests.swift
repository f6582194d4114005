import Foundation
import Testing
import TestSupport

/// What `tarjama` leaves at an output path: the file's mode, links, and nothing else when it is
/// interrupted or refuses its input.
@Suite("tarjama output files (end to end)")
struct OutputFileTests {
    @Test("chmod 600 out.tmx; tmx convert -o out.tmx keeps it 0600; glossary add keeps the glossary's mode")
    func modeKept() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try TmxCommandTests.pairs(in: directory)
        let output = directory.appendingPathComponent("out.tmx").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: output))
        #expect(chmod(output, 0o600) == 0)
        let converted = try TarjamaBinary.run(["tmx", "convert", input, "-o", output])
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(Self.mode(output) == 0o600)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<tmx"))

        let glossary = directory.appendingPathComponent("desk.tsv").path
        try Data((GlossaryCommandTests.header + "حماة\tHama\t\tplace\t\t\t\n").utf8).write(to: URL(fileURLWithPath: glossary))
        #expect(chmod(glossary, 0o640) == 0)
        let added = try TarjamaBinary.run(["glossary", "add", "إدلب", "Idlib", "--glossary", glossary])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(Self.mode(glossary) == 0o640)
        #expect(try String(contentsOfFile: glossary, encoding: .utf8).contains("Idlib"))
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    @Test("an output that is a symbolic link stays a link; the file it points to gets the output")
    func symbolicLinkOutput() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try TmxCommandTests.pairs(in: directory)
        let real = directory.appendingPathComponent("real.tmx").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: real))
        let link = directory.appendingPathComponent("link.tmx").path
        #expect(symlink("real.tmx", link) == 0)
        let converted = try TarjamaBinary.run(["tmx", "convert", input, "-o", link])
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.tmx")
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("<tmx"))
    }

    @Test("a refused input changes nothing: the output keeps its bytes and mode, and no temporary file is left")
    func refusalLosesNothing() throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let bad = directory.appendingPathComponent("cut.tmx")
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"ar\"/><body><tu><tuv xml:lang=\"ar\"><seg>حلب".utf8)
            .write(to: bad)
        let output = directory.appendingPathComponent("out.tmx").path
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: output))
        #expect(chmod(output, 0o600) == 0)
        let result = try TarjamaBinary.run(["tmx", "convert", bad.path, "-o", output])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "precious\n")
        #expect(Self.mode(output) == 0o600)
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    @Test(
        "SIGTERM in the middle of a write: the process ends by the signal, no temporary file is left, the old output is kept",
        .enabled(if: !Self.ignored(SIGTERM), "this test process ignores SIGTERM, and its children would too"))
    func interruptedByTerm() throws {
        try Self.interrupt(with: SIGTERM)
    }

    @Test(
        "SIGINT (Ctrl-C) in the middle of a write: the process ends by the signal, no temporary file is left, the old output is kept",
        .enabled(if: !Self.ignored(SIGINT), "this test process ignores SIGINT, and its children would too"))
    func interruptedByInt() throws {
        try Self.interrupt(with: SIGINT)
    }

    /// Runs `tarjama tmx convert` with the test hook that pauses once the temporary file holds
    /// its first bytes, sends `signal` when that file exists, and checks what is left.
    static func interrupt(with signal: Int32) throws {
        let directory = try TarjamaBinary.temporaryDirectory()
        let input = try TmxCommandTests.pairs(in: directory)
        let output = directory.appendingPathComponent("out.tmx").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: output))
        #expect(chmod(output, 0o600) == 0)
        let process = Process()
        process.executableURL = TarjamaBinary.url
        process.arguments = ["tmx", "convert", input, "-o", output]
        var environment = ProcessInfo.processInfo.environment
        environment["TARJAMA_TEST_PAUSE_AFTER_TEMPORARY_FILE"] = "120"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var temporary: [String] = []
        for _ in 0..<6000 where temporary.isEmpty && process.isRunning {
            usleep(10_000)
            temporary = try leftovers(in: directory)
        }
        let name = try #require(temporary.first, "no temporary file appeared")
        #expect(mode(directory.appendingPathComponent(name).path) == 0o600, "the temporary file is as private as the output")
        #expect(kill(process.processIdentifier, signal) == 0)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try leftovers(in: directory).isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old\n")
        #expect(mode(output) == 0o600)
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mode & 0o7777
    }

    /// Temporary files (`.<name>.tmp-<pid>-<n>`) in `directory`.
    static func leftovers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    /// Whether this process ignores `signal` (a child started from it then would too).
    static func ignored(_ signal: Int32) -> Bool {
        var action = sigaction()
        sigaction(signal, nil, &action)
        // SIG_IGN is the handler address 1.
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1
    }
}
