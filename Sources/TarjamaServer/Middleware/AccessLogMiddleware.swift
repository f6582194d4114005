import Foundation
import Hummingbird
import Logging

/// One info line per request: method, route, status and time. The route is the matched pattern
/// (`/v1/glossary/entries/{source}`), never the path as sent, which can hold a glossary term or
/// any other text; the query (search text) is never logged.
struct AccessLogMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: TarjamaRequestContext,
        next: (Request, TarjamaRequestContext) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "path": .string(Self.loggedPath(request, context)),
            "status": .stringConvertible(response.status.code),
            "ms": .string(String(format: "%.1f", milliseconds)),
        ]
        if let user = context.principal?.user { metadata["user"] = .string(user) }
        context.logger.info("request", metadata: metadata)
        return response
    }

    /// The route the router matched, parameters as `{name}`; a path that matched no route is
    /// logged as `(no route)`, since whatever it holds came from the client.
    static func loggedPath(_ request: Request, _ context: TarjamaRequestContext) -> String {
        guard let route = context.endpointPath, route != "NotFound" else { return "(no route)" }
        return route
    }
}
