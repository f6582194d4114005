import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Server segment editing: versions, conflicts, split and merge")
struct ServerEditingTests {
    static let text = "قصف الطيران الحربي مدينة إدلب صباح اليوم. ووصلت قافلة مساعدات إلى مدينة حماة.\n"

    /// Uploads the two-sentence text and returns the document id and its first segment.
    static func upload(_ client: ServerHarness.Client) async throws -> (Int, [String: Any]) {
        let upload = try await client.json(
            .post, "/v1/documents", token: ServerHarness.translatorToken,
            ["name": "bulletin", "content": text])
        let id = try #require(upload.object["id"] as? Int)
        let segments = try await client.request(.get, "/v1/documents/\(id)/segments")
        return (id, try #require((segments.object["segments"] as? [[String: Any]])?.first))
    }

    @Test("two translators edit one segment at once: one wins, the other gets 409 with the current version and loses nothing")
    func concurrentEdit() async throws {
        try await ServerHarness().run { client in
            let (_, segment) = try await Self.upload(client)
            let id = try #require(segment["id"] as? Int)
            let etag = try #require(segment["etag"] as? String)
            let drafts = [
                (ServerHarness.translatorToken, "Warplanes shelled Idlib this morning."),
                (ServerHarness.secondTranslatorToken, "Military aircraft bombed the city of Idlib in the morning."),
            ]
            let port = client.port
            let responses = try await withThrowingTaskGroup(of: (String, String, TestClient.Response).self) { group in
                for (token, draft) in drafts {
                    group.addTask {
                        let own = TestClient(host: "127.0.0.1", port: port)
                        own.connect()
                        defer { Task { try? await own.shutdown() } }
                        let body = try JSONSerialization.data(withJSONObject: ["target": draft])
                        let response = try await own.execute(
                            .init(
                                "/v1/segments/\(id)", method: .patch,
                                headers: [
                                    .authorization: "Bearer \(token)", .ifMatch: etag,
                                    .contentType: "application/json",
                                ],
                                body: ByteBuffer(bytes: body)))
                        return (token, draft, response)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let statuses = responses.map(\.2.status.code).sorted()
            #expect(statuses == [200, 409])
            let loser = try #require(responses.first { $0.2.status == .conflict })
            let winner = try #require(responses.first { $0.2.status == .ok })
            let conflict = (try? JSONSerialization.jsonObject(with: Data(loser.2.body!.readableBytesView))) as? [String: Any] ?? [:]
            let current = try #require(conflict["current"] as? [String: Any])
            #expect(current["target"] as? String == winner.1)
            #expect(current["version"] as? Int == 2)
            #expect(loser.2.headers[.eTag] == current["etag"] as? String)
            #expect(
                ((conflict["error"] as? [String: Any])?["message"] as? String)?.contains(winner.1) == false,
                "the message never quotes segment text")

            // The loser merges its wording into the current draft and saves on the current version.
            let merged = "\(winner.1) (\(loser.1))"
            let retry = try await client.json(
                .patch, "/v1/segments/\(id)", token: loser.0,
                headers: [.ifMatch: try #require(current["etag"] as? String)], ["target": merged])
            #expect(retry.status == .ok)
            let final = try await client.request(.get, "/v1/segments/\(id)")
            #expect(final.object["target"] as? String == merged)
            #expect(final.object["version"] as? Int == 3)
            #expect(final.headers[.eTag] == "\"\(id)-3\"")
            let unchanged = try await client.request(.get, "/v1/segments/\(id)", headers: [.ifNoneMatch: "\"\(id)-3\""])
            #expect(unchanged.status == .notModified)
        }
    }

    @Test("an edit without If-Match or version is 428; another segment's ETag 412; a stale version in the body 409")
    func preconditions() async throws {
        try await ServerHarness().run { client in
            let (_, segment) = try await Self.upload(client)
            let id = try #require(segment["id"] as? Int)
            let translator = ServerHarness.translatorToken
            let none = try await client.json(.patch, "/v1/segments/\(id)", token: translator, ["target": "x"])
            #expect(none.status.code == 428)
            let other = try await client.json(
                .patch, "/v1/segments/\(id)", token: translator, headers: [.ifMatch: "\"999-1\""], ["target": "x"])
            #expect(other.status == .preconditionFailed)
            let ok = try await client.json(.patch, "/v1/segments/\(id)", token: translator, ["target": "Idlib was shelled.", "version": 1])
            #expect(ok.status == .ok)
            let stale = try await client.json(.patch, "/v1/segments/\(id)", token: translator, ["target": "x", "version": 1])
            #expect(stale.status == .conflict)
            let asReader = try await client.json(
                .patch, "/v1/segments/\(id)", token: ServerHarness.readerToken, ["target": "x", "version": 2])
            #expect(asReader.status == .forbidden)
            let unknownStatus = try await client.json(.patch, "/v1/segments/\(id)", token: translator, ["status": "done", "version": 2])
            #expect(unknownStatus.status == .badRequest)
            #expect(try await client.request(.get, "/v1/segments/987654").status == .notFound)
            #expect(try await client.request(.get, "/v1/segments/abc").status == .notFound)
            #expect(try await client.request(.get, "/v1/documents/987654/segments").status == .notFound)
        }
    }

    @Test("split at an offset and merge back; renumbered ids")
    func splitAndMerge() async throws {
        try await ServerHarness().run { client in
            let (documentID, segment) = try await Self.upload(client)
            let id = try #require(segment["id"] as? Int)
            let source = try #require(segment["source"] as? String)
            let cut = Array(source.utf16).firstIndex(of: "م".utf16.first!)!  // before مدينة
            let split = try await client.json(
                .post, "/v1/segments/\(id)/split", token: ServerHarness.translatorToken,
                ["offset": cut, "version": 1])
            #expect(split.status == .ok)
            let parts = split.object["segments"] as? [[String: Any]] ?? []
            #expect(parts.count == 2)
            #expect(parts.last?["segmentId"] as? String == "bulletin:2")
            let listed = try await client.request(.get, "/v1/documents/\(documentID)/segments")
            #expect(listed.object["count"] as? Int == 3)
            let first = try #require(parts.first)
            let merged = try await client.request(
                .post, "/v1/segments/\(id)/merge", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(first["etag"] as? String)])
            #expect(merged.status == .ok)
            #expect(merged.object["source"] as? String == source)
            let bad = try await client.json(
                .post, "/v1/segments/\(id)/split", token: ServerHarness.translatorToken,
                ["offset": 0, "version": merged.object["version"] as? Int ?? 0])
            #expect(bad.status == .badRequest)
        }
    }
}
