import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

@Suite("Server memory and alignment routes")
struct MemoryRouteTests {
    /// Two units written for this test.
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none"
         adminlang="en" srclang="ar" datatype="plaintext"/>
        <body>
        <tu tuid="desk:1"><tuv xml:lang="ar"><seg>قصف الطيران الحربي مدينة إدلب صباح اليوم</seg></tuv>
        <tuv xml:lang="en"><seg>Warplanes shelled the city of Idlib this morning</seg></tuv></tu>
        <tu tuid="desk:2"><tuv xml:lang="ar"><seg>وصلت قافلة مساعدات إلى مدينة حماة</seg></tuv>
        <tuv xml:lang="en"><seg>An aid convoy reached the city of Hama</seg></tuv></tu>
        </body></tmx>
        """

    @Test("an imported TMX is found by lookup and concordance in another spelling, and exported as valid TMX")
    func importLookupExport() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let imported = try await client.request(
                .post, "/v1/memory/import", token: ServerHarness.adminToken,
                body: ByteBuffer(string: Self.tmx))
            #expect(imported.status == .ok)
            #expect(imported.object["added"] as? Int == 2)
            let again = try await client.request(
                .post, "/v1/memory/import", token: ServerHarness.adminToken,
                body: ByteBuffer(string: Self.tmx))
            #expect(again.object["added"] as? Int == 0)

            let lookup = try await client.request(.get, "/v1/memory/lookup?q=\(query("قصف الطيران الحربي مدينة ادلب صباح اليوم"))")
            let matches = lookup.object["matches"] as? [[String: Any]] ?? []
            #expect(matches.first?["target"] as? String == "Warplanes shelled the city of Idlib this morning")
            #expect((matches.first?["match"] as? Int ?? 0) >= 90)

            let concordance = try await client.request(.get, "/v1/memory/concordance?q=\(query("حماه"))")
            let hits = concordance.object["hits"] as? [[String: Any]] ?? []
            #expect(hits.count == 1)
            #expect(hits.first?["target"] as? String == "An aid convoy reached the city of Hama")
            #expect(try await client.request(.get, "/v1/memory/concordance?q=x&side=left").status == .badRequest)

            let export = try await client.request(.get, "/v1/memory/export")
            #expect(export.status == .ok)
            #expect(export.headers[.contentType]?.contains("tmx") == true)
            #expect(export.text.contains("Warplanes shelled the city of Idlib"))
            if XMLLint.canValidate(with: "ref/specs/tmx/tmx14.dtd") {
                let file = harness.directory.appendingPathComponent("export.tmx")
                try Data(export.body.readableBytesView).write(to: file)
                let result = try XMLLint.validateTMX(file.path)
                #expect(result.status == 0, Comment(rawValue: result.messages))
            }
        }
    }

    @Test("a cut-off TMX is refused with its position and adds nothing")
    func truncatedImport() async throws {
        try await ServerHarness().run { client in
            let cut = String(Self.tmx.prefix(Self.tmx.count - 40))
            let response = try await client.request(
                .post, "/v1/memory/import", token: ServerHarness.adminToken,
                body: ByteBuffer(string: cut))
            #expect(response.status == .badRequest)
            #expect(response.errorMessage.contains("upload.tmx"))
            #expect(!response.errorMessage.contains("tarjama-upload-"))
            let lookup = try await client.request(.get, "/v1/memory/concordance?q=\(query("إدلب"))")
            #expect(lookup.object["count"] as? Int == 0)
        }
    }

    @Test("an uploaded article pair is aligned into pairs, as JSON or TMX, and can feed the memory")
    func alignment() async throws {
        let source = "قصف الطيران الحربي مدينة إدلب صباح اليوم. وقتل ثلاثة مدنيين.\nووصلت قافلة مساعدات إلى مدينة حماة."
        let target =
            "Warplanes shelled the city of Idlib this morning. Three civilians were killed.\nAn aid convoy reached the city of Hama."
        let harness = try ServerHarness()
        try await harness.run { client in
            let body: [String: Any] = ["name": "bulletin", "source": source, "target": target]
            let asReader = try await client.json(.post, "/v1/alignments", token: ServerHarness.readerToken, body)
            #expect(asReader.status == .forbidden)
            let aligned = try await client.json(.post, "/v1/alignments", token: ServerHarness.translatorToken, body)
            #expect(aligned.status == .ok)
            let pairs = aligned.object["pairs"] as? [[String: Any]] ?? []
            #expect(pairs.count == 3)
            #expect(pairs.first?["id"] as? String == "bulletin:1")
            #expect((pairs.last?["target"] as? String)?.contains("Hama") == true)

            let tmx = try await client.json(.post, "/v1/alignments?format=tmx", token: ServerHarness.translatorToken, body)
            #expect(tmx.text.contains("<tmx"))

            var withMemory = body
            withMemory["addToMemory"] = true
            #expect(try await client.json(.post, "/v1/alignments", token: ServerHarness.translatorToken, withMemory).status == .forbidden)
            let added = try await client.json(.post, "/v1/alignments", token: ServerHarness.adminToken, withMemory)
            #expect(added.object["addedToMemory"] as? Int == 3)
            let hits = try await client.request(.get, "/v1/memory/concordance?q=\(query("قافلة"))")
            #expect(hits.object["count"] as? Int == 1)
        }
    }
}
