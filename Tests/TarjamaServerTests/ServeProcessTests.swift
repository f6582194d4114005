import Foundation
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

    /// Starts the built binary on a free port and waits for its "listening" line.
    init(harness: ServerHarness) throws {
        let configuration = harness.configuration
        let process = Process()
        process.executableURL = TarjamaBinary.url
        process.arguments = ["serve", "--db", configuration.databasePath, "--tokens", configuration.tokensPath,
                             "--glossary", configuration.glossaryPaths[0], "--port", "0", "--log-level", "info"]
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
        while found.withLock({ $0 }) == nil && process.isRunning && waited < 3000 {
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
}

extension TestClient {
    func send(_ method: HTTPRequest.Method, _ uri: String, token: String = ServerHarness.translatorToken,
              headers: HTTPFields = [:], json: Any? = nil, text: String? = nil) async throws -> TestClient.Response {
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
        let client = server.client()
        let upload = try await client.send(.post, "/v1/documents", json: ["name": "bulletin", "content": Self.text])
        #expect(upload.status == .created)
        let documentID = try #require(upload.object["id"] as? Int)
        let segments = try await client.send(.get, "/v1/documents/\(documentID)/segments")
        let first = try #require((segments.object["segments"] as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? Int)
        let draft = "Warplanes shelled the city of Idlib this morning."
        let confirmed = try await client.send(.post, "/v1/segments/\(id)/confirm", json: ["target": draft, "version": 1])
        #expect(confirmed.status == .ok)
        let search = try await client.send(.get, "/v1/glossary/search?q=\(query("حماه"))")
        #expect(search.status == .ok)

        // A large upload in flight when SIGTERM arrives still completes.
        let large = String(repeating: Self.text, count: 5000)
        async let inFlight = client.send(.post, "/v1/documents", json: ["name": "long", "content": large])
        try await Task.sleep(for: .milliseconds(150))
        #expect(await server.stop(SIGTERM) == 0)
        let finished = try await inFlight
        #expect(finished.status == .created)
        try? await client.shutdown()

        let log = server.logText
        #expect(log.contains("store closed"))
        #expect(log.contains("path=/v1/segments/\(id)/confirm status=200"))
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
        let setup = server.client()
        let upload = try await setup.send(.post, "/v1/documents", json: ["name": "bulletin", "content": Self.text])
        let documentID = try #require(upload.object["id"] as? Int)
        let listed = try await setup.send(.get, "/v1/documents/\(documentID)/segments")
        let ids = ((listed.object["segments"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int }
        #expect(ids.count == 3)
        try? await setup.shutdown()

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
                            response = try await client.send(command == nil ? .patch : .post,
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
        let client = restarted.client()
        for (id, saved) in acknowledged.withLock({ $0 }) {
            let segment = try await client.send(.get, "/v1/segments/\(id)", token: ServerHarness.readerToken)
            let version = try #require(segment.object["version"] as? Int)
            // The write in flight when the process died may have landed too (its 200 never arrived).
            #expect(version == saved.version || version == saved.version + 1)
            if version == saved.version { #expect(segment.object["target"] as? String == saved.target) }
        }
        try? await client.shutdown()
        #expect(await restarted.stop(SIGTERM) == 0)
        let store = try ProjectStore(path: harness.configuration.databasePath)
        #expect(try store.integrityProblems().isEmpty)
        try store.close()
    }
}
