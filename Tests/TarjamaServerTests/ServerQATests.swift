import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// QA in the service: a segment's draft is checked on request and when it is confirmed; where QA
/// blocks, a wrong number stops the confirmation until it is fixed or overridden with a reason.
@Suite("Server QA: check, confirm with findings, 422 and override")
struct ServerQATests {
    static let source = "وصلت تسع وعشرين حافلة إلى مدينة حماة صباح اليوم."
    static let wrong = "92 buses arrived in Hama this morning."
    static let right = "29 buses arrived in Hama this morning."

    static func upload(_ client: ServerHarness.Client, name: String = "buses") async throws -> Int {
        let upload = try await client.json(
            .post, "/v1/documents", token: ServerHarness.translatorToken,
            ["name": name, "content": source + "\n"])
        let document = try #require(upload.object["id"] as? Int)
        let segments = try await client.request(.get, "/v1/documents/\(document)/segments")
        return try #require((segments.object["segments"] as? [[String: Any]])?.first?["id"] as? Int)
    }

    static func codes(_ findings: Any?) -> [String] {
        ((findings as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
    }

    @Test("check reports a wrong number as an error without changing the segment, and a right draft as clean")
    func check() async throws {
        try await ServerHarness().run { client in
            let id = try await Self.upload(client)
            let wrong = try await client.json(.post, "/v1/segments/\(id)/check", ["target": Self.wrong])
            #expect(wrong.status == .ok)
            #expect(Self.codes(wrong.object["findings"]).contains("number-mismatch"))
            #expect((wrong.object["errors"] as? Int ?? 0) >= 1)
            let finding = try #require((wrong.object["findings"] as? [[String: Any]])?.first)
            #expect(finding["severity"] as? String == "error")
            let right = try await client.json(.post, "/v1/segments/\(id)/check", ["target": Self.right])
            #expect(right.object["errors"] as? Int == 0)
            let segment = try await client.request(.get, "/v1/segments/\(id)")
            #expect(segment.object["version"] as? Int == 1 && segment.object["target"] as? String == "")
        }
    }

    @Test("a draft whose source the memory already holds, translated another way, is a warning; the memory's own translation is not")
    func checkAgainstMemory() async throws {
        try await ServerHarness().run { client in
            let first = try await Self.upload(client)
            let confirmed = try await client.json(
                .post, "/v1/segments/\(first)/confirm", token: ServerHarness.translatorToken, ["target": Self.right, "version": 1])
            #expect(confirmed.status == .ok)
            let second = try await Self.upload(client, name: "buses-again")
            let other = try await client.json(
                .post, "/v1/segments/\(second)/check", ["target": "Twenty-nine buses reached Hama this morning."])
            #expect(Self.codes(other.object["findings"]).contains("inconsistent-with-memory"))
            let same = try await client.json(.post, "/v1/segments/\(second)/check", ["target": Self.right])
            #expect(!Self.codes(same.object["findings"]).contains("inconsistent-with-memory"))
        }
    }

    @Test("by default a confirmation goes through and carries its findings")
    func confirmReports() async throws {
        try await ServerHarness().run { client in
            let id = try await Self.upload(client)
            let confirmed = try await client.json(
                .post, "/v1/segments/\(id)/confirm", token: ServerHarness.translatorToken,
                ["target": Self.wrong, "version": 1])
            #expect(confirmed.status == .ok)
            #expect(confirmed.object["status"] as? String == "confirmed")
            let qa = try #require(confirmed.object["qa"] as? [String: Any])
            #expect(Self.codes(qa["findings"]).contains("number-mismatch"))
        }
    }

    @Test("where QA blocks, errors refuse the confirmation with 422; an override with a reason confirms and is recorded in the memory")
    func blockAndOverride() async throws {
        try await ServerHarness().run { client in
            let id = try await Self.upload(client)
            let refused = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=block", token: ServerHarness.translatorToken,
                ["target": Self.wrong, "version": 1])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorCode == "qa_errors")
            #expect(Self.codes(refused.object["findings"]).contains("number-mismatch"))
            #expect(!refused.errorMessage.contains("92"), "the message never quotes segment text")
            let unchanged = try await client.request(.get, "/v1/segments/\(id)")
            #expect(unchanged.object["version"] as? Int == 1 && unchanged.object["status"] as? String == "initial")

            let blank = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=block", token: ServerHarness.translatorToken,
                ["target": Self.wrong, "version": 1, "override": "  "])
            #expect(blank.status == .badRequest)

            let reason = "the source misprints the figure; checked with the desk"
            let overridden = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=block", token: ServerHarness.translatorToken,
                ["target": Self.wrong, "version": 1, "override": reason])
            #expect(overridden.status == .ok)
            #expect(overridden.object["qaOverride"] as? String == reason)
            let lookup = try await client.request(.get, "/v1/memory/lookup?q=\(query(Self.source))")
            let match = try #require((lookup.object["matches"] as? [[String: Any]])?.first)
            #expect(match["target"] as? String == Self.wrong)
            #expect(match["qaOverride"] as? String == reason)

            // Fixed and confirmed again cleanly: the mark goes from the segment and the new unit.
            let current = try #require(overridden.object["version"] as? Int)
            let fixed = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=block", token: ServerHarness.translatorToken,
                ["target": Self.right, "version": current])
            #expect(fixed.status == .ok)
            #expect(fixed.object["qaOverride"] == nil)
            let again = try await client.request(.get, "/v1/memory/lookup?q=\(query(Self.source))")
            let best = try #require((again.object["matches"] as? [[String: Any]])?.first)
            #expect(best["target"] as? String == Self.right && best["qaOverride"] == nil)
        }
    }

    @Test("a confirmation with a clean draft is never blocked, and ?qa= accepts only block or report")
    func cleanAndBadFlag() async throws {
        try await ServerHarness().run { client in
            let id = try await Self.upload(client)
            let bad = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=strict", token: ServerHarness.translatorToken,
                ["target": Self.right, "version": 1])
            #expect(bad.status == .badRequest)
            let clean = try await client.json(
                .post, "/v1/segments/\(id)/confirm?qa=block", token: ServerHarness.translatorToken,
                ["target": Self.right, "version": 1])
            #expect(clean.status == .ok)
            #expect((clean.object["qa"] as? [String: Any])?["errors"] as? Int == 0)
        }
    }
}

/// The upload's layout choice, as `tarjama segment --lines` / `--reflow` make it.
@Suite("Server upload: reflow auto, on and off")
struct ServerUploadLayoutTests {
    /// Five paragraphs written one per line, as a UN resolution comes (the first without its full stop).
    static let oneParagraphPerLine = """
        ١ - تؤكد اللجنة أهمية التعاون الدولي في هذا المجال
        ٢ - تطلب إلى الأمين العام تقديم تقرير عن ذلك.
        ٣ - تقرر أن تبقي المسألة قيد نظرها.
        ٤ - ترحب بالجهود التي تبذلها الدول الأعضاء.
        ٥ - تدعو جميع الأطراف إلى التعاون الكامل.

        """
    /// One sentence hard-wrapped over five lines, as a radio transcript is typed.
    static let hardWrapped = """
        قال مصدر في مجلس مدينة حلب إن قافلة
        من المساعدات الإنسانية وصلت صباح اليوم
        إلى الأحياء الشرقية من المدينة بعد
        أسابيع من الانتظار على الطريق الذي
        يربطها بالريف الغربي.

        """

    static func upload(_ client: ServerHarness.Client, _ name: String, _ content: String, reflow: String? = nil) async throws
        -> TestResponse
    {
        var body: [String: Any] = ["name": name, "content": content]
        if let reflow { body["reflow"] = reflow }
        return try await client.json(.post, "/v1/documents", token: ServerHarness.translatorToken, body)
    }

    @Test("auto keeps lines that end their sentences and re-flows a hard-wrapped one; on and off force the choice; anything else is 400")
    func layouts() async throws {
        try await ServerHarness().run { client in
            let lines = try await Self.upload(client, "resolution", Self.oneParagraphPerLine)
            #expect(lines.status == .created)
            #expect(lines.object["layout"] as? String == "lines" && lines.object["segmentCount"] as? Int == 5)
            let wrapped = try await Self.upload(client, "transcript", Self.hardWrapped)
            #expect(wrapped.object["layout"] as? String == "reflow" && wrapped.object["segmentCount"] as? Int == 1)
            let forcedOff = try await Self.upload(client, "transcript-lines", Self.hardWrapped, reflow: "off")
            #expect(forcedOff.object["layout"] as? String == "lines" && forcedOff.object["segmentCount"] as? Int == 5)
            let forcedOn = try await Self.upload(client, "resolution-flowed", Self.oneParagraphPerLine, reflow: "on")
            #expect(
                forcedOn.object["layout"] as? String == "reflow" && forcedOn.object["segmentCount"] as? Int == 4,
                "re-flowed, the first paragraph runs into the second")
            let bad = try await Self.upload(client, "bad", Self.hardWrapped, reflow: "sometimes")
            #expect(bad.status == .badRequest)
            let listed = try await client.request(.get, "/v1/documents")
            #expect(
                ((listed.object["documents"] as? [[String: Any]])?.first?["layout"]) as? String == "lines",
                "the layout is kept with the document")
        }
    }
}
