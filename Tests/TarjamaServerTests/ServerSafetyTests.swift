import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import TarjamaServer

@Suite("Server safety: tokens, roles, limits and error bodies")
struct ServerSafetyTests {
    @Test("health and the OpenAPI document need no token; everything else answers 401 without one")
    func publicAndSecuredRoutes() async throws {
        try await ServerHarness().run { client in
            let health = try await client.request(.get, "/v1/health", token: nil)
            #expect(health.status == .ok)
            #expect(health.object["status"] as? String == "ok")
            let document = try await client.request(.get, "/v1/openapi.json", token: nil)
            #expect(document.status == .ok)
            #expect(document.object["openapi"] as? String != nil)

            let missing = try await client.request(.get, "/v1/glossary", token: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(missing.errorCode == "unauthorized")
            let wrong = try await client.request(.get, "/v1/glossary", token: "reader-token-0123456789abcdeX")
            #expect(wrong.status == .unauthorized)
            let basic = try await client.request(
                .get, "/v1/glossary", token: nil,
                headers: [.authorization: "Basic cmVhZGVyOnJlYWRlcg=="])
            #expect(basic.status == .unauthorized)
            #expect(try await client.request(.get, "/v1/glossary").status == .ok)
        }
    }

    @Test("a role that may not do something gets 403 naming the role it needs")
    func rolesAreEnforced() async throws {
        try await ServerHarness().run { client in
            let entry: [String: Any] = ["source": "معرشورين", "target": "Maarshourin", "type": "place"]
            let asReader = try await client.json(.post, "/v1/glossary/entries", token: ServerHarness.readerToken, entry)
            #expect(asReader.status == .forbidden)
            #expect(asReader.errorMessage.contains("admin"))
            let asTranslator = try await client.json(.post, "/v1/glossary/entries", token: ServerHarness.translatorToken, entry)
            #expect(asTranslator.status == .forbidden)
            let asAdmin = try await client.json(.post, "/v1/glossary/entries", token: ServerHarness.adminToken, entry)
            #expect(asAdmin.status == .created)
            let importAsTranslator = try await client.request(
                .post, "/v1/memory/import", token: ServerHarness.translatorToken,
                body: ByteBuffer(string: "<tmx/>"))
            #expect(importAsTranslator.status == .forbidden)
        }
    }

    @Test("a body over --max-body is 413 with a message naming the limit")
    func bodyLimit() async throws {
        try await ServerHarness(maxBodyBytes: 1000).run { client in
            let text = String(repeating: "قصف على حلب. ", count: 200)
            let declared = try await client.json(.post, "/v1/suggest", ["text": text])
            #expect(declared.status == .contentTooLarge)
            #expect(declared.errorCode == "payload_too_large")
            #expect(declared.errorMessage.contains("1000"))
            let small = try await client.json(.post, "/v1/suggest", ["text": "قصف على حلب."])
            #expect(small.status == .ok)
        }
    }

    @Test("a chunked body without a length is cut off at --max-body with 413")
    func chunkedBodyLimit() async throws {
        try await ServerHarness(maxBodyBytes: 1000).run { client in
            let port = client.port
            let reply = try await Task.detached {
                try RawHTTP.exchange(
                    port: port,
                    head: """
                        POST /v1/suggest HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(ServerHarness.readerToken)\r\n\
                        Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n
                        """, chunks: Array(repeating: String(repeating: "a", count: 600), count: 4))
            }.value
            #expect(reply.hasPrefix("HTTP/1.1 413"))
            #expect(reply.contains("payload_too_large"))
        }
    }

    @Test("malformed JSON, a wrong field type and invalid UTF-8 are 400 with a message")
    func malformedBodies() async throws {
        try await ServerHarness().run { client in
            let cut = try await client.request(
                .post, "/v1/suggest", headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{\"text\": \"حلب"))
            #expect(cut.status == .badRequest)
            #expect(cut.errorMessage == "the body is not valid JSON: line 1, column 14: the string is not closed")
            let wrongType = try await client.json(.post, "/v1/suggest", ["text": 5])
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.errorMessage == "\"text\" must be a string")
            let missing = try await client.json(.post, "/v1/suggest", ["previous": "x"])
            #expect(missing.errorMessage == "the field \"text\" is missing")
            var bytes = Array("{\"text\": \"حلب".utf8)
            let badOffset = bytes.count
            bytes += [0xD8, 0x22, 0x7D]
            let badUTF8 = try await client.request(
                .post, "/v1/suggest", headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: bytes))
            #expect(badUTF8.status == .badRequest)
            #expect(badUTF8.errorMessage.contains("not valid UTF-8"))
            #expect(badUTF8.errorMessage.contains("offset \(badOffset)"))
            let empty = try await client.request(.post, "/v1/suggest")
            #expect(empty.status == .badRequest)
        }
    }

    @Test("a second upload under a name another document has is 409: segment ids must stay unique")
    func takenDocumentName() async throws {
        try await ServerHarness().run { client in
            let token = ServerHarness.translatorToken
            let body = ["name": "bulletin", "content": "قال المحافظ ان الطريق مفتوح.\n"]
            #expect(try await client.json(.post, "/v1/documents", token: token, body).status == .created)
            let again = try await client.json(.post, "/v1/documents", token: token, body)
            #expect(again.status == .conflict)
            #expect(again.errorCode == "name_taken" && again.errorMessage.contains("document 1"))
            #expect(
                try await client.json(.post, "/v1/documents", token: token, ["name": "bulletin 2", "content": body["content"]!]).status
                    == .created)
        }
    }

    @Test("unknown routes and unknown glossary terms are 404 with a JSON body")
    func unknownIds() async throws {
        try await ServerHarness().run { client in
            let route = try await client.request(.get, "/v1/no-such-thing")
            #expect(route.status == .notFound)
            #expect(route.errorCode == "not_found")
            let term = try await client.request(.get, "/v1/glossary/entries/\(query("كلمة غير موجودة"))")
            #expect(term.status == .notFound)
            #expect(term.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("the tokens file is checked line by line, and no token is echoed")
    func tokenFileErrors() throws {
        #expect(throws: ServerSetupError.tokens(file: "t", line: 2, reason: "the role must be reader, translator or admin")) {
            try TokenFile(text: "reader a 0123456789abcdefgh\nowner b 0123456789abcdefgh\n", file: "t")
        }
        #expect(throws: ServerSetupError.tokens(file: "t", line: 1, reason: "the token must be at least 16 visible ASCII characters")) {
            try TokenFile(text: "reader a short\n", file: "t")
        }
        #expect(throws: ServerSetupError.tokens(file: "t", line: 2, reason: "the same token is given twice")) {
            try TokenFile(text: "reader a 0123456789abcdefgh\nadmin b 0123456789abcdefgh\n", file: "t")
        }
        #expect(throws: ServerSetupError.tokens(file: "t", line: 0, reason: "the file holds no token")) {
            try TokenFile(text: "# nothing\n\n", file: "t")
        }
        let tokens = try TokenFile(text: "translator tariq 0123456789abcdefgh\n", file: "t")
        #expect(tokens.principal(for: "0123456789abcdefgh") == Principal(user: "tariq", role: .translator))
        #expect(tokens.principal(for: "0123456789abcdefg") == nil)
    }

    @Test("work that outlasts the request timeout is answered 503 before the work ends")
    func timeout() async throws {
        let worker = Worker(threads: 1, timeout: .milliseconds(100))
        let release = DispatchSemaphore(value: 0)
        // The work cannot end before the timeout error has been received and the semaphore signalled.
        await #expect(throws: APIError.self) {
            try await worker.run {
                release.wait(); return 1
            }
        }
        release.signal()
        #expect(try await worker.run { 2 } == 2)
        try await worker.shutdown()
    }
}

/// A hand-made HTTP/1.1 exchange over a plain socket, for what the test client cannot send.
enum RawHTTP {
    /// Sends `head` and `chunks` (chunked encoding) to 127.0.0.1:`port`; the start of the reply.
    static func exchange(port: Int, head: String, chunks: [String]) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var request = head
        for chunk in chunks { request += String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n" }
        request += "0\r\n\r\n"
        // The server may answer and close before reading everything; a failed send is fine.
        _ = request.utf8CString.withUnsafeBufferPointer { send(descriptor, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
        var buffer = [UInt8](repeating: 0, count: 2048)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }
}
