import Synchronization

/// How far one alignment has got: `done` of `total` units of work (source segments searched,
/// counted once for the first path and once for the final search).
public struct AlignmentProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// The share done, 0...1.
    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 1 }
}

/// Counts work from any thread and passes each new total to the caller's closure.
final class AlignmentProgressReporter: Sendable {
    let total: Int
    private let done = Atomic<Int>(0)
    private let handler: @Sendable (AlignmentProgress) -> Void

    init(total: Int, handler: @escaping @Sendable (AlignmentProgress) -> Void) {
        self.total = total
        self.handler = handler
    }

    func advance(by units: Int) {
        let now = done.add(units, ordering: .relaxed).newValue
        handler(AlignmentProgress(done: min(now, total), total: total))
    }
}
