import Foundation
import Synchronization
import TarjamaText
import Testing

/// Parallel work gives the results one thread gives, in order, and stops cleanly on a failure.
@Suite("Parallel work")
struct ParallelWorkTests {
    enum Stop: Error, Equatable { case at(Int) }

    @Test("streamed results come back in index order however long each piece takes")
    func order() throws {
        var seen: [Int] = []
        try ParallelWork.run(count: 200, workers: 3) { (_: Int, index: Int) throws(Stop) -> Int in
            // Early pieces take longest, so they finish after later ones.
            if index % 10 == 0 { usleep(2_000) }
            return index * 2
        } consume: { (value: Int) throws(Stop) in
            seen.append(value)
        }
        #expect(seen == (0..<200).map { $0 * 2 })
    }

    @Test("a failing piece is thrown in its turn, after every earlier result")
    func failure() {
        var seen: [Int] = []
        #expect(throws: Stop.at(37)) {
            try ParallelWork.run(count: 100, workers: 2) { (_: Int, index: Int) throws(Stop) -> Int in
                if index == 37 || index == 60 { throw .at(index) }
                return index
            } consume: { (value: Int) throws(Stop) in
                seen.append(value)
            }
        }
        #expect(seen == Array(0..<37))
    }

    @Test("no piece runs after the call returns, even when the consumer fails early")
    func stopsBeforeReturning() {
        let running = Atomic<Int>(0)
        let started = Atomic<Int>(0)
        #expect(throws: Stop.at(3)) {
            try ParallelWork.run(count: 1_000, workers: 3) { (_: Int, index: Int) throws(Stop) -> Int in
                running.add(1, ordering: .relaxed)
                started.add(1, ordering: .relaxed)
                usleep(200)
                running.subtract(1, ordering: .relaxed)
                return index
            } consume: { (value: Int) throws(Stop) in
                if value == 3 { throw .at(3) }
            }
        }
        let startedAtReturn = started.load(ordering: .relaxed)
        #expect(running.load(ordering: .relaxed) == 0)
        // The window (four pieces per worker) bounds what starts before the consumer stops it.
        #expect(startedAtReturn < 100)
        usleep(20_000)
        #expect(started.load(ordering: .relaxed) == startedAtReturn)
    }

    @Test("map collects every result in order, each worker number used by one thread at a time")
    func mapWithWorkers() {
        let busy = (0..<4).map { _ in WorkerFlag() }
        let results = ParallelWork.map(500, workers: 4) { worker, index in
            // A worker number held by two threads at once would see the flag already set.
            let alone = busy[worker].enter()
            if index % 7 == 0 { usleep(100) }
            busy[worker].leave()
            return (index * index, alone, (0..<4).contains(worker))
        }
        #expect(results.map(\.0) == (0..<500).map { $0 * $0 })
        #expect(results.allSatisfy { $0.1 && $0.2 })
    }

    @Test("one worker, one piece or none run on the calling thread as worker 0")
    func serial() {
        #expect(ParallelWork.map(0, workers: 4) { _, index in index }.isEmpty)
        #expect(ParallelWork.map(1, workers: 4) { worker, index in worker * 10 + index } == [0])
        #expect(ParallelWork.map(5, workers: 1) { worker, index in worker * 10 + index } == [0, 1, 2, 3, 4])
    }

    /// Set while a worker number is in use.
    final class WorkerFlag: Sendable {
        private let inUse = Atomic<Bool>(false)

        /// Marks the number in use; false if it already was.
        func enter() -> Bool { inUse.exchange(true, ordering: .acquiring) == false }

        func leave() { inUse.store(false, ordering: .releasing) }
    }
}
