import Foundation
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
            let basic = try await client.request(.get, "/v1/glossary", token: nil,
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
            let importAsTranslator = try await client.request(.post, "/v1/memory/import", token: ServerHarness.translatorToken,
                                                              body: ByteBuffer(string: "<tmx/>"))
            #expect(importAsTranslator.status == .forbidden)
        }
    }

    @Test("a body over --max-body is 413, whether it declares its length or not")
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

    @Test("malformed JSON, a wrong field type and invalid UTF-8 are 400 with a message")
    func malformedBodies() async throws {
        try await ServerHarness().run { client in
            let cut = try await client.request(.post, "/v1/suggest", headers: [.contentType: "application/json"],
                                               body: ByteBuffer(string: "{\"text\": \"حلب"))
            #expect(cut.status == .badRequest)
            #expect(cut.errorMessage == "the body is not valid JSON")
            let wrongType = try await client.json(.post, "/v1/suggest", ["text": 5])
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.errorMessage == "\"text\" must be a string")
            let missing = try await client.json(.post, "/v1/suggest", ["previous": "x"])
            #expect(missing.errorMessage == "the field \"text\" is missing")
            var bytes = Array("{\"text\": \"حلب".utf8)
            let badOffset = bytes.count
            bytes += [0xD8, 0x22, 0x7D]
            let badUTF8 = try await client.request(.post, "/v1/suggest", headers: [.contentType: "application/json"],
                                                   body: ByteBuffer(bytes: bytes))
            #expect(badUTF8.status == .badRequest)
            #expect(badUTF8.errorMessage.contains("not valid UTF-8"))
            #expect(badUTF8.errorMessage.contains("offset \(badOffset)"))
            let empty = try await client.request(.post, "/v1/suggest")
            #expect(empty.status == .badRequest)
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
            try await worker.run { release.wait(); return 1 }
        }
        release.signal()
        #expect(try await worker.run { 2 } == 2)
        try await worker.shutdown()
    }
}
