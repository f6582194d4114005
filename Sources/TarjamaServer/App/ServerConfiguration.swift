/// Everything `tarjama serve` is told on its command line.
public struct ServerConfiguration: Sendable {
    /// The SQLite file holding the translation memory and the project (documents, segments).
    public var databasePath: String
    /// The address to listen on; loopback unless the desk puts a proxy in front.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The bearer tokens file.
    public var tokensPath: String
    /// Glossary TSV files or directories, the first taking precedence; edits go to the first.
    public var glossaryPaths: [String]
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var maxBodyBytes: Int
    /// How long a request may take before the client gets 503.
    public var requestTimeout: Duration
    /// How long a connection may stay idle (or a client dawdle sending a request) before it is closed.
    public var idleTimeout: Duration
    /// How long a client may take to send a request head once it has connected or started one;
    /// shorter than the idle timeout, so half-sent heads cannot pin connections.
    public var headerTimeout: Duration
    /// The most connections served at once; further ones wait in the listen backlog until one closes.
    public var maxConnections: Int
    /// Threads that run store and text work off the network threads.
    public var workerThreads: Int
    /// Whether a confirmation with error-severity QA findings is refused (422) unless the
    /// translator overrides it with a reason; a request may ask for either with `?qa=block|report`.
    public var qaBlocksConfirm: Bool

    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, tokensPath: String,
        glossaryPaths: [String] = ["Glossaries/"], maxBodyBytes: Int = 8 << 20,
        requestTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(60),
        headerTimeout: Duration = .seconds(10), maxConnections: Int = 512, workerThreads: Int = 8,
        qaBlocksConfirm: Bool = false
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.tokensPath = tokensPath
        self.glossaryPaths = glossaryPaths
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.headerTimeout = headerTimeout
        self.maxConnections = maxConnections
        self.workerThreads = workerThreads
        self.qaBlocksConfirm = qaBlocksConfirm
    }
}
