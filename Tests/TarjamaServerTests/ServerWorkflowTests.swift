import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

@Suite("Server workflow: transcript to memory to TMX")
struct ServerWorkflowTests {
    static let transcript = SharedData.transcriptPath

    @Test(
        "upload the transcript, get Hama/Idlib suggestions, apply one, confirm, find it in the memory, export valid TMX",
        .enabled(if: SharedData.has(transcript)))
    func transcriptToMemory() async throws {
        let harness = try ServerHarness()
        let text = try String(contentsOf: SharedData.url(Self.transcript)!, encoding: .utf8)
        try await harness.run { client in
            let translator = ServerHarness.translatorToken
            let upload = try await client.request(
                .post, "/v1/documents?name=aleppo-radio-2016&format=text", token: translator,
                headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: text))
            #expect(upload.status == .created)
            let documentID = try #require(upload.object["id"] as? Int)
            #expect(upload.headers[.location] == "/v1/documents/\(documentID)")

            let listed = try await client.request(.get, "/v1/documents/\(documentID)/segments")
            let segments = listed.object["segments"] as? [[String: Any]] ?? []
            #expect(segments.count == upload.object["segmentCount"] as? Int)
            #expect(segments.first?["segmentId"] as? String == "aleppo-radio-2016:1")
            func segment(containing word: String) -> [String: Any]? {
                segments.first { ($0["source"] as? String)?.contains(word) == true }
            }
            let hama = try #require(segment(containing: "محافظ مدينة حماة"))
            let idlib = try #require(segment(containing: "ريف ادلب"))

            // Suggestions: the glossary renders حماة and ادلب (without hamza) in house style.
            let hamaID = try #require(hama["id"] as? Int)
            let hamaSuggestions = try await client.request(.get, "/v1/segments/\(hamaID)/suggestions")
            let hamaTerms = hamaSuggestions.object["terms"] as? [[String: Any]] ?? []
            let hamaTerm = try #require(hamaTerms.first { $0["rendering"] as? String == "Hama" })
            let start = try #require(hamaTerm["start"] as? Int), end = try #require(hamaTerm["end"] as? Int)
            let units = Array(text.utf16)
            #expect(String(decoding: units[start..<end], as: UTF16.self) == "حماة", "offsets are UTF-16 units of the document")
            let idlibSuggestions = try await client.request(.get, "/v1/segments/\(try #require(idlib["id"] as? Int))/suggestions")
            let idlibTerms = idlibSuggestions.object["terms"] as? [[String: Any]] ?? []
            #expect(idlibTerms.contains { $0["rendering"] as? String == "Idlib" && $0["match"] as? String == "normalised" })

            // Draft with a forbidden spelling, then apply the suggestion: Hamah → Hama.
            let draft = "SANA quoted the governor of Hamah, Mohammad al-Hazouri, as saying that buses had been sent."
            let patched = try await client.json(
                .patch, "/v1/segments/\(hamaID)", token: translator,
                headers: [.ifMatch: try #require(hama["etag"] as? String)],
                ["target": draft, "status": "translated"])
            #expect(patched.status == .ok)
            #expect(patched.object["version"] as? Int == 2)
            let applied = try await client.json(
                .post, "/v1/segments/\(hamaID)/apply", token: translator,
                headers: [.ifMatch: try #require(patched.headers[.eTag])],
                ["suggestion": try #require(hamaTerm["id"] as? String)])
            #expect(applied.status == .ok)
            #expect(applied.object["changed"] as? Bool == true)
            #expect(applied.object["replaced"] as? String == "Hamah")
            let appliedSegment = applied.object["segment"] as? [String: Any] ?? [:]
            let corrected = try #require(appliedSegment["target"] as? String)
            #expect(corrected == draft.replacingOccurrences(of: "Hamah", with: "Hama"))

            // Confirm: the pair goes into the memory.
            let confirmed = try await client.request(
                .post, "/v1/segments/\(hamaID)/confirm", token: translator,
                headers: [.ifMatch: try #require(applied.headers[.eTag])])
            #expect(confirmed.status == .ok)
            #expect(confirmed.object["status"] as? String == "confirmed")
            #expect(confirmed.object["changedBy"] as? String == "tariq")

            let source = try #require(hama["source"] as? String)
            let lookup = try await client.request(.get, "/v1/memory/lookup?q=\(query(source))")
            let best = (lookup.object["matches"] as? [[String: Any]])?.first
            #expect(best?["target"] as? String == corrected)
            #expect(best?["match"] as? Int == 100)
            #expect(best?["document"] as? String == "aleppo-radio-2016")

            // Export: TMX with the confirmed pair, valid against the TMX 1.4b DTD.
            let tmx = try await client.request(.get, "/v1/documents/\(documentID)/export?format=tmx")
            #expect(tmx.status == .ok)
            #expect(tmx.text.contains("governor of Hama,"))
            #expect(tmx.headers[.contentDisposition]?.contains("aleppo-radio-2016.tmx") == true)
            if XMLLint.canValidate(with: "ref/specs/tmx/tmx14.dtd") {
                let file = harness.directory.appendingPathComponent("document.tmx")
                try Data(tmx.body.readableBytesView).write(to: file)
                let result = try XMLLint.validateTMX(file.path)
                #expect(result.status == 0, Comment(rawValue: result.messages))
            }
            let xliff = try await client.request(.get, "/v1/documents/\(documentID)/export?format=xliff")
            if XMLLint.canValidate(with: "ref/specs/xliff-2.1/xliff_core_2.0.xsd") {
                let file = harness.directory.appendingPathComponent("document.xlf")
                try Data(xliff.body.readableBytesView).write(to: file)
                let result = try XMLLint.validateXLIFF2(file.path)
                #expect(result.status == 0, Comment(rawValue: result.messages))
            }
            let jsonl = try await client.request(.get, "/v1/documents/\(documentID)/export?format=jsonl")
            let lines = jsonl.text.split(separator: "\n")
            #expect(lines.count == segments.count)
            #expect(lines.contains { $0.contains("\"status\":\"final\"") || $0.contains("\"status\":\"confirmed\"") })
            let noTimes = try await client.request(.get, "/v1/documents/\(documentID)/export?format=srt")
            #expect(noTimes.status == .badRequest)

            let document = try await client.request(.get, "/v1/documents/\(documentID)")
            #expect(document.object["confirmedCount"] as? Int == 1)
        }
    }

    @Test("a subtitle upload keeps cue times and exports as SRT and WebVTT")
    func subtitles() async throws {
        let srt = """
            1
            00:00:01,000 --> 00:00:03,500
            قصف على مدينة حلب

            2
            00:00:03,500 --> 00:00:06,000
            ووصلت قافلة إلى حماة.

            """
        try await ServerHarness().run { client in
            let upload = try await client.json(
                .post, "/v1/documents", token: ServerHarness.translatorToken,
                ["name": "clip", "format": "srt", "content": srt])
            #expect(upload.status == .created)
            let id = try #require(upload.object["id"] as? Int)
            let segments = try await client.request(.get, "/v1/documents/\(id)/segments")
            let first = (segments.object["segments"] as? [[String: Any]])?.first
            let time = first?["time"] as? [String: Any]
            #expect(time?["start"] as? Double == 1.0)
            let vtt = try await client.request(.get, "/v1/documents/\(id)/export?format=webvtt")
            #expect(vtt.status == .ok)
            #expect(vtt.text.hasPrefix("WEBVTT"))
            let again = try await client.request(.get, "/v1/documents/\(id)/export?format=srt")
            #expect(again.text.contains("00:00:01,000 --> "))
            let bad = try await client.json(
                .post, "/v1/documents", token: ServerHarness.translatorToken,
                ["name": "broken", "format": "srt", "content": "1\nnot a time\nحلب\n"])
            #expect(bad.status == .badRequest)
        }
    }
}
