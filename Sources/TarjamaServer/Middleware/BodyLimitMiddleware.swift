import HTTPTypes
import Hummingbird

/// Puts `--max-body` on the context and refuses a declared Content-Length above it before any
/// byte is read (413); bodies without a length are cut off at the limit when collected.
struct BodyLimitMiddleware: RouterMiddleware {
    let limit: Int

    func handle(
        _ request: Request, context: TarjamaRequestContext,
        next: (Request, TarjamaRequestContext) async throws -> Response
    ) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw APIError.payloadTooLarge(limit: limit)
        }
        var context = context
        context.maxBodyBytes = limit
        return try await next(request, context)
    }
}
