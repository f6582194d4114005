import Tarjama

/// What every route shares: the store, the glossary, the tokens and the worker threads.
final class ServerState: Sendable {
    let configuration: ServerConfiguration
    let tokens: TokenFile
    let glossary: GlossaryService
    let store: ProjectStore
    var memory: TranslationMemory { store.memory }
    let worker: Worker

    init(configuration: ServerConfiguration) throws(ServerSetupError) {
        self.configuration = configuration
        tokens = try TokenFile(path: configuration.tokensPath)
        glossary = try GlossaryService(paths: configuration.glossaryPaths)
        do {
            store = try ProjectStore(path: configuration.databasePath)
        } catch {
            throw .store(file: configuration.databasePath, reason: error.description)
        }
        worker = Worker(threads: configuration.workerThreads, timeout: configuration.requestTimeout)
    }

    /// Runs `body` on a worker thread with the request timeout.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await worker.run(.general, body)
    }

    /// Runs a short edit on the edit threads, so it never waits behind suggestion lookups.
    func edit<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await worker.run(.edits, body)
    }
}

extension ServerState {
    /// Closes the store once the worker threads are drained (graceful shutdown).
    func close() {
        do {
            try store.close()
        } catch {
            // The WAL stays beside the file and SQLite replays it on the next open.
        }
    }
}
