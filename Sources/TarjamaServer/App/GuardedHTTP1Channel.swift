import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 child channel with a ``HeaderTimeout`` in its pipeline.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let headerTimeout: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let headerTimeout = headerTimeout
        return inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            try HeaderTimeout.install(in: channel.pipeline.syncOperations, timeout: headerTimeout)
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with the idle timeout and a header timeout.
    static func guardedHTTP1(idleTimeout: Duration, headerTimeout: Duration) -> HTTPServerBuilder {
        .init { responder in
            GuardedHTTP1Channel(
                inner: HTTP1Channel(responder: responder, configuration: .init(idleTimeout: idleTimeout.boundedTimeAmount)),
                headerTimeout: headerTimeout.boundedTimeAmount)
        }
    }
}
