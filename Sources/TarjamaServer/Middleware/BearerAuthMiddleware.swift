import HTTPTypes
import Hummingbird
import Logging

/// `Authorization: Bearer TOKEN` against the tokens file: no token or an unknown one is 401;
/// the routes then check the role (403).
struct BearerAuthMiddleware: RouterMiddleware {
    let tokens: TokenFile

    func handle(
        _ request: Request, context: TarjamaRequestContext,
        next: (Request, TarjamaRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("send the token as Authorization: Bearer TOKEN")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError.unauthorized("the Authorization header must be Bearer TOKEN")
        }
        guard let principal = tokens.principal(for: parts[1]) else {
            throw APIError.unauthorized("the token is not valid")
        }
        var context = context
        context.principal = principal
        context.logger[metadataKey: "user"] = .string(principal.user)
        return try await next(request, context)
    }
}
