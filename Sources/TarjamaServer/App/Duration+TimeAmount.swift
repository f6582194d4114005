import NIOCore

extension Duration {
    /// This duration as NIO's `TimeAmount`, between zero and a year. `TimeAmount` counts `Int64`
    /// nanoseconds, which a configured duration of three centuries overflows, and NIO's own
    /// conversion traps on that: a `ServerConfiguration` built by hand must not stop the service.
    var boundedTimeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        guard seconds >= 0, attoseconds >= 0 else { return .zero }
        let year: Int64 = 365 * 86_400
        guard seconds < year else { return .seconds(year) }
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
