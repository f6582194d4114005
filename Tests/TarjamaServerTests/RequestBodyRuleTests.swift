import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// The service holds request bodies to the command line's rules: strict JSON (no duplicate
/// member names) and no unbalanced bidi controls in text.
@Suite("Request bodies: duplicate JSON members and bidi controls")
struct RequestBodyRuleTests {
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test(
        "a JSON body with a duplicate member name is 400 naming the member and its position, on every decoding route",
        arguments: [
            (HTTPRequest.Method.post, "/v1/suggest", #"{"text":"قصف على حلب.","text":"قصف على حماة."}"#, "text"),
            (.post, "/v1/documents", #"{"name":"a","content":"قصف على حلب.","name":"b"}"#, "name"),
            (.post, "/v1/alignments", #"{"source":"قصف على حلب.","target":"Shelling on Aleppo.","options":{"x":1,"x":2}}"#, "x"),
            (.post, "/v1/segments/1/merge", #"{"version":1,"version":2}"#, "version"),
        ] as [(HTTPRequest.Method, String, String, String)])
    func duplicateMembers(method: HTTPRequest.Method, path: String, body: String, member: String) async throws {
        try await ServerHarness().run { client in
            let response = try await client.request(
                method, path, token: ServerHarness.adminToken, headers: Self.json,
                body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            #expect(response.errorMessage.contains("duplicate member name \"\(member)\""), "\(response.errorMessage)")
            #expect(response.errorMessage.contains("line 1, column"), "\(response.errorMessage)")
        }
    }

    @Test("the same body without the duplicate is accepted")
    func withoutDuplicate() async throws {
        try await ServerHarness().run { client in
            let response = try await client.request(
                .post, "/v1/suggest", headers: Self.json,
                body: ByteBuffer(string: #"{"text":"قصف على حلب."}"#))
            #expect(response.status == .ok)
        }
    }

    @Test("an unclosed RLO in /v1/suggest text is 400 naming the field, line and column")
    func suggestRefusesOverride() async throws {
        try await ServerHarness().run { client in
            let response = try await client.json(.post, "/v1/suggest", ["text": "قصف على حلب.\nقال \u{202E}المحافظ."])
            #expect(response.status == .badRequest)
            #expect(response.errorMessage.hasPrefix("\"text\":2:5: RLO (U+202E) is not closed"), "\(response.errorMessage)")
            let balanced = try await client.json(.post, "/v1/suggest", ["text": "قال \u{202E}المحافظ\u{202C}."])
            #expect(balanced.status == .ok)
        }
    }

    @Test("an upload with an unclosed override is 400 with its line and column, as JSON or as the raw file, and nothing is stored")
    func uploadRefusesOverride() async throws {
        try await ServerHarness().run { client in
            let token = ServerHarness.translatorToken
            let content = "وصلت القافلة.\nقال \u{202E}المحافظ ذلك.\n"
            let asJSON = try await client.json(.post, "/v1/documents", token: token, ["name": "bulletin", "content": content])
            #expect(asJSON.status == .badRequest)
            #expect(asJSON.errorMessage.hasPrefix("bulletin:2:5: RLO (U+202E) is not closed"), "\(asJSON.errorMessage)")
            let raw = try await client.request(
                .post, "/v1/documents?name=bulletin&format=text", token: token,
                headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: content))
            #expect(raw.status == .badRequest)
            #expect(raw.errorMessage.hasPrefix("bulletin:2:5: RLO"), "\(raw.errorMessage)")
            let subtitles = "1\n00:00:01,000 --> 00:00:02,000\nقال \u{2067}المحافظ\n"
            let srt = try await client.request(
                .post, "/v1/documents?name=clip&format=srt", token: token,
                headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: subtitles))
            #expect(srt.status == .badRequest)
            #expect(srt.errorMessage.hasPrefix("clip:3:5: RLI (U+2067) is not closed"), "\(srt.errorMessage)")
            let listed = try await client.request(.get, "/v1/documents")
            #expect(listed.object["count"] as? Int == 0)
        }
    }

    @Test("an alignment whose source or target has an unclosed override is 400 naming the field")
    func alignmentRefusesOverride() async throws {
        try await ServerHarness().run { client in
            let token = ServerHarness.translatorToken
            let source = try await client.json(
                .post, "/v1/alignments", token: token,
                ["source": "قال \u{202B}المحافظ.", "target": "The governor said."])
            #expect(source.status == .badRequest)
            #expect(source.errorMessage.hasPrefix("\"source\":1:5: RLE (U+202B) is not closed"), "\(source.errorMessage)")
            let target = try await client.json(
                .post, "/v1/alignments", token: token,
                ["source": "قال المحافظ.", "target": "The governor \u{202C}said."])
            #expect(target.status == .badRequest)
            #expect(target.errorMessage.hasPrefix("\"target\":1:14: PDF (U+202C) closes nothing"), "\(target.errorMessage)")
        }
    }
}
