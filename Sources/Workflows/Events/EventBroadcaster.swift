/// Fans live events out to every connected console. A slow console loses old events
/// (bounded buffer) rather than holding up the scanner.
public actor EventBroadcaster {
    private var subscribers: [Int: AsyncStream<HubEvent>.Continuation] = [:]
    private var nextID = 0
    /// Set at shutdown: a console that connects after it gets a stream that has already ended.
    private var finished = false
    private let bufferSize: Int

    public init(bufferSize: Int = 64) {
        self.bufferSize = bufferSize
    }

    public func publish(_ event: HubEvent) {
        for continuation in subscribers.values {
            continuation.yield(event)
        }
    }

    public func subscribe() -> AsyncStream<HubEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: HubEvent.self, bufferingPolicy: .bufferingNewest(bufferSize))
        if finished {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    public var subscriberCount: Int { subscribers.count }

    private func remove(_ id: Int) {
        subscribers[id] = nil
    }

    /// Ends every stream, so open console connections close on shutdown.
    public func finishAll() {
        finished = true
        for continuation in subscribers.values {
            continuation.finish()
        }
        subscribers.removeAll()
    }
}
