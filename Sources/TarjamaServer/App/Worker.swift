import HTTPTypes
import NIOCore
import NIOPosix
import Synchronization

/// Runs the blocking work of a request (SQLite, glossary files, segmentation) on its own threads,
/// so the network threads keep serving, and bounds how long a request waits for it.
///
/// Edits get threads of their own: a short segment write never queues behind CPU-heavy
/// suggestion lookups, whatever the read load.
///
/// When the time is up the request is answered 503 at once; the work itself cannot be
/// interrupted mid-statement and finishes in the background (a write may still land, which the
/// 503's message says).
final class Worker: Sendable {
    /// Which threads run a piece of work.
    enum Lane: Sendable {
        /// Reads and CPU-heavy work (suggestions, lookups, uploads, alignment).
        case general
        /// Short edits that hold the write lock briefly.
        case edits
    }

    private let general: NIOThreadPool
    private let edits: NIOThreadPool
    private let timer: any EventLoop
    let timeout: Duration

    init(threads: Int, editThreads: Int = 2, timeout: Duration) {
        general = NIOThreadPool(numberOfThreads: threads)
        general.start()
        edits = NIOThreadPool(numberOfThreads: editThreads)
        edits.start()
        timer = MultiThreadedEventLoopGroup.singleton.next()
        self.timeout = timeout
    }

    /// The result of `body`, run on a worker thread of `lane`; 503 after the timeout.
    func run<T: Sendable>(_ lane: Lane = .general, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        let timeout = timeout
        let timer = timer
        let pool = lane == .edits ? edits : general
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            let deadline = timer.scheduleTask(in: timeout.boundedTimeAmount) {
                once.resume(with: .failure(APIError.timedOut(after: timeout)))
            }
            pool.submit { state in
                guard case .active = state else {
                    deadline.cancel()
                    once.resume(with: .failure(APIError.shuttingDown()))
                    return
                }
                let result = Result { try body() }
                deadline.cancel()
                once.resume(with: result)
            }
        }
    }

    /// Waits for queued work to finish, then stops the threads.
    func shutdown() async throws {
        try await general.shutdownGracefully()
        try await edits.shutdownGracefully()
    }
}

/// A continuation resumed by whichever comes first, the work or its deadline.
private final class ResumeOnce<T: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<T, any Error>?>

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = Mutex(continuation)
    }

    func resume(with result: Result<T, any Error>) {
        let pending = continuation.withLock { value in
            defer { value = nil }
            return value
        }
        pending?.resume(with: result)
    }
}

extension APIError {
    static func timedOut(after timeout: Duration) -> APIError {
        var error = APIError(
            .serviceUnavailable, code: "timeout",
            message:
                "the request took longer than \(timeout.components.seconds) s; an edit may still have been saved, so reload before retrying"
        )
        error.headers[.retryAfter] = "5"
        return error
    }

    static func shuttingDown() -> APIError {
        APIError(.serviceUnavailable, code: "shutting_down", message: "the service is shutting down; retry shortly")
    }
}
