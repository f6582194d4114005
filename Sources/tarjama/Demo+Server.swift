import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Tarjama
import TarjamaServer

extension Demo {
    /// Starts the HTTP service on a free loopback port and walks one segment through the
    /// workstation's loop: upload, suggestions, a draft in a spelling the desk does not use,
    /// a confirmation QA stops, apply, confirm, and the memory answering for it. Then shuts the service down.
    static func serverStep(in directory: URL, glossary: String?, step: Int) async throws {
        let token = "demo-" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let tokens = directory.appendingPathComponent("tokens.txt")
        try "translator demo \(token)\n".write(to: tokens, atomically: true, encoding: .utf8)
        // Each run starts from an empty store: a document uploaded by an earlier run into the
        // same --output would take the name (409 name_taken).
        let database = directory.appendingPathComponent("server.sqlite").path
        try removeStore(at: database)
        let configuration = ServerConfiguration(
            databasePath: database, port: 0,
            tokensPath: tokens.path, glossaryPaths: glossary.map { [$0] } ?? [])
        var logger = Logger(label: "tarjama.demo")
        logger.logLevel = .warning
        let service = try TarjamaService(configuration: configuration, logger: logger)
        try await service.whileServing { port in
            try await DemoClient(port: port, token: token).walkThrough(step: step)
        }
    }
}

/// The few requests the demo makes, as a workstation would.
private struct DemoClient {
    let port: Int
    let token: String

    func walkThrough(step: Int) async throws {
        print("\(step). Served the HTTP API on 127.0.0.1:\(port) (`tarjama serve`; OpenAPI at /v1/openapi.json) and, as a workstation:")
        let upload = try await send(
            "POST", "/v1/documents?name=demo&format=text", body: Data(DemoSample.arabic.utf8), type: "text/plain; charset=utf-8")
        let documentID = upload["id"] as? Int ?? 0
        print("   POST /v1/documents → document \(documentID), \(upload["segmentCount"] as? Int ?? 0) segments")
        let listed = try await send("GET", "/v1/documents/\(documentID)/segments")
        let segments = listed["segments"] as? [[String: Any]] ?? []
        guard let segment = segments.first(where: { ($0["source"] as? String)?.contains("مدينة حماة") == true }),
            let id = segment["id"] as? Int, let etag = segment["etag"] as? String
        else {
            throw DemoServerError.unexpected("the Hama segment is missing from the upload")
        }
        let suggestions = try await send("GET", "/v1/segments/\(id)/suggestions")
        let terms = suggestions["terms"] as? [[String: Any]] ?? []
        print(
            "   GET /v1/segments/\(id)/suggestions → "
                + terms.prefix(4).map { "\($0["text"] as? String ?? "") → \($0["rendering"] as? String ?? "")" }.joined(separator: "; "))
        // Two slips to fix: a forbidden spelling and a doubled digit (the source says 20).
        let draft =
            "In the city of Hamah, the head of the city council, Dr. Samer al-Ali, said trade in the city's markets had risen by 200 percent since the morning."
        let patched = try await send("PATCH", "/v1/segments/\(id)", json: ["target": draft, "status": "translated"], ifMatch: etag)
        var corrected = patched
        // QA stops the confirmation while the draft has errors; the fixes below clear them.
        let (refusal, stopped) = try await exchange(
            "POST", "/v1/segments/\(id)/confirm?qa=block", json: [:], ifMatch: patched["etag"] as? String)
        let findings = (stopped["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
        print(
            "   POST …/confirm?qa=block → \(refusal) \((stopped["error"] as? [String: Any])?["code"] as? String ?? "confirmed"): "
                + findings.map { "\($0["code"] as? String ?? "") (\($0["message"] as? String ?? ""))" }.joined(separator: "; "))
        let fixes = [terms.first { $0["rendering"] as? String == "Hama" }, terms.first { $0["kind"] as? String == "number" }].compactMap {
            $0?["id"] as? String
        }
        for suggestion in fixes {
            let applied = try await send(
                "POST", "/v1/segments/\(id)/apply", json: ["suggestion": suggestion], ifMatch: corrected["etag"] as? String)
            let change = (applied["changes"] as? [[String: Any]])?.first ?? [:]
            print(
                "   POST …/apply \(suggestion) → \(change["kind"] as? String ?? "no change"): \"\(change["before"] as? String ?? "")\" at \(change["start"] as? Int ?? 0)–\(change["end"] as? Int ?? 0) of the draft → \"\(change["after"] as? String ?? "")\""
            )
            corrected = applied["segment"] as? [String: Any] ?? corrected
        }
        if fixes.isEmpty { print("   PATCH a draft (no glossary found, so no suggestion to apply)") }
        let confirmed = try await send("POST", "/v1/segments/\(id)/confirm?qa=block", json: [:], ifMatch: corrected["etag"] as? String)
        let errors = (confirmed["qa"] as? [String: Any])?["errors"] as? Int ?? 0
        print(
            "   POST …/confirm?qa=block → status \(confirmed["status"] as? String ?? "?"), version \(confirmed["version"] as? Int ?? 0), \(errors) QA error(s); the pair is now in the memory"
        )
        let source = segment["source"] as? String ?? ""
        var query = URLComponents()
        query.queryItems = [URLQueryItem(name: "q", value: source)]
        let lookup = try await send("GET", "/v1/memory/lookup?" + (query.percentEncodedQuery ?? ""))
        let best = (lookup["matches"] as? [[String: Any]])?.first
        print("   GET /v1/memory/lookup → \(best?["match"] as? Int ?? 0)%: \(best?["target"] as? String ?? "no match")")
    }

    private func send(
        _ method: String, _ path: String, json: [String: Any]? = nil, body: Data? = nil,
        type: String = "application/json", ifMatch: String? = nil
    ) async throws -> [String: Any] {
        let (status, object) = try await exchange(method, path, json: json, body: body, type: type, ifMatch: ifMatch)
        guard (200..<300).contains(status) else { throw DemoServerError.status(method, path.prefix { $0 != "?" }, status) }
        return object
    }

    /// One request: the HTTP status and the JSON body, whatever the status.
    private func exchange(
        _ method: String, _ path: String, json: [String: Any]? = nil, body: Data? = nil,
        type: String = "application/json", ifMatch: String? = nil
    ) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        if let ifMatch { request.setValue(ifMatch, forHTTPHeaderField: "If-Match") }
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        } else if let body {
            request.httpBody = body
            request.setValue(type, forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }
}

/// What can go wrong when the demo talks to its own service.
enum DemoServerError: Error, CustomStringConvertible {
    case status(String, Substring, Int)
    case unexpected(String)

    var description: String {
        switch self {
        case let .status(method, path, status): "the demo service answered \(method) \(path) with HTTP \(status)"
        case let .unexpected(what): "the demo service's answer was unexpected: \(what)"
        }
    }
}
