import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Tarjama
import TarjamaServer
import Testing
import TestSupport

/// A value shared between the test's tasks and threads.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// `tarjama serve` as a real process: its log, SIGTERM and kill -9.
final class ServeProcess: Sendable {
    let process: Process
    let port: Int
    private let log: Locked<String>

    /// Starts the built binary on a free port and waits for its "listening" line; `arguments`
    /// are added to the command line.
    init(harness: ServerHarness, arguments: [String] = [], logLevel: String = "info") throws {
        let configuration = harness.configuration
        let process = Process()
        process.executableURL = TarjamaBinary.url
        process.arguments =
            [
                "serve", "--db", configuration.databasePath, "--tokens", configuration.tokensPath,
                "--glossary", configuration.glossaryPaths[0], "--port", "0", "--log-level", logLevel,
                // Concurrent suites can hold this test's task for a minute on a loaded
                // machine; the connections it opened must outlive that.
                "--idle-timeout", "900",
            ]
            + (arguments.contains("--header-timeout") ? [] : ["--header-timeout", "900"]) + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let log = Locked("")
        self.log = log
        let found = Locked<Int?>(nil)
        let reader = errors.fileHandleForReading
        Thread {
            while true {
                let data = reader.availableData
                if data.isEmpty { break }
                let text = String(decoding: data, as: UTF8.self)
                log.withLock { $0 += text }
                if let range = text.range(of: #"port=(\d+)"#, options: .regularExpression) {
                    found.withLock { $0 = Int(text[range].dropFirst(5)) }
                }
            }
        }.start()
        var waited = 0
        while found.withLock({ $0 }) == nil && process.isRunning && waited < 30_000 {
            usleep(10_000)
            waited += 10
        }
        guard let port = found.withLock({ $0 }) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "tarjama serve did not start: \(log.withLock { $0 })"])
        }
        self.port = port
    }

    var logText: String { log.withLock { $0 } }

    /// Sends `signal` and waits (at most 30 s, then SIGKILL and -1) for the process to end; its exit status.
    func stop(_ signal: Int32) async -> Int32 {
        kill(process.processIdentifier, signal)
        var waited = 0
        while process.isRunning {
            try? await Task.sleep(for: .milliseconds(20))
            waited += 20
            if waited > 30_000 {
                kill(process.processIdentifier, SIGKILL)
                return -1
            }
        }
        try? await Task.sleep(for: .milliseconds(50))
        return process.terminationStatus
    }

    func client() -> TestClient {
        let client = TestClient(host: "127.0.0.1", port: port)
        client.connect()
        return client
    }

    /// One request on a connection of its own: on a loaded machine a kept-alive connection can
    /// sit past the server's idle timeout between two steps of a test and be closed under it.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String = ServerHarness.translatorToken,
        json: Any? = nil
    ) async throws -> TestClient.Response {
        let client = client()
        do {
            let response = try await client.send(method, uri, token: token, json: json)
            try? await client.shutdown()
            return response
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}

extension TestClient {
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String = ServerHarness.translatorToken,
        headers: HTTPFields = [:], json: Any? = nil, text: String? = nil
    ) async throws -> TestClient.Response {
        var headers = headers
        headers[.authorization] = "Bearer \(token)"
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let text {
            body = ByteBuffer(string: text)
        }
        return try await execute(.init(uri, method: method, headers: headers, body: body))
    }
}

extension TestClient.Response {
    var object: [String: Any] {
        body.flatMap { (try? JSONSerialization.jsonObject(with: Data($0.readableBytesView))) as? [String: Any] } ?? [:]
    }
}

@Suite("tarjama serve as a process", .serialized)
struct ServeProcessTests {
    static let text = "قصف الطيران الحربي مدينة إدلب صباح اليوم. ووصلت قافلة مساعدات إلى مدينة حماة. وقتل ثلاثة مدنيين.\n"

    @Test("SIGTERM stops it cleanly: exit 0, store closed and sound, confirmed work kept, no segment text in the info log")
    func gracefulShutdown() async throws {
        let harness = try ServerHarness()
        let server = try ServeProcess(harness: harness)
        let upload = try await server.send(.post, "/v1/documents", json: ["name": "bulletin", "content": Self.text])
        #expect(upload.status == .created)
        let documentID = try #require(upload.object["id"] as? Int)
        let segments = try await server.send(.get, "/v1/documents/\(documentID)/segments")
        let first = try #require((segments.object["segments"] as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? Int)
        let draft = "Warplanes shelled the city of Idlib this morning."
        let confirmed = try await server.send(.post, "/v1/segments/\(id)/confirm", json: ["target": draft, "version": 1])
        #expect(confirmed.status == .ok)
        let search = try await server.send(.get, "/v1/glossary/search?q=\(query("حماه"))")
        #expect(search.status == .ok)

        // An upload in flight when SIGTERM arrives still completes: its head and half its body
        // are on the wire before the signal, the rest after.
        let large = try JSONSerialization.data(withJSONObject: ["name": "long", "content": String(repeating: Self.text, count: 5000)])
        let inFlight = try RawHTTPRequest(
            port: server.port, method: "POST", path: "/v1/documents",
            headers: [
                "Authorization": "Bearer \(ServerHarness.translatorToken)",
                "Content-Type": "application/json",
            ], bodyLength: large.count)
        try inFlight.send(large.prefix(large.count / 2))
        try await Task.sleep(for: .milliseconds(200))
        kill(server.process.processIdentifier, SIGTERM)
        try await Task.sleep(for: .milliseconds(100))
        try inFlight.send(large.suffix(from: large.count / 2))
        #expect(try await inFlight.responseStatusOffThePool() == 201)
        #expect(await server.stop(0) == 0, "exit 0 after the SIGTERM above (signal 0 only waits)")

        let log = server.logText
        #expect(log.contains("store closed"))
        #expect(log.contains("path=/v1/segments/{id}/confirm status=200"))
        #expect(!log.contains(draft) && !log.contains("إدلب") && !log.contains("حماه"), "no segment or query text at info level")

        let store = try ProjectStore(path: harness.configuration.databasePath)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.documents().map(\.name) == ["bulletin", "long"])
        #expect(try store.segment(Int64(id)).target == draft)
        #expect(try store.memory.lookup("قصف الطيران الحربي مدينة إدلب صباح اليوم.").first?.unit.target == draft)
        try store.close()
    }

    @Test("kill -9 during writes: after a restart every acknowledged write is there and the store checks ok")
    func killDuringWrites() async throws {
        let harness = try ServerHarness()
        let server = try ServeProcess(harness: harness)
        let upload = try await server.send(.post, "/v1/documents", json: ["name": "bulletin", "content": Self.text])
        let documentID = try #require(upload.object["id"] as? Int)
        let listed = try await server.send(.get, "/v1/documents/\(documentID)/segments")
        let ids = ((listed.object["segments"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int }
        #expect(ids.count == 3)

        // One writer per segment, each saving draft after draft until the process dies; a draft
        // counts as acknowledged when its 200 arrived.
        let acknowledged = Locked<[Int: (version: Int, target: String)]>([:])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for id in ids {
                group.addTask {
                    let client = server.client()
                    var version = 1
                    for round in 1...10_000 {
                        let target = "Draft \(round) of segment \(id)"
                        let command = round % 5 == 0 ? "confirm" : nil
                        let response: TestClient.Response
                        do {
                            response = try await client.send(
                                command == nil ? .patch : .post,
                                "/v1/segments/\(id)" + (command.map { "/" + $0 } ?? ""),
                                json: ["target": target, "version": version])
                        } catch {
                            break
                        }
                        guard response.status == .ok, let saved = response.object["version"] as? Int else { break }
                        version = saved
                        acknowledged.withLock { $0[id] = (saved, target) }
                    }
                    try? await client.shutdown()
                }
            }
            group.addTask {
                // Let the writers get going (a bounded wait), then pull the plug mid-stream.
                for _ in 0..<4000 where acknowledged.withLock({ $0.values.map(\.version).reduce(0, +) }) < 60 {
                    try await Task.sleep(for: .milliseconds(5))
                }
                _ = await server.stop(SIGKILL)
            }
            try await group.waitForAll()
        }
        #expect(server.process.terminationReason == .uncaughtSignal)
        #expect(acknowledged.withLock { $0.values.map(\.version).reduce(0, +) } >= 60, "the kill came while writes were flowing")

        let restarted = try ServeProcess(harness: harness)
        for (id, saved) in acknowledged.withLock({ $0 }) {
            let segment = try await restarted.send(.get, "/v1/segments/\(id)", token: ServerHarness.readerToken)
            let version = try #require(segment.object["version"] as? Int)
            // The write in flight when the process died may have landed too (its 200 never arrived).
            #expect(version == saved.version || version == saved.version + 1)
            if version == saved.version { #expect(segment.object["target"] as? String == saved.target) }
        }
        #expect(await restarted.stop(SIGTERM) == 0)
        let store = try ProjectStore(path: harness.configuration.databasePath)
        #expect(try store.integrityProblems().isEmpty)
        try store.close()
    }
}

/// One HTTP/1.1 request over a plain socket, so a test can hold it half-sent. Used by one
/// thread at a time (the test's steps are sequential), hence the unchecked conformance.
final class RawHTTPRequest: @unchecked Sendable {
    private let socket: Int32

    init(port: Int, method: String, path: String, headers: [String: String], bodyLength: Int) throws {
        socket = try loopbackSocket(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(bodyLength)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        try send(Data((head + "\r\n").utf8))
    }

    deinit { close(socket) }

    func send(_ data: some DataProtocol) throws {
        let bytes = Array(data)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw POSIXError(.EPIPE) }
            sent += n
        }
    }

    /// ``responseStatus()`` on a thread of its own, so the blocking reads do not hold one of
    /// the few threads every concurrent test shares.
    func responseStatusOffThePool() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try self.responseStatus() }) }.start()
        }
    }

    /// Reads the response until the server closes the connection; its status code.
    func responseStatus() throws -> Int {
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[..<n]
        }
        let line = String(decoding: response.prefix { $0 != 0x0D }, as: UTF8.self)
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
