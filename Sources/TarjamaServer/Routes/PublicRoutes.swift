import HTTPTypes
import Foundation
import Hummingbird
import Tarjama

/// `GET /v1/health` (no token: for monitors) and `GET /v1/openapi.json`.
struct PublicRoutes {
    let state: ServerState
    let openAPI: ByteBuffer
    let started = ContinuousClock.now

    struct Health: Codable, Sendable {
        var status: String
        var uptimeSeconds: Int
        var glossaryEntries: Int
    }

    func register(on group: RouterGroup<TarjamaRequestContext>) {
        group.get("health") { _, _ in
            let uptime = (ContinuousClock.now - started).components.seconds
            return try JSONBody.response(
                Health(
                    status: "ok", uptimeSeconds: Int(uptime),
                    glossaryEntries: state.glossary.snapshot.glossary.count))
        }
        group.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: JSONBody.mediaType], body: .init(byteBuffer: openAPI))
        }
    }

    /// The OpenAPI document shipped as a resource of this module.
    static func loadDocument() throws(ServerSetupError) -> ByteBuffer {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            throw .invalidOption(name: "openapi", reason: "the OpenAPI document is missing from the build")
        }
        return ByteBuffer(bytes: data)
    }
}
