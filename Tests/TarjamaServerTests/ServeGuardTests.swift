import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import HummingbirdTesting
import Testing
import TestSupport

/// A raw TCP connection to 127.0.0.1 for sending half a request and watching what the server
/// does with it. Every wait is bounded; used by one thread at a time.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32
    private var received: [UInt8] = []

    init(port: Int) throws {
        socket = try loopbackSocket(port: port)
    }

    deinit { close(socket) }

    /// Ends the connection from this side (the server reads end-of-file).
    func disconnect() {
        Glibc.shutdown(socket, Int32(SHUT_RDWR))
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw POSIXError(.EPIPE) }
            sent += n
        }
    }

    /// Reads what arrives within `seconds`; true when the server closed the connection.
    func readUntilClosed(within seconds: Double) -> (bytes: [UInt8], closed: Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return (received, false) }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000) + 1)
            if ready <= 0 { continue }
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { return (received, true) }
            received += buffer[..<n]
        }
    }

    /// One complete response (head and Content-Length body) within `seconds`; its status, or nil.
    func response(within seconds: Double) -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while deadline.timeIntervalSinceNow > 0 {
            if let (status, length) = Self.parsed(received) {
                received.removeFirst(length)
                return status
            }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { return nil }
            received += buffer[..<n]
        }
        return nil
    }

    /// The status and total length of the first complete response in `bytes`.
    private static func parsed(_ bytes: [UInt8]) -> (Int, Int)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<headEnd.lowerBound]
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let length =
            head.split(separator: "\r\n")
            .first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        let total = text[..<headEnd.upperBound].utf8.count + length
        return bytes.count >= total ? (status, total) : nil
    }

    static let health = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
}

@Suite("tarjama serve against slow clients, connection floods and for its log", .serialized)
struct ServeGuardTests {
    @Test("connections whose request head does not arrive within --header-timeout are closed (408 after a partial head); others are served")
    func headerTimeout() async throws {
        let harness = try ServerHarness()
        let server = try ServeProcess(harness: harness, arguments: ["--header-timeout", "1"])
        defer { _ = server.process.isRunning ? kill(server.process.processIdentifier, SIGKILL) : 0 }

        // A kept-alive connection that finished a request and then stays silent is the idle
        // timeout's business (900 s here), not the header timeout's.
        let keptAlive = try RawConnection(port: server.port)
        try keptAlive.send(RawConnection.health)
        #expect(keptAlive.response(within: 30) == 200)

        // Nor is a body that arrives after its request was answered (401 before the body was read).
        let answeredEarly = try RawConnection(port: server.port)
        try answeredEarly.send(
            "POST /v1/suggest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n")
        #expect(answeredEarly.response(within: 30) == 401)
        try answeredEarly.send(#"{"text":"x"}"#)

        let partial = try (0..<4).map { _ in try RawConnection(port: server.port) }
        for connection in partial { try connection.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") }
        let silent = try (0..<4).map { _ in try RawConnection(port: server.port) }

        for connection in partial {
            let (bytes, closed) = connection.readUntilClosed(within: 30)
            #expect(closed, "a dribbled head is cut off")
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 408"))
        }
        for connection in silent {
            let (bytes, closed) = connection.readUntilClosed(within: 30)
            #expect(closed && bytes.isEmpty, "a connection that never sends is closed without a word")
        }

        // Both have been silent for longer than the header timeout by now.
        try keptAlive.send(RawConnection.health)
        #expect(keptAlive.response(within: 30) == 200)
        try answeredEarly.send(RawConnection.health)
        #expect(answeredEarly.response(within: 30) == 200)
        let fresh = try RawConnection(port: server.port)
        try fresh.send(RawConnection.health)
        #expect(fresh.response(within: 30) == 200)
        #expect(await server.stop(SIGTERM) == 0)
    }

    @Test("beyond --max-connections a connection is not served until one closes; then it is")
    func connectionCap() async throws {
        let harness = try ServerHarness()
        let server = try ServeProcess(harness: harness, arguments: ["--max-connections", "2"])
        defer { _ = server.process.isRunning ? kill(server.process.processIdentifier, SIGKILL) : 0 }

        // Two kept-alive connections that have been served hold both places.
        let holders = try (0..<2).map { _ in try RawConnection(port: server.port) }
        for holder in holders {
            try holder.send(RawConnection.health)
            #expect(holder.response(within: 30) == 200)
        }
        // A third waits in the listen backlog: its request gets no answer while they stay.
        let waiting = try RawConnection(port: server.port)
        try waiting.send(RawConnection.health)
        #expect(waiting.response(within: 1.5) == nil)
        // When one holder goes, the waiting connection is accepted and served.
        holders[0].disconnect()
        #expect(waiting.response(within: 30) == 200)
        withExtendedLifetime(holders) {}
        #expect(await server.stop(SIGTERM) == 0)
    }

    @Test("the access log names routes, not paths: no glossary term, path text or query in it, even at debug level")
    func accessLogHoldsRoutes() async throws {
        let harness = try ServerHarness()
        let server = try ServeProcess(harness: harness, logLevel: "debug")
        defer { _ = server.process.isRunning ? kill(server.process.processIdentifier, SIGKILL) : 0 }
        let term = "معرة النعمان"
        let encoded = query(term)
        let entry = try await server.send(.get, "/v1/glossary/entries/\(encoded)", token: ServerHarness.readerToken)
        #expect(entry.status == .ok || entry.status == .notFound)
        let search = try await server.send(.get, "/v1/glossary/search?q=\(query("خان شيخون"))", token: ServerHarness.readerToken)
        #expect(search.status == .ok)
        let unknown = try await server.send(.get, "/v1/\(query("سراقب"))/x?secret=\(query("كفرنبل"))", token: ServerHarness.readerToken)
        #expect(unknown.status == .notFound)
        #expect(await server.stop(SIGTERM) == 0)

        let log = server.logText
        #expect(log.contains("path=/v1/glossary/entries/{source}"), "log: \(log)")
        #expect(log.contains("path=/v1/glossary/search status=200"))
        #expect(log.contains("path=(no route) status=404"))
        for text in [term, "خان شيخون", "سراقب", "كفرنبل"] {
            #expect(!log.contains(text), "\(text) is in the log")
            #expect(!log.contains(query(text)), "\(text) is in the log percent-encoded")
        }
        #expect(!log.contains("secret"), "no query string in the log")
    }
}
