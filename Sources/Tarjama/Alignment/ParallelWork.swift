#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Independent pieces of alignment work spread over every core.
enum ParallelWork {
    /// The cores online (at least one).
    static let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// `body(index)` for every index of `0..<count`, in index order, computed on every core;
    /// each worker takes the next index as it finishes one, so uneven pieces balance.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count <= 1 || cores == 1 { return (0..<count).map { body($0) } }
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(cores, count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= count { return }
                let value = body(index)
                results.withLock { $0[index] = value }
            }
        }
        // Every index was taken exactly once, so nothing is nil here.
        return results.withLock { $0.compactMap { $0 } }
    }
}
