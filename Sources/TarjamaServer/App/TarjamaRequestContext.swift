import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// The per-request context: who is asking (set by ``BearerAuthMiddleware``) and how large a body
/// this service accepts (set by ``BodyLimitMiddleware`` from the configuration).
public struct TarjamaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The token holder, nil on the public routes (health, OpenAPI document).
    public var principal: Principal?
    /// The body limit in force.
    public var maxBodyBytes = 2 << 20

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { maxBodyBytes }

    /// The token holder, or 403 when their role is below `role`.
    @discardableResult
    func require(_ role: Role) throws -> Principal {
        guard let principal else { throw APIError.unauthorized("a bearer token is required") }
        guard principal.role >= role else {
            throw APIError(
                .forbidden, code: "forbidden",
                message: "this needs the \(role.rawValue) role; the token has \(principal.role.rawValue)")
        }
        return principal
    }
}
