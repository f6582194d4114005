import Foundation
import Glibc
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TarjamaServer
import TestSupport

/// A service on a fresh store, tokens file and copy of the shipped glossary, driven over real
/// HTTP on a free loopback port.
struct ServerHarness {
    static let readerToken = "reader-token-0123456789abcdef"
    static let translatorToken = "translator-token-0123456789abcdef"
    static let secondTranslatorToken = "translator-two-0123456789abcdef"
    static let adminToken = "admin-token-0123456789abcdef"

    let directory: URL
    let configuration: ServerConfiguration

    init(maxBodyBytes: Int = 1 << 20, requestTimeout: Duration = .seconds(30)) throws {
        directory = try TarjamaBinary.temporaryDirectory()
        let tokens = """
            # test tokens
            reader     rita    \(Self.readerToken)
            translator tariq   \(Self.translatorToken)
            translator samira  \(Self.secondTranslatorToken)
            admin      adam    \(Self.adminToken)

            """
        try tokens.write(to: directory.appendingPathComponent("tokens.txt"), atomically: true, encoding: .utf8)
        let glossary = directory.appendingPathComponent("glossary.tsv")
        try FileManager.default.copyItem(at: SharedData.repositoryRoot.appendingPathComponent("Glossaries/syria-news.tsv"), to: glossary)
        configuration = ServerConfiguration(
            databasePath: directory.appendingPathComponent("store.sqlite").path, host: "127.0.0.1", port: 0,
            tokensPath: directory.appendingPathComponent("tokens.txt").path, glossaryPaths: [glossary.path],
            maxBodyBytes: maxBodyBytes, requestTimeout: requestTimeout,
            // Concurrent suites can hold a test's task for a minute on a loaded machine; its
            // kept-alive connection must outlive that, and so must one opened before its first request.
            idleTimeout: .seconds(900), headerTimeout: .seconds(900), workerThreads: 4)
    }

    var glossaryPath: String { configuration.glossaryPaths[0] }

    /// Runs `body` against a live service.
    func run<Value: Sendable>(_ body: @Sendable (Client) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "tarjama.test")
        logger.logLevel = .warning
        let service = try TarjamaService(configuration: configuration, logger: logger)
        return try await service.makeApplication().test(.live) { client in
            try await body(Client(client: client))
        }
    }

    /// The testing client with the tokens and JSON at hand.
    struct Client: Sendable {
        let client: any TestClientProtocol

        var port: Int { client.port ?? 0 }

        @discardableResult
        func request(
            _ method: HTTPRequest.Method, _ uri: String, token: String? = ServerHarness.readerToken,
            headers: HTTPFields = [:], body: ByteBuffer? = nil
        ) async throws -> TestResponse {
            var headers = headers
            if let token { headers[.authorization] = "Bearer \(token)" }
            return try await client.execute(uri: uri, method: method, headers: headers, body: body) { $0 }
        }

        @discardableResult
        func json(
            _ method: HTTPRequest.Method, _ uri: String, token: String? = ServerHarness.readerToken,
            headers: HTTPFields = [:], _ object: Any
        ) async throws -> TestResponse {
            let data = try JSONSerialization.data(withJSONObject: object)
            var headers = headers
            headers[.contentType] = "application/json"
            return try await request(method, uri, token: token, headers: headers, body: ByteBuffer(bytes: data))
        }
    }
}

extension TestResponse {
    /// The body parsed as a JSON object (empty when it is not one).
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }

    /// The error body's message.
    var errorMessage: String { (object["error"] as? [String: Any])?["message"] as? String ?? "" }
    var errorCode: String { (object["error"] as? [String: Any])?["code"] as? String ?? "" }
}

/// Percent-encodes a query value (Arabic, spaces).
func query(_ value: String) -> String {
    var allowed = CharacterSet.urlQueryAllowed
    allowed.remove(charactersIn: "&=+?#")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
}

/// A TCP socket connected to 127.0.0.1:`port`, for tests that hold a request half-sent.
func loopbackSocket(port: Int) throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(clamping: port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
        close(socket)
        throw POSIXError(.ECONNREFUSED)
    }
    return socket
}
