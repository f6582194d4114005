import ArgumentParser
import Logging
import Tarjama
import TarjamaServer

/// `tarjama serve`: the workstation's HTTP service.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the HTTP service (JSON under /v1) over the project store, glossary and memory.",
        discussion: """
            Listens on 127.0.0.1 unless --host says otherwise. Every route but /v1/health and \
            /v1/openapi.json (the OpenAPI 3 document of the API) needs Authorization: Bearer TOKEN.

            Tokens file (--tokens): one token per line, ROLE USER TOKEN separated by spaces or tabs; \
            ROLE is reader (read everything), translator (also upload and align documents, edit, split, \
            merge and confirm segments) or admin (also edit and import the glossary and the memory, \
            delete documents); USER is recorded as the editor of segments; TOKEN is at least 16 \
            visible ASCII characters. Lines starting with # are comments. Example:
              translator  samira  3f9c0a61d2b84e7f9a1c
            No token or an unknown one is answered 401, a role that may not do it 403.

            Bodies over --max-body are refused with 413; malformed JSON or invalid UTF-8 with 400; a \
            request whose work takes longer than --timeout with 503. SIGTERM or SIGINT stops accepting \
            connections, lets in-flight requests finish and closes the store. Logs go to standard error; \
            segment text is never logged at info level.
            """
    )

    @Option(help: "The SQLite store (translation memory and project); created when absent.")
    var db: String

    @Option(help: "The TCP port; 0 picks a free one.")
    var port = 8080

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The bearer tokens file (see above).")
    var tokens: String

    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary TSV file or directory; repeat for several, the first taking precedence and receiving edits. Default: Glossaries/.",
            valueName: "path"))
    var glossaryPaths: [String] = []

    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody = 8 << 20

    @Option(help: "Seconds a request may take before the client gets 503.")
    var timeout = 30

    @Option(help: "Seconds a kept-alive connection may stay silent before the service closes it.")
    var idleTimeout = 60

    @Option(
        help:
            "Seconds a client may take to send a request head (from connecting, or from its first byte on a kept-alive connection); then 408 and close."
    )
    var headerTimeout = 10

    @Option(help: "The most connections served at once; more wait in the listen backlog until one closes.")
    var maxConnections = 512

    @Option(help: "trace, debug, info (default), notice, warning or error.")
    var logLevel = "info"

    @Flag(
        help:
            "Refuse to confirm a segment whose draft has QA errors (422 with the findings) unless the translator gives an override reason, which is recorded. Without it, findings come back with the confirmation. A request may choose with ?qa=block or ?qa=report."
    )
    var qaBlocksConfirm = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be a positive number of bytes") }
        // Bounded above too: NIO and the worker count time in Int64 nanoseconds, which a huge
        // number of seconds overflows (a trap at the first request, not at start).
        for (name, seconds) in [("timeout", timeout), ("idle-timeout", idleTimeout), ("header-timeout", headerTimeout)] {
            guard (1...86_400).contains(seconds) else { throw ValidationError("--\(name) must be 1 to 86400 seconds") }
        }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be a positive number") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning or error")
        }
    }

    func run() async throws {
        // SIGTERM and SIGINT are the service's graceful shutdown (ServiceLifecycle): requests in
        // flight, and the glossary writes among them, finish before the process ends.
        TemporaryFiles.leaveSignalsToCaller()
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let configuration = ServerConfiguration(
            databasePath: db, host: host, port: port, tokensPath: tokens,
            glossaryPaths: glossaryPaths.isEmpty ? [ShippedGlossary.defaultPath()] : glossaryPaths,
            maxBodyBytes: maxBody, requestTimeout: .seconds(timeout), idleTimeout: .seconds(idleTimeout),
            headerTimeout: .seconds(headerTimeout), maxConnections: maxConnections, qaBlocksConfirm: qaBlocksConfirm)
        let service = try TarjamaService(configuration: configuration, logger: Logger(label: "tarjama.serve"))
        try await service.run { port in
            service.logger.info("listening", metadata: ["host": .string(configuration.host), "port": .stringConvertible(port)])
        }
    }
}
