import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

@Suite("Server: segment ids and apply in place")
struct ServerApplyTests {
    /// Uploads a two-segment bulletin and returns its segments as listed.
    static func upload(_ client: ServerHarness.Client, name: String = "bulletin") async throws -> [[String: Any]] {
        let text = "وصلت تسع وعشرون حافلة الى مدينة حماه امس.\n\nوقال المحافظ ان خمس قوافل اخرى ستصل غدا.\n"
        let upload = try await client.request(
            .post, "/v1/documents?name=\(name)&format=text", token: ServerHarness.translatorToken,
            body: ByteBuffer(string: text))
        #expect(upload.status == .created)
        let documentID = try #require(upload.object["id"] as? Int)
        let listed = try await client.request(.get, "/v1/documents/\(documentID)/segments")
        return listed.object["segments"] as? [[String: Any]] ?? []
    }

    @Test("a segment is reached by its segment id <name>:<n> as well as its row id; an unknown one is 404")
    func segmentIdsInURLs() async throws {
        try await ServerHarness().run { client in
            let segments = try await Self.upload(client)
            #expect(segments.count == 2)
            let second = try #require(segments.last)
            let rowID = try #require(second["id"] as? Int)
            #expect(second["segmentId"] as? String == "bulletin:2")
            let byName = try await client.request(.get, "/v1/segments/bulletin:2")
            #expect(byName.status == .ok)
            #expect(byName.object["id"] as? Int == rowID)
            #expect(byName.headers[.eTag] == second["etag"] as? String)
            let suggestions = try await client.request(.get, "/v1/segments/bulletin:1/suggestions")
            #expect(suggestions.status == .ok)
            for missing in ["bulletin:3", "bulletin:0", "other:1", "bulletin"] {
                let response = try await client.request(.get, "/v1/segments/\(missing)")
                #expect(response.status == .notFound, Comment(rawValue: missing))
            }
            #expect(try await client.request(.get, "/v1/segments/bulletin:3").errorMessage.contains("bulletin:3"))
            // Edits by segment id carry the same version rules as by row id.
            let patched = try await client.json(
                .patch, "/v1/segments/bulletin:2", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(second["etag"] as? String)],
                ["target": "The governor said five more convoys would arrive tomorrow."])
            #expect(patched.status == .ok)
            #expect(patched.object["id"] as? Int == rowID)
        }
    }

    @Test("applying a number suggestion replaces the wrong figure where it stands and reports its offsets")
    func numberReplacesTheWrongFigure() async throws {
        try await ServerHarness().run { client in
            let segments = try await Self.upload(client)
            let first = try #require(segments.first)
            let patched = try await client.json(
                .patch, "/v1/segments/bulletin:1", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(first["etag"] as? String)], ["target": "92 buses reached the city of Hama yesterday."])
            #expect(patched.status == .ok)
            let suggestions = try await client.request(.get, "/v1/segments/bulletin:1/suggestions")
            let terms = suggestions.object["terms"] as? [[String: Any]] ?? []
            let number = try #require(terms.first { $0["kind"] as? String == "number" })
            #expect(number["rendering"] as? String == "29")
            let applied = try await client.json(
                .post, "/v1/segments/bulletin:1/apply", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(patched.headers[.eTag])],
                ["suggestion": try #require(number["id"] as? String)])
            #expect(applied.status == .ok)
            #expect(applied.object["changed"] as? Bool == true)
            #expect(applied.object["replaced"] as? String == "92")
            let segment = applied.object["segment"] as? [String: Any] ?? [:]
            #expect(segment["target"] as? String == "29 buses reached the city of Hama yesterday.")
            let changes = applied.object["changes"] as? [[String: Any]] ?? []
            #expect(changes.count == 1)
            #expect(changes.first?["kind"] as? String == "number")
            #expect(changes.first?["start"] as? Int == 0 && changes.first?["end"] as? Int == 2)
            #expect(changes.first?["before"] as? String == "92" && changes.first?["after"] as? String == "29")

            // Applied again, the draft already has the number: nothing changes, nothing is appended.
            let again = try await client.json(
                .post, "/v1/segments/bulletin:1/apply", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(applied.headers[.eTag])],
                ["suggestion": try #require(number["id"] as? String)])
            #expect(again.object["changed"] as? Bool == false)
            #expect((again.object["changes"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("applying a term replaces the forbidden rendering in place and reports its offsets")
    func termReplacesInPlace() async throws {
        try await ServerHarness().run { client in
            let segments = try await Self.upload(client)
            let first = try #require(segments.first)
            let draft = "29 buses reached the city of Hamah yesterday."
            let patched = try await client.json(
                .patch, "/v1/segments/bulletin:1", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(first["etag"] as? String)], ["target": draft])
            let terms = try await client.request(.get, "/v1/segments/bulletin:1/suggestions").object["terms"] as? [[String: Any]] ?? []
            let hama = try #require(terms.first { $0["rendering"] as? String == "Hama" })
            let applied = try await client.json(
                .post, "/v1/segments/bulletin:1/apply", token: ServerHarness.translatorToken,
                headers: [.ifMatch: try #require(patched.headers[.eTag])],
                ["suggestion": try #require(hama["id"] as? String)])
            let change = (applied.object["changes"] as? [[String: Any]])?.first ?? [:]
            #expect(change["kind"] as? String == "term")
            let hamah = try #require(draft.range(of: "Hamah"))
            #expect(change["start"] as? Int == draft.utf16.distance(from: draft.startIndex, to: hamah.lowerBound))
            #expect(change["end"] as? Int == draft.utf16.distance(from: draft.startIndex, to: hamah.upperBound))
            #expect((applied.object["segment"] as? [String: Any])?["target"] as? String == "29 buses reached the city of Hama yesterday.")
        }
    }
}
