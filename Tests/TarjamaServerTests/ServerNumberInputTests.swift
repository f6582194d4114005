import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// A number in a request or in a stored document must never stop the service: numbers past
/// `Int.max` once trapped in the number reader, so one reader's request, or one stored segment
/// asked for its suggestions after every restart, brought `tarjama serve` down.
@Suite("Server: hostile numbers in requests and stored documents")
struct ServerNumberInputTests {
    static let sentences = HostileNumbers.named + HostileNumbers.generated(60, seed: 27)

    @Test("a reader's suggest request with any hostile number is answered, and the service answers after")
    func suggest() async throws {
        let harness = try ServerHarness()
        try await harness.run { client async throws -> Void in
            for sentence in Self.sentences {
                let response = try await client.json(.post, "/v1/suggest", ["text": sentence])
                #expect(response.status == .ok, "\(response.text)")
            }
            let account = try await client.json(.post, "/v1/suggest", ["text": "بلغ ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ شخصا"])
            #expect(account.text.contains("999999999999999999999"), "the account number is offered in Latin digits")
            #expect(try await client.request(.get, "/v1/health", token: nil).status == .ok)
        }
    }

    @Test("a stored document with hostile numbers gives its suggestions, before and after a restart; alignment of it too")
    func storedDocumentAndAlignment() async throws {
        let harness = try ServerHarness()
        let text = Self.sentences.joined(separator: "\n\n") + "\n"
        let ids: [Int] = try await harness.run { client in
            let upload = try await client.request(
                .post, "/v1/documents?name=hostile&format=text", token: ServerHarness.translatorToken,
                headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: text))
            #expect(upload.status == .created, "\(upload.text)")
            let documentID = try #require(upload.object["id"] as? Int)
            let listed = try await client.request(.get, "/v1/documents/\(documentID)/segments")
            let ids = (listed.object["segments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(ids.count >= HostileNumbers.named.count)
            for id in ids {
                #expect(try await client.request(.get, "/v1/segments/\(id)/suggestions").status == .ok)
            }
            let body: [String: Any] = [
                "name": "hostile-pair", "source": text, "target": Self.sentences.reversed().joined(separator: "\n\n"),
            ]
            let aligned = try await client.json(.post, "/v1/alignments", token: ServerHarness.translatorToken, body)
            #expect(aligned.status == .ok, "\(aligned.text)")
            return ids
        }
        // A new service on the same store: what killed it once must not kill it again.
        try await harness.run { client async throws -> Void in
            for id in ids {
                #expect(try await client.request(.get, "/v1/segments/\(id)/suggestions").status == .ok)
            }
            #expect(try await client.request(.get, "/v1/health", token: nil).status == .ok)
        }
    }
}
