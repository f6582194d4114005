public import Foundation
import Synchronization

/// Runs the built `tarjama` executable for end-to-end tests.
public enum TarjamaBinary {
    /// The result of one run.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutData: Data
    }

    /// The path of the `tarjama` binary beside the test bundle.
    public static let url: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tarjama")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return SharedData.repositoryRoot.appendingPathComponent(".build/debug/tarjama")
    }()

    /// Runs `tarjama` with `arguments`, feeding `stdin` when given.
    public static func run(_ arguments: [String], stdin: Data? = nil, currentDirectory: URL? = nil) throws -> Result {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        // Feed stdin and drain stderr on their own queues while this thread drains stdout, so
        // a chatty child never blocks on a full pipe; the group joins them without polling.
        let group = DispatchGroup()
        let errorData = PipeContents()
        DispatchQueue.global().async(group: group) {
            // A child that refuses its arguments exits before reading stdin; the write then
            // fails with EPIPE, which is the child's business, not the test process's.
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errorData.store(error.fileHandleForReading.readDataToEndOfFile())
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData.data, as: UTF8.self),
            stdoutData: outData)
    }

    /// A fresh temporary directory for a test's files, inside the test process's own folder,
    /// which is removed when the process exits (a run of the suite used to leave ~100 folders).
    public static func temporaryDirectory() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Writing to a pipe whose reader has exited raises SIGPIPE, which kills the whole test process
/// (CI saw signal 13 when a child exited before its stdin was written); ignored once, the write
/// returns EPIPE instead.
private let ignoreBrokenPipes: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
}()

/// The bytes one pipe delivered, handed from the queue that read them to the caller.
private final class PipeContents: Sendable {
    private let storage = Mutex(Data())

    func store(_ data: Data) { storage.withLock { $0 = data } }
    var data: Data { storage.withLock { $0 } }
}

/// The folder every `TarjamaBinary.temporaryDirectory()` of this process lives in; made on first
/// use, with an exit handler that removes it.
private let temporaryRoot: URL = {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tarjama-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: temporaryRoot) }
    return url
}()
