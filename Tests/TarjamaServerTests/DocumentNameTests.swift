import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// Document names: what an upload may be called, and how a name goes out in a download header.
@Suite("Server document names")
struct DocumentNameTests {
    static let content = "قال المحافظ ان الطريق مفتوح. ووصلت قافلة مساعدات إلى مدينة حماة.\n"

    /// Uploads `content` as `name` with the translator's token.
    static func upload(_ client: ServerHarness.Client, _ name: String) async throws -> TestResponse {
        try await client.json(.post, "/v1/documents", token: ServerHarness.translatorToken, ["name": name, "content": content])
    }

    @Test(
        "control and format characters are refused with 400 invalid_name: bidi overrides, zero-width characters, BOM, tabs, line breaks, separators",
        arguments: [
            "bulletin\u{202E}txt.exe", "bul\u{200B}letin", "\u{FEFF}bulletin", "bul\u{200D}letin", "bul\u{2066}letin\u{2069}",
            "news\u{061C}desk", "a\tb", "a\nb", "a\u{7}b", "a\u{2028}b", "a\u{2029}b",
        ])
    func invisibleCharactersRefused(name: String) async throws {
        try await ServerHarness().run { client in
            let response = try await Self.upload(client, name)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_name")
            #expect(response.errorMessage.contains("U+"), "the message names the code point")
            #expect(
                !response.errorMessage.contains("bulletin") && !response.errorMessage.contains("letin"),
                "the name itself stays out of the message")
            let listed = try await client.request(.get, "/v1/documents")
            #expect(listed.object["count"] as? Int == 0)
        }
    }

    @Test(
        "path components are refused with 400 invalid_name: / and \\ anywhere, a name of only dots",
        arguments: ["../../etc/passwd", "desk/bulletin", "desk\\bulletin", "..", ".", "..."])
    func pathComponentsRefused(name: String) async throws {
        try await ServerHarness().run { client in
            let response = try await Self.upload(client, name)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_name")
        }
    }

    @Test("a colon is refused with 400 invalid_name: a:1 would make segment id a:1:1")
    func colonRefused() async throws {
        try await ServerHarness().run { client in
            let response = try await Self.upload(client, "a:1")
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_name")
            #expect(response.errorMessage.contains("segment ids are <name>:<n>"))
        }
    }

    @Test("a raw-body upload's ?name= is held to the same rules")
    func rawBodyNameRefused() async throws {
        try await ServerHarness().run { client in
            let response = try await client.request(
                .post, "/v1/documents?name=\(query("bulletin\u{202E}"))&format=text",
                token: ServerHarness.translatorToken,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: ByteBuffer(string: Self.content))
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_name")
        }
    }

    @Test("names are compared and stored in NFC: the NFD twin of an existing name is 409 name_taken")
    func canonicalTwinsAreOneName() async throws {
        let composed = "نشرة إدلب"  // U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW
        let decomposed = "نشرة \u{0627}\u{0655}دلب"  // ALEF + combining HAMZA BELOW: the same text in NFD
        #expect(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
        try await ServerHarness().run { client in
            let first = try await Self.upload(client, decomposed)
            #expect(first.status == .created)
            #expect((first.object["name"] as? String)?.unicodeScalars.elementsEqual(composed.unicodeScalars) == true, "stored in NFC")
            let twin = try await Self.upload(client, composed)
            #expect(twin.status == .conflict)
            #expect(twin.errorCode == "name_taken")
            let cafe = try await Self.upload(client, "Cafe\u{301} bulletin")
            #expect(cafe.status == .created)
            #expect(try await Self.upload(client, "Caf\u{E9} bulletin").errorCode == "name_taken")
        }
    }

    @Test("a quote or a semicolon in a name can neither end the filename nor add a Content-Disposition parameter")
    func contentDispositionQuoted() async throws {
        try await ServerHarness().run { client in
            let name = "a\"b; filename=evil.sh"
            let uploaded = try await Self.upload(client, name)
            #expect(uploaded.status == .created)
            let id = try #require(uploaded.object["id"] as? Int)
            let export = try await client.request(.get, "/v1/documents/\(id)/export?format=xliff")
            #expect(export.status == .ok)
            #expect(
                export.headers[.contentDisposition]
                    == "attachment; filename=\"a_b; filename=evil.sh.xlf\"; filename*=UTF-8''a%22b%3B%20filename%3Devil.sh.xlf")
        }
    }

    @Test("a non-ASCII name goes out as an ASCII filename and the exact name in filename* (RFC 6266/5987)")
    func contentDispositionUTF8() async throws {
        try await ServerHarness().run { client in
            let name = "نشرة حلب ١٢"
            let uploaded = try await Self.upload(client, name)
            let id = try #require(uploaded.object["id"] as? Int)
            let export = try await client.request(.get, "/v1/documents/\(id)/export?format=xliff")
            let header = try #require(export.headers[.contentDisposition])
            #expect(header.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }, "the header is printable ASCII")
            #expect(header.hasPrefix("attachment; filename=\"_ _ _.xlf\"; filename*=UTF-8''"))
            let encoded = try #require(header.components(separatedBy: "filename*=UTF-8''").last)
            #expect(encoded.removingPercentEncoding == name + ".xlf")
        }
    }
}
