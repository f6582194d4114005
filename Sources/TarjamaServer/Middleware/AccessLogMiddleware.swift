import Foundation
import Hummingbird
import Logging

/// One info line per request: method, path (never the query, which may hold Arabic search text,
/// and for glossary entries the route, not the term), status and time. The query is logged at
/// debug level only.
struct AccessLogMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: TarjamaRequestContext,
                next: (Request, TarjamaRequestContext) async throws -> Response) async throws -> Response {
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
        if let query = request.uri.query, !query.isEmpty {
            context.logger.debug("request query", metadata: ["query": .string(query)])
        }
        return response
    }

    /// The path, with a glossary term replaced by its route parameter.
    static func loggedPath(_ request: Request, _ context: TarjamaRequestContext) -> String {
        if let route = context.endpointPath, route.contains(":source") { return route }
        return request.uri.path
    }
}
