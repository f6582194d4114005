import Dispatch
import Foundation
import Synchronization

/// Independent pieces of work (the chunks of a document, the blocks of an alignment band) run
/// on several threads, their results taken in index order.
///
/// Two entry points over one scheduler: ``run(count:workers:window:work:consume:)`` hands each
/// result to the calling thread as soon as its turn comes, while later pieces are still being
/// worked on, holding at most `window` results (a writer streams a long output with bounded
/// memory); ``map(_:workers:_:)`` collects every result. Both give the output a single thread
/// gives, whatever the timing.
///
/// Each worker thread has a number from `0..<workers`, passed to `work` with the piece's index,
/// so a caller can give every worker its own non-thread-safe state (an ICU iterator) without
/// contention. Every piece has finished, or will never start, when either call returns.
package enum ParallelWork {
    /// The worker count: the processors the process may use.
    package static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `work(worker, index)` for every index of `0..<count`, in index order, computed by up to
    /// `workers` threads; each takes the next index as it finishes one, so uneven pieces balance.
    /// The first failure in index order is thrown (pieces after it may not run).
    package static func map<Output: Sendable, Failure: Error>(
        _ count: Int, workers: Int = defaultWorkers,
        _ work: @Sendable (_ worker: Int, _ index: Int) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        var results: [Output] = []
        results.reserveCapacity(max(0, count))
        try run(count: count, workers: workers, window: count, work: work) { (output: Output) throws(Failure) in
            results.append(output)
        }
        return results
    }

    /// Calls `work(worker, index)` for every index in `0..<count`, up to `workers` at a time on
    /// other threads, and `consume` with each result in index order on this thread. A failure of
    /// `work` is thrown when its turn comes (earlier results are consumed first, later ones
    /// dropped); a failure of `consume` stops the run. No more than `window` pieces (default four
    /// per worker) are taken and not yet consumed, so memory stays bounded however many there are.
    ///
    /// With one worker or one piece, everything runs on this thread as worker 0.
    package static func run<Output: Sendable, Failure: Error>(
        count: Int, workers: Int = defaultWorkers, window: Int? = nil,
        work: @Sendable (_ worker: Int, _ index: Int) throws(Failure) -> Output,
        consume: (Output) throws(Failure) -> Void
    ) throws(Failure) {
        let threads = min(max(1, workers), max(1, count))
        guard threads > 1 else {
            for index in 0..<max(0, count) { try consume(try work(0, index)) }
            return
        }
        // Enough pieces in flight that a worker never waits for the consumer, few enough that
        // memory stays a handful of results.
        let limit = max(threads, window ?? threads * 4)
        // The workers are done with `work` before this returns (`finish` waits for them).
        try withoutActuallyEscaping(work) { (work) throws(Failure) in
            let schedule = Schedule<Output, Failure>(count: count, window: limit)
            for worker in 0..<threads {
                DispatchQueue.global().async(group: schedule.group) { schedule.runWorker(worker, work) }
            }
            defer { schedule.finish(threads: threads) }
            for index in 0..<count {
                let result = schedule.take(index)
                try consume(try result.get())
            }
        }
    }

    /// The state the workers and the consuming thread share: the next index to take, the
    /// permits that bound the window, and one slot per piece.
    private final class Schedule<Output: Sendable, Failure: Error>: Sendable {
        let group = DispatchGroup()
        private let count: Int
        private let next = Atomic<Int>(0)
        private let stopped = Atomic<Bool>(false)
        /// One permit per piece that may be taken and not yet consumed.
        private let permits: DispatchSemaphore
        private let slots: [Slot<Output, Failure>]

        init(count: Int, window: Int) {
            self.count = count
            // Made empty and filled by signals: libdispatch traps when a semaphore is freed with
            // a value below the one it was made with, as this one is after a failure stops the run.
            permits = DispatchSemaphore(value: 0)
            for _ in 0..<window { permits.signal() }
            slots = (0..<count).map { _ in Slot() }
        }

        /// A worker's loop: take the next index while the window allows, work, fill its slot.
        func runWorker(_ worker: Int, _ work: @Sendable (Int, Int) throws(Failure) -> Output) {
            while true {
                permits.wait()
                if stopped.load(ordering: .acquiring) { return }
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else {
                    permits.signal()
                    return
                }
                let result: Result<Output, Failure>
                do throws(Failure) { result = .success(try work(worker, index)) } catch { result = .failure(error) }
                slots[index].fill(result)
            }
        }

        /// Waits for piece `index`'s result and frees its place in the window.
        func take(_ index: Int) -> Result<Output, Failure> {
            let result = slots[index].take()
            permits.signal()
            return result
        }

        /// Stops the workers that have not finished (after a failure) and waits for all of them.
        func finish(threads: Int) {
            stopped.store(true, ordering: .releasing)
            // Each worker waits for at most one more permit before it sees `stopped`.
            for _ in 0..<threads { permits.signal() }
            group.wait()
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
