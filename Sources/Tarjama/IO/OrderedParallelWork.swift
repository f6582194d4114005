import Dispatch
import Foundation
import Synchronization

/// Runs independent pieces of work (the chunks of a document) on several threads and hands
/// their results back in order, on the calling thread, while later pieces are still being
/// worked on: a writer streams output in document order, and no more than `window` results
/// are held at once, so memory stays bounded however long the input.
///
/// Used by the jobs behind `tarjama suggest` and `tarjama segment`, whose per-segment work is
/// independent and whose output must be byte-identical to a single-threaded run.
enum OrderedParallelWork {
    /// The worker count: the processors the process may use.
    static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `work` for every index in `0..<count`, up to `workers` at a time on other threads,
    /// and `consume` with each result in index order on this thread. A failure of `work` is
    /// thrown when its turn comes (earlier results are consumed first, later ones dropped);
    /// a failure of `consume` stops the run.
    ///
    /// With one worker or one piece, everything runs on this thread.
    static func run<Output: Sendable, Failure: Error>(
        count: Int, workers: Int = defaultWorkers,
        work: @escaping @Sendable (Int) throws(Failure) -> Output,
        consume: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        guard workers > 1, count > 1 else {
            for index in 0..<count { try consume(try work(index)) }
            return
        }
        // Enough pieces in flight that a worker never waits for the writer, few enough that
        // memory stays a handful of chunks.
        let window = workers * 4
        let slots = (0..<count).map { _ in Slot<Output, Failure>() }
        let queue = DispatchQueue(label: "tarjama.ordered-parallel-work", attributes: .concurrent)
        let running = DispatchSemaphore(value: workers)
        func submit(_ index: Int) {
            let slot = slots[index]
            queue.async {
                running.wait()
                defer { running.signal() }
                let result: Result<Output, Failure>
                do throws(Failure) { result = .success(try work(index)) } catch { result = .failure(error) }
                slot.fill(result)
            }
        }
        for index in 0..<min(window, count) { submit(index) }
        for index in 0..<count {
            let result = slots[index].take()
            if index + window < count { submit(index + window) }
            try consume(try result.get())
        }
    }

    /// One piece's result, handed from a worker to the consuming thread.
    private final class Slot<Output: Sendable, Failure: Error>: Sendable {
        private let result = Mutex<Result<Output, Failure>?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        func fill(_ value: Result<Output, Failure>) {
            result.withLock { $0 = value }
            ready.signal()
        }

        /// Waits for the result and takes it, leaving the slot empty (its memory freed).
        func take() -> Result<Output, Failure> {
            while true {
                ready.wait()
                // `fill` stores before it signals, so the first wait finds the result.
                if let value = result.withLock({ stored in
                    defer { stored = nil }
                    return stored
                }) {
                    return value
                }
            }
        }
    }
}
