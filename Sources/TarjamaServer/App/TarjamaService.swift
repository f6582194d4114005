public import Hummingbird
public import Logging
import Foundation
import HummingbirdCore
import NIOCore
import ServiceLifecycle

/// The HTTP service of `tarjama serve`: the routes of `/v1` over one store, glossary and memory.
///
/// ```swift
/// let service = try TarjamaService(configuration: configuration, logger: logger)
/// try await service.run()   // until SIGTERM or SIGINT; in-flight requests finish first
/// ```
public final class TarjamaService: Sendable {
    let state: ServerState
    public let logger: Logger
    private let openAPI: ByteBuffer

    /// Opens the store, reads the tokens and the glossary; throws naming the file that is wrong.
    public init(configuration: ServerConfiguration, logger: Logger) throws(ServerSetupError) {
        guard configuration.maxBodyBytes > 0 else {
            throw .invalidOption(name: "max-body", reason: "must be a positive number of bytes")
        }
        guard (0...65535).contains(configuration.port) else { throw .invalidOption(name: "port", reason: "must be 0 to 65535") }
        guard configuration.maxConnections > 0 else {
            throw .invalidOption(name: "max-connections", reason: "must be a positive number of connections")
        }
        guard configuration.headerTimeout > .zero else {
            throw .invalidOption(name: "header-timeout", reason: "must be a positive number of seconds")
        }
        openAPI = try PublicRoutes.loadDocument()
        state = try ServerState(configuration: configuration)
        self.logger = logger
    }

    public var configuration: ServerConfiguration { state.configuration }

    /// The router: public routes, then everything else behind the bearer token.
    public func makeRouter() -> Router<TarjamaRequestContext> {
        let router = Router(context: TarjamaRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: ErrorMiddleware(routes: RouteTable(openAPI: Data(openAPI.readableBytesView))))
        router.add(middleware: BodyLimitMiddleware(limit: state.configuration.maxBodyBytes))
        let v1 = router.group("v1")
        PublicRoutes(state: state, openAPI: openAPI).register(on: v1)
        let secured = v1.group().add(middleware: BearerAuthMiddleware(tokens: state.tokens))
        GlossaryRoutes(state: state).register(on: secured)
        MemoryRoutes(state: state).register(on: secured)
        SuggestRoutes(state: state).register(on: secured)
        AlignmentRoutes(state: state).register(on: secured)
        DocumentRoutes(state: state).register(on: secured)
        SegmentRoutes(state: state).register(on: secured)
        return router
    }

    /// The application, ready to run or to test; `onRunning` gets the bound port.
    public func makeApplication(onRunning: (@Sendable (Int) async -> Void)? = nil) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            server: .guardedHTTP1(idleTimeout: state.configuration.idleTimeout, headerTimeout: state.configuration.headerTimeout),
            configuration: .init(
                address: .hostname(state.configuration.host, port: state.configuration.port),
                serverName: "tarjama",
                availableConnectionsDelegate: MaximumAvailableConnections(state.configuration.maxConnections, logger: logger)),
            services: [ShutdownService(state: state, logger: logger)],
            onServerRunning: { channel in await onRunning?(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, lets in-flight requests
    /// finish, waits for queued store work, and closes the store.
    public func run(onRunning: (@Sendable (Int) async -> Void)? = nil) async throws {
        try await makeApplication(onRunning: onRunning).runService()
    }
}

/// Shut down after the HTTP server (services stop in reverse order): drains the worker threads so
/// every acknowledged write is in the store before the process exits.
struct ShutdownService: Service {
    let state: ServerState
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        try await state.worker.shutdown()
        state.close()
        logger.info("store closed")
    }
}
