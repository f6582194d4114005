import Hummingbird
import ServiceLifecycle

extension TarjamaService {
    /// Serves on the configured address while `body` runs with the bound port, then shuts down
    /// exactly as on SIGTERM (in-flight requests finish, the store is closed) and returns
    /// `body`'s result. For embedding the service in a process that is not `tarjama serve`.
    public func whileServing<Result: Sendable>(_ body: @escaping @Sendable (Int) async throws -> Result) async throws -> Result {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let group = ServiceGroup(
            configuration: .init(
                services: [makeApplication { port in portContinuation.yield(port) }],
                gracefulShutdownSignals: [], logger: logger))
        return try await withThrowingTaskGroup(of: Result?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let result: Result
            do {
                result = try await body(port)
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        }
    }
}
