import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Tarjama
import Testing

@Suite("Server glossary routes")
struct GlossaryRouteTests {
    @Test("search finds an entry in any spelling: hamza, ta marbuta, clitics; and by rendering")
    func searchInAnySpelling() async throws {
        try await ServerHarness().run { client in
            for spelling in ["ادلب", "وإدلب", "حماه", "لحماة"] {
                let response = try await client.request(.get, "/v1/glossary/search?q=\(query(spelling))")
                #expect(response.status == .ok)
                let hits = response.object["hits"] as? [[String: Any]] ?? []
                let targets = hits.compactMap { ($0["entry"] as? [String: Any])?["target"] as? String }
                #expect(targets.contains("Idlib") || targets.contains("Hama"), Comment(rawValue: spelling))
            }
            let english = try await client.request(.get, "/v1/glossary/search?q=Idlib")
            let hits = english.object["hits"] as? [[String: Any]] ?? []
            #expect(hits.contains { $0["match"] as? String == "rendering" })
            let none = try await client.request(.get, "/v1/glossary/search")
            #expect(none.status == .badRequest)
        }
    }

    @Test("a search phrase is decoded as forms encode it: + is a space, %2B a plus, bad percent-encoding is 400")
    func formEncodedQuery() async throws {
        try await ServerHarness().run { client in
            let phrase = "ريف حماة".split(separator: " ").map { query(String($0)) }.joined(separator: "+")
            let response = try await client.request(.get, "/v1/glossary/search?q=\(phrase)")
            #expect(response.status == .ok)
            let hits = response.object["hits"] as? [[String: Any]] ?? []
            let sources = hits.compactMap { ($0["entry"] as? [String: Any])?["source"] as? String }
            #expect(sources.contains("ريف") && sources.contains("حماة"), Comment(rawValue: sources.joined(separator: ", ")))
            let invalid = try await client.request(.get, "/v1/glossary/search?q=%D8")
            #expect(invalid.status == .badRequest)
            #expect(invalid.errorMessage.contains("percent-encoded UTF-8"))
        }
    }

    @Test("add, edit and remove are written to the glossary file atomically and seen at once")
    func editing() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let admin = ServerHarness.adminToken
            let added = try await client.json(
                .post, "/v1/glossary/entries", token: admin,
                ["source": "معرشورين", "target": "Maarshourin", "type": "place", "variants": ["معرشرين"]])
            #expect(added.status == .created)
            #expect(try String(contentsOfFile: harness.glossaryPath, encoding: .utf8).contains("معرشورين\tMaarshourin"))

            let conflicting = try await client.json(
                .post, "/v1/glossary/entries", token: admin, ["source": "معرشورين", "target": "Maarshurin"])
            #expect(conflicting.status == .conflict)

            let edited = try await client.json(
                .put, "/v1/glossary/entries/\(query("معرشورين"))", token: admin,
                ["source": "معرشورين", "target": "Maarshourin", "alternatives": ["Maarshurin"], "type": "place"])
            #expect(edited.status == .ok)
            #expect(edited.object["alternatives"] as? [String] == ["Maarshurin"])

            let fetched = try await client.request(.get, "/v1/glossary/entries/\(query("معرشورين"))")
            #expect(fetched.object["alternatives"] as? [String] == ["Maarshurin"])

            let suggested = try await client.json(.post, "/v1/suggest", ["text": "اشتباكات في معرشورين"])
            let renderings = (suggested.object["terms"] as? [[String: Any]] ?? []).compactMap { $0["rendering"] as? String }
            #expect(renderings.contains("Maarshourin"))

            let removed = try await client.request(.delete, "/v1/glossary/entries/\(query("معرشورين"))", token: admin)
            #expect(removed.status == .noContent)
            #expect(try await client.request(.get, "/v1/glossary/entries/\(query("معرشورين"))").status == .notFound)
            #expect(try await client.request(.delete, "/v1/glossary/entries/\(query("معرشورين"))", token: admin).status == .notFound)
            let rows = try GlossaryTSV.read(path: harness.glossaryPath)
            #expect(!rows.contains { $0.entry.source == "معرشورين" })
        }
    }

    @Test("a TSV or TBX import merges into the glossary; a malformed one is 400 and changes nothing")
    func importing() async throws {
        let harness = try ServerHarness()
        try await harness.run { client in
            let admin = ServerHarness.adminToken
            let before = try String(contentsOfFile: harness.glossaryPath, encoding: .utf8)
            let tsv = "source\ttarget\tnote\ttype\nخان السبل\tKhan al-Subul\t\tplace\n"
            let imported = try await client.request(.post, "/v1/glossary/import?format=tsv", token: admin, body: ByteBuffer(string: tsv))
            #expect(imported.status == .ok)
            #expect(imported.object["added"] as? Int == 1)

            let tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                <text><body>
                <conceptEntry id="c1">
                  <langSec xml:lang="ar"><termSec><term>البستان الشمالي</term></termSec></langSec>
                  <langSec xml:lang="en"><termSec><term>North Bustan</term></termSec></langSec>
                </conceptEntry>
                </body></text></tbx>
                """
            let fromTBX = try await client.request(.post, "/v1/glossary/import?format=tbx", token: admin, body: ByteBuffer(string: tbx))
            #expect(fromTBX.status == .ok)
            let found = try await client.request(.get, "/v1/glossary/entries/\(query("البستان الشمالي"))")
            #expect(found.object["target"] as? String == "North Bustan")

            let afterGood = try String(contentsOfFile: harness.glossaryPath, encoding: .utf8)
            #expect(afterGood != before)
            let broken = try await client.request(
                .post, "/v1/glossary/import?format=tbx", token: admin,
                body: ByteBuffer(string: String(tbx.prefix(200))))
            #expect(broken.status == .badRequest)
            #expect(broken.errorMessage.hasPrefix("upload.tbx:"))
            let badTSV = try await client.request(
                .post, "/v1/glossary/import?format=tsv", token: admin,
                body: ByteBuffer(string: "source\ttarget\nحلب\n"))
            #expect(badTSV.status == .badRequest)
            #expect(try String(contentsOfFile: harness.glossaryPath, encoding: .utf8) == afterGood)
        }
    }
}
