import Foundation
import HTTPTypes
import HummingbirdTesting
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// The service's own file writes (the glossary): the file's mode, and SIGTERM still the graceful
/// shutdown once a write has installed the temporary-file cleanup.
@Suite("Server output files", .serialized)
struct ServerOutputFileTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mode & 0o7777
    }

    @Test("a glossary edit over the API keeps the glossary file's mode and leaves no temporary file")
    func glossaryEditKeepsMode() async throws {
        let harness = try ServerHarness()
        #expect(chmod(harness.glossaryPath, 0o600) == 0)
        try await harness.run { client in
            let added = try await client.json(
                .post, "/v1/glossary/entries", token: ServerHarness.adminToken,
                ["source": "معرشورين", "target": "Maarshourin", "type": "place"])
            #expect(added.status == .created)
        }
        #expect(Self.mode(harness.glossaryPath) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: harness.directory.path)
        #expect(!names.contains { $0.contains(".tmp-") })
    }

    @Test("tarjama serve: after a glossary write, SIGTERM is still the graceful shutdown (exit 0, store closed)")
    func sigtermAfterGlossaryWrite() async throws {
        let harness = try ServerHarness()
        #expect(chmod(harness.glossaryPath, 0o640) == 0)
        let server = try ServeProcess(harness: harness)
        let added = try await server.send(
            .post, "/v1/glossary/entries", token: ServerHarness.adminToken,
            json: ["source": "معرشورين", "target": "Maarshourin", "type": "place"])
        #expect(added.status == .created)
        #expect(await server.stop(SIGTERM) == 0)
        #expect(server.process.terminationReason == .exit)
        #expect(server.logText.contains("store closed"))
        #expect(Self.mode(harness.glossaryPath) == 0o640)
        #expect(try String(contentsOfFile: harness.glossaryPath, encoding: .utf8).contains("Maarshourin"))
    }
}
