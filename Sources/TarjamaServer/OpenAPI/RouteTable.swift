import Foundation

/// The operations the OpenAPI document declares, by path template, so a request for a known path
/// with a method it does not have gets 405 and `Allow` instead of 404.
struct RouteTable: Sendable {
    private struct Route: Sendable {
        /// Literal segments, nil for a `{parameter}`.
        var segments: [String?]
        var methods: [String]
    }

    private let routes: [Route]

    /// Reads the `paths` of the OpenAPI document.
    init(openAPI data: Data) {
        let document = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let paths = document?["paths"] as? [String: Any] ?? [:]
        let verbs = ["get", "put", "post", "delete", "patch", "head", "options"]
        routes = paths.map { path, item in
            let methods = ((item as? [String: Any]) ?? [:]).keys.filter(verbs.contains).map { $0.uppercased() }.sorted()
            let segments = path.split(separator: "/").map { $0.hasPrefix("{") ? nil : String($0) }
            return Route(segments: segments, methods: methods)
        }
    }

    /// The methods declared for `path`, nil when no template matches it.
    func methods(for path: String) -> [String]? {
        let parts = path.split(separator: "/").map(String.init)
        for route in routes where route.segments.count == parts.count {
            if zip(route.segments, parts).allSatisfy({ $0 == nil || $0 == $1 }) { return route.methods }
        }
        return nil
    }
}
