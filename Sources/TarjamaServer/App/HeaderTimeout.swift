import NIOCore
import NIOHTTP1

/// Closes a connection whose request head is not complete within the header timeout, so clients
/// that open connections and dribble (or never send) a request head cannot hold file descriptors
/// for the whole idle timeout.
///
/// The clock starts when the connection opens and, on a kept-alive connection, when the first
/// byte of the next request arrives (silence between requests is the idle timeout's business);
/// it stops when the decoder has the whole head. A client that sent part of a head gets
/// `408 Request Timeout` before the close. Bodies are not timed here: a slow upload is bounded
/// by the idle timeout between its parts and by `--max-body`.
///
/// Two handlers share one instance: ``ByteWatcher`` at the front of the pipeline sees raw bytes
/// arrive, ``HeadWatcher`` after the HTTP decoder sees heads arrive and responses end. Both run
/// on the channel's event loop, so the state needs no lock.
final class HeaderTimeout {
    private let timeout: TimeAmount
    private var deadline: Scheduled<Void>?
    /// Requests whose head arrived and whose response has not ended.
    private var requestsInFlight = 0
    /// Whether the latest request's body is still arriving (its end not yet decoded): a response
    /// may end before its request's body does (401, 413), and those bytes are no head.
    private var bodyOpen = false
    /// Whether bytes of the awaited head arrived (then the client gets a 408, not just a close).
    private var headStarted = false
    private var front: ChannelHandlerContext?

    private init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    /// Adds the two handlers to a child channel that ``HTTP1Channel`` has set up.
    static func install(in pipeline: ChannelPipeline.SynchronousOperations, timeout: TimeAmount) throws {
        let shared = HeaderTimeout(timeout: timeout)
        try pipeline.addHandler(ByteWatcher(shared), position: .first)
        let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
        try pipeline.addHandler(HeadWatcher(shared), position: .after(decoder))
    }

    private func arm(_ context: ChannelHandlerContext) {
        guard deadline == nil else { return }
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in expire() }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
    }

    private func expire() {
        deadline = nil
        guard let context = front, requestsInFlight == 0 else { return }
        front = nil
        guard headStarted else {
            context.close(promise: nil)
            return
        }
        let response = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(string: response)))
            .assumeIsolated()
            .whenComplete { _ in context.close(promise: nil) }
    }

    /// At the front of the pipeline: starts the clock on a new connection and on the first byte
    /// of a request head.
    final class ByteWatcher: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer

        private let shared: HeaderTimeout

        init(_ shared: HeaderTimeout) { self.shared = shared }

        func handlerAdded(context: ChannelHandlerContext) {
            shared.front = context
            if context.channel.isActive { shared.arm(context) }
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            shared.disarm()
            shared.front = nil
        }

        func channelActive(context: ChannelHandlerContext) {
            shared.arm(context)
            context.fireChannelActive()
        }

        func channelInactive(context: ChannelHandlerContext) {
            shared.disarm()
            shared.front = nil
            context.fireChannelInactive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if shared.requestsInFlight == 0 && !shared.bodyOpen {
                shared.headStarted = true
                shared.arm(context)
            }
            context.fireChannelRead(data)
        }
    }

    /// After the HTTP decoder: stops the clock when a head is complete; a response's end makes
    /// the connection wait for the next head.
    final class HeadWatcher: ChannelDuplexHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias InboundOut = HTTPServerRequestPart
        typealias OutboundIn = HTTPServerResponsePart
        typealias OutboundOut = HTTPServerResponsePart

        private let shared: HeaderTimeout

        init(_ shared: HeaderTimeout) { self.shared = shared }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head:
                shared.requestsInFlight += 1
                shared.bodyOpen = true
                shared.headStarted = false
                shared.disarm()
            case .end:
                shared.bodyOpen = false
            case .body:
                break
            }
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            if case .end = unwrapOutboundIn(data), shared.requestsInFlight > 0 {
                shared.requestsInFlight -= 1
            }
            context.write(data, promise: promise)
        }
    }
}
